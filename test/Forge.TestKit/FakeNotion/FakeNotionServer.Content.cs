using System.Text.Json.Nodes;

namespace Forge.TestKit.FakeNotion;

public sealed partial class FakeNotionServer
{
    private static readonly string[] PropertyTypes =
    [
        "title", "rich_text", "number", "select", "multi_select", "status", "date", "people", "files", "checkbox", "url",
        "email", "phone_number", "formula", "relation", "rollup", "created_time", "created_by", "last_edited_time", "last_edited_by", "unique_id",
    ];

    private JsonObject CreatePage(JsonObject body)
    {
        var parent = body["parent"] as JsonObject ?? throw FakeNotionError.Validation("body.parent should be defined.");
        if (parent.ContainsKey("database_id") && !parent.ContainsKey("data_source_id"))
            throw FakeNotionError.Validation("body.parent: since 2025-09-03 rows are created under a data_source_id.");
        var properties = body["properties"] as JsonObject ?? [];
        FakeNotionNode page;
        if (parent["data_source_id"]?.GetValue<string>() is { } sourceId)
        {
            var source = Store.Get(sourceId, "data_source");
            CheckValues(source, properties);
            page = Store.Add("page", source.Id, "data_source_id");
        }
        else if (parent["page_id"]?.GetValue<string>() is { } pageId)
        {
            var parentPage = Store.Get(pageId, "page");
            if (properties.Any(p => p.Key != "title"))
                throw FakeNotionError.Validation("body.properties: a page under a page has only a title.");
            page = Store.Add("page", parentPage.Id, "page_id");
        }
        else throw FakeNotionError.Validation("body.parent should have page_id or data_source_id.");
        page.Body = new JsonObject { ["properties"] = properties.DeepClone(), ["icon"] = body["icon"]?.DeepClone(), ["cover"] = body["cover"]?.DeepClone() };
        if (body["children"] is JsonArray children)
        {
            FakeNotionLimits.CheckBlocks(children, "body.children");
            AddBlocks(page, children);
        }
        return Render(page);
    }

    private JsonObject UpdatePage(FakeNotionNode page, JsonObject body)
    {
        if (body["properties"] is JsonObject properties)
        {
            if (page.ParentType == "data_source_id") CheckValues(Store.Get(page.ParentId!), properties);
            var current = (JsonObject)page.Body["properties"]!;
            foreach (var (name, value) in properties) current[name] = value?.DeepClone();
        }
        if (body["in_trash"]?.GetValue<bool>() is { } trash) page.InTrash = trash;
        if (body["is_locked"]?.GetValue<bool>() is { } locked) page.Body["is_locked"] = locked;
        return Render(page);
    }

    private JsonObject CreateDatabase(JsonObject body)
    {
        if (body.ContainsKey("properties"))
            throw FakeNotionError.Validation("body.properties: since 2025-09-03 the schema goes in initial_data_source.properties.");
        var parentId = body["parent"]?["page_id"]?.GetValue<string>() ?? throw FakeNotionError.Validation("body.parent.page_id should be defined.");
        var parent = Store.Get(parentId, "page");
        var schema = Schema(body["initial_data_source"]?["properties"] as JsonObject ?? [], null);
        if (schema.Count(p => p.Value!["type"]!.GetValue<string>() == "title") != 1)
            throw FakeNotionError.Validation("body.initial_data_source.properties should have exactly one title property.");
        var database = Store.Add("database", parent.Id, "page_id");
        var title = body["title"]?.DeepClone() ?? new JsonArray();
        database.Body = new JsonObject { ["title"] = title, ["is_inline"] = body["is_inline"]?.GetValue<bool>() ?? false, ["icon"] = body["icon"]?.DeepClone() };
        var source = Store.Add("data_source", database.Id, "database_id");
        source.Body = new JsonObject { ["title"] = title.DeepClone(), ["properties"] = schema };
        // As Notion does: a database created through the API starts with one table view of its data source.
        Store.AddView(database.Id).Body = new JsonObject { ["name"] = DefaultViewName, ["type"] = "table", ["data_source_id"] = source.Id };
        return Render(database);
    }

    private JsonObject UpdateDataSource(FakeNotionNode source, JsonObject body)
    {
        var changes = (body["properties"] as JsonObject)?.DeepClone() as JsonObject ?? [];
        var current = (JsonObject)source.Body["properties"]!;
        Rename(changes, current);
        foreach (var (name, value) in Schema(changes, current)) current[name] = value?.DeepClone();
        foreach (var (name, _) in changes.Where(c => c.Value is null).ToList())
        {
            if (current[name]?["type"]?.GetValue<string>() == "title") throw FakeNotionError.Validation($"body.properties.{name}: the title property cannot be removed.");
            current.Remove(name);
        }
        return Render(source);
    }

