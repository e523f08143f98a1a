using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Forge.TestKit.FakeNotion;

/// <summary>
/// Notion's Views API (2025-09-03+): a view belongs to a database and is scoped to one of its data sources; create,
/// retrieve, update, delete, and list (references only, by database or data source). Validated as Notion does: an
/// unknown database or data source is 404 <c>object_not_found</c>; a board without a select or status group-by
/// property, or a calendar or timeline without a date property, is 400 <c>validation_error</c>.
/// </summary>
public sealed partial class FakeNotionServer
{
    /// <summary>The name of the table view Notion gives a database created through the API.</summary>
    public const string DefaultViewName = "Table";

    private static readonly string[] ViewTypes = ["table", "board", "list", "calendar", "timeline", "gallery", "form", "chart", "map", "dashboard"];

    private JsonObject CreateView(JsonObject body)
    {
        if (body.ContainsKey("view_id") || body.ContainsKey("create_database"))
            throw FakeNotionError.Validation("body.database_id: this fake creates views on databases only (not dashboard widgets or linked databases).");
        var databaseId = body["database_id"]?.GetValue<string>() ?? throw FakeNotionError.Validation("Provide exactly one of body.database_id, body.view_id or body.create_database.");
        var sourceId = body["data_source_id"]?.GetValue<string>() ?? throw FakeNotionError.Validation("body.data_source_id should be defined, instead was `undefined`.");
        var database = Store.Get(databaseId, "database");
        var source = Store.Get(sourceId, "data_source");
        if (source.ParentId != database.Id)
            throw FakeNotionError.Validation($"body.data_source_id: data source {source.Id} does not belong to database {database.Id}.");
        var name = body["name"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(name)) throw FakeNotionError.Validation("body.name should be a non-empty string, instead was `undefined`.");
        var type = body["type"]?.GetValue<string>() ?? throw FakeNotionError.Validation("body.type should be defined, instead was `undefined`.");
        if (!ViewTypes.Contains(type)) throw FakeNotionError.Validation($"body.type should be one of {string.Join(", ", ViewTypes)}, instead was `\"{type}\"`.");
        CheckLayout(type, body["configuration"] as JsonObject, body["sorts"], source);

        var view = Store.AddView(database.Id);
        view.Body = new JsonObject
        {
            ["name"] = name.Trim(), ["type"] = type, ["data_source_id"] = source.Id,
            ["filter"] = body["filter"]?.DeepClone(), ["sorts"] = body["sorts"]?.DeepClone(), ["configuration"] = body["configuration"]?.DeepClone(),
        };
        return Render(view);
    }

    private JsonObject UpdateView(FakeNotionNode view, JsonObject body)
    {
        if (body.ContainsKey("type")) throw FakeNotionError.Validation("body.type: a view's type cannot be changed; create another view.");
        if (body.ContainsKey("name") && string.IsNullOrWhiteSpace(body["name"]?.GetValue<string>()))
            throw FakeNotionError.Validation("body.name should be a non-empty string.");
        var source = Store.Get(view.Body["data_source_id"]!.GetValue<string>(), "data_source");
        var type = view.ViewType!;
        CheckLayout(type, body.ContainsKey("configuration") ? body["configuration"] as JsonObject : view.Body["configuration"] as JsonObject,
            body.ContainsKey("sorts") ? body["sorts"] : null, source);
        foreach (var key in (string[])["name", "filter", "sorts", "configuration"])
            if (body.ContainsKey(key)) view.Body[key] = key == "name" ? body[key]!.GetValue<string>().Trim() : body[key]?.DeepClone();
        return Render(view);
    }

    private JsonObject DeleteView(FakeNotionNode view)
    {
        var json = Render(view);
        Store.RemoveView(view);
        json["in_trash"] = true;
        return json;
    }

    private JsonObject ListViews(IQueryCollection query)
    {
        var databaseId = query["database_id"].ToString();
        var sourceId = query["data_source_id"].ToString();
        if (databaseId.Length > 0 == sourceId.Length > 0)
            throw FakeNotionError.Validation("Provide exactly one of database_id or data_source_id.");
        IEnumerable<FakeNotionNode> views;
        if (databaseId.Length > 0) views = Store.ViewsOf(Store.Get(databaseId, "database").Id);
        else
        {
            var source = Store.Get(sourceId, "data_source");
            views = Store.ViewsOf(source.ParentId!).Where(v => v.Body["data_source_id"]?.GetValue<string>() == source.Id);
        }
        var size = int.TryParse(query["page_size"], out var n) ? Math.Clamp(n, 1, 100) : 100;
        var start = int.TryParse(query["start_cursor"], out var c) ? c : 0;
        var all = views.ToList();
        return List(all.Skip(start).Take(size).Select(v => new JsonObject { ["object"] = "view", ["id"] = v.Id }),
            start + size < all.Count ? (start + size).ToString() : null);
    }

    /// <summary>A board groups by a select or status property; a calendar or timeline places rows by a date property.</summary>
    private static void CheckLayout(string type, JsonObject? configuration, JsonNode? sorts, FakeNotionNode source)
    {
        var schema = (JsonObject)source.Body["properties"]!;
        JsonObject? Property(string? id) => id is null ? null
            : schema.Select(p => p.Value as JsonObject).FirstOrDefault(p => p?["id"]?.GetValue<string>() == id);

        if (configuration is not null && configuration["type"]?.GetValue<string>() != type)
            throw FakeNotionError.Validation($"body.configuration.type should be `\"{type}\"`, the view's type.");
        switch (type)
        {
            case "board":
                var groupBy = configuration?["group_by"] as JsonObject
                    ?? throw FakeNotionError.Validation("body.configuration.group_by should be defined for a board view, instead was `undefined`.");
                var grouped = Property(groupBy["property_id"]?.GetValue<string>())
                    ?? throw FakeNotionError.Validation($"body.configuration.group_by.property_id: no property with id `{groupBy["property_id"]}` in data source {source.Id}.");
                var groupedType = grouped["type"]!.GetValue<string>();
                if (groupedType is not ("select" or "status"))
                    throw FakeNotionError.Validation($"body.configuration.group_by.property_id: a board groups by a select or status property; {grouped["name"]} is {groupedType}.");
                if (groupBy["type"]?.GetValue<string>() != groupedType)
                    throw FakeNotionError.Validation($"body.configuration.group_by.type should be `\"{groupedType}\"`.");
                break;
            case "calendar" or "timeline":
                var dateId = configuration?["date_property_id"]?.GetValue<string>()
                    ?? throw FakeNotionError.Validation($"body.configuration.date_property_id should be defined for a {type} view, instead was `undefined`.");
                var date = Property(dateId) ?? throw FakeNotionError.Validation($"body.configuration.date_property_id: no property with id `{dateId}` in data source {source.Id}.");
                if (date["type"]!.GetValue<string>() != "date")
                    throw FakeNotionError.Validation($"body.configuration.date_property_id: a {type} needs a date property; {date["name"]} is {date["type"]}.");
                break;
        }
        foreach (var sort in (sorts as JsonArray ?? []).OfType<JsonObject>())
        {
            var property = sort["property"]?.GetValue<string>();
            if (property is null || !schema.ContainsKey(property) && Property(property) is null)
                throw FakeNotionError.Validation($"body.sorts: could not find property with name or id: {property}.");
            if (sort["direction"]?.GetValue<string>() is not ("ascending" or "descending"))
                throw FakeNotionError.Validation("body.sorts[].direction should be `\"ascending\"` or `\"descending\"`.");
        }
    }
}