    /// <summary>
    /// <c>{"Status": {"name": "Stage"}}</c> renames a property (keeping its id, type and options), as Notion does; the
    /// entry is then done. A rename onto another existing name is refused.
    /// </summary>
    private static void Rename(JsonObject changes, JsonObject current)
    {
        foreach (var (name, node) in changes.ToList())
        {
            if (node is not JsonObject spec || spec["name"]?.GetValue<string>() is not { } newName || spec.Any(p => PropertyTypes.Contains(p.Key) || p.Key == "type")) continue;
            var existing = current[name] as JsonObject ?? throw FakeNotionError.Validation($"body.properties.{name}: no property named {name} exists.");
            if (newName != name && current.ContainsKey(newName)) throw FakeNotionError.Validation($"body.properties.{name}.name: a property named {newName} already exists.");
            current.Remove(name);
            existing["name"] = newName;
            current[newName] = existing;
            changes.Remove(name);
        }
    }

    /// <summary>Normalizes a schema request (<c>{Name: {title: {}}}</c>) into Notion's property objects.</summary>
    private JsonObject Schema(JsonObject request, JsonObject? existing)
    {
        var result = new JsonObject();
        foreach (var (name, node) in request)
        {
            if (node is not JsonObject spec) continue;
            var type = spec["type"]?.GetValue<string>() ?? spec.Select(p => p.Key).FirstOrDefault(PropertyTypes.Contains)
                ?? throw FakeNotionError.Validation($"body.properties.{name} should name a property type.");
            if (!PropertyTypes.Contains(type)) throw FakeNotionError.Validation($"body.properties.{name}.type `{type}` is not a property type.");
            if (type == "relation" && spec["relation"]?["data_source_id"]?.GetValue<string>() is not { } target)
                throw FakeNotionError.Validation($"body.properties.{name}.relation.data_source_id should be defined.");
            else if (type == "relation") Store.Get(spec["relation"]!["data_source_id"]!.GetValue<string>(), "data_source");
            if (type == "status" && spec["status"]?["options"] is not null)
                throw FakeNotionError.Validation($"body.properties.{name}.status: status options cannot be set through the API.");
            var id = existing?[name]?["id"]?.GetValue<string>() ?? (type == "title" ? "title" : Guid.NewGuid().ToString("N")[..4]);
            result[name] = new JsonObject { ["id"] = id, ["name"] = name, ["type"] = type, [type] = spec[type]?.DeepClone() ?? new JsonObject() };
        }
        return result;
    }

    private static void CheckValues(FakeNotionNode source, JsonObject values)
    {
        var schema = (JsonObject)source.Body["properties"]!;
        foreach (var (name, value) in values)
        {
            var type = schema[name]?["type"]?.GetValue<string>()
                ?? throw FakeNotionError.Validation($"{name} is not a property that exists.");
            if (value is JsonObject v && !v.ContainsKey(type))
                throw FakeNotionError.Validation($"body.properties.{name}: expected a {type} value.");
        }
    }

    private JsonObject Render(FakeNotionNode node)
    {
        var json = new JsonObject { ["object"] = node.Kind };
        FakeNotionStore.Stamp(json, node);
        json["parent"] = Parent(node);
        switch (node.Kind)
        {
            case "page":
                foreach (var (key, value) in node.Body) json[key] = value?.DeepClone();
                json["url"] = $"https://www.notion.so/{node.Id.Replace("-", "")}";
                break;
            case "block":
                json["type"] = node.Type;
                json[node.Type] = node.Body[node.Type]?.DeepClone();
                json["has_children"] = node.Children.Count > 0;
                break;
            case "database":
                foreach (var (key, value) in node.Body) json[key] = value?.DeepClone();
                json["data_sources"] = new JsonArray([.. node.Children.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["name"] = node.Text })]);
                json["url"] = $"https://www.notion.so/{node.Id.Replace("-", "")}";
                break;
            case "data_source":
                foreach (var (key, value) in node.Body) json[key] = value?.DeepClone();
                break;
            case "view":
                foreach (var key in (string[])["data_source_id", "name", "type", "filter", "sorts", "configuration"]) json[key] = node.Body[key]?.DeepClone();
                json["url"] = $"https://www.notion.so/{node.ParentId!.Replace("-", "")}?v={node.Id.Replace("-", "")}";
                break;
        }
        return json;
    }

    private JsonObject Parent(FakeNotionNode node)
    {
        if (node.ParentId is null) return new JsonObject { ["type"] = "workspace", ["workspace"] = true };
        var parent = new JsonObject { ["type"] = node.ParentType, [node.ParentType] = node.ParentId };
        if (node.ParentType == "data_source_id") parent["database_id"] = Store.Get(node.ParentId).ParentId;
        return parent;
    }
}
