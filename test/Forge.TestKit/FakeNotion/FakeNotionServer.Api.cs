using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Forge.TestKit.FakeNotion;

public sealed partial class FakeNotionServer
{
    private JsonObject Dispatch(string method, string path, JsonObject body, IQueryCollection query)
    {
        var s = path.Split('/');
        lock (Store.Gate)
        {
            return (method, s.Length, s.ElementAtOrDefault(1)) switch
            {
                ("POST", 2, "pages") => CreatePage(body),
                ("GET", 3, "pages") => Render(Store.Get(s[2], "page")),
                ("PATCH", 3, "pages") => UpdatePage(Store.Get(s[2], "page"), body),
                ("POST", 2, "databases") => CreateDatabase(body),
                ("GET", 3, "databases") => Render(Store.Get(s[2], "database")),
                ("GET", 3, "data_sources") => Render(Store.Get(s[2], "data_source")),
                ("PATCH", 3, "data_sources") => UpdateDataSource(Store.Get(s[2], "data_source"), body),
                ("PATCH", 4, "blocks") when s[3] == "children" => AppendChildren(Store.Get(s[2], "page", "block"), body),
                ("GET", 4, "blocks") when s[3] == "children" => ListChildren(Store.Get(s[2], "page", "block"), query),
                ("GET", 3, "blocks") => Render(Store.Get(s[2], "block", "page")),
                ("POST", 2, "views") => CreateView(body),
                ("GET", 2, "views") => ListViews(query),
                ("GET", 3, "views") => Render(Store.Get(s[2], "view")),
                ("PATCH", 3, "views") => UpdateView(Store.Get(s[2], "view"), body),
                ("DELETE", 3, "views") => DeleteView(Store.Get(s[2], "view")),
                ("POST", 2, "search") => Search(body),
                ("POST", 2, "comments") => CreateComment(body),
                ("GET", 3, "users") when s[2] == "me" => Me(),
                ("POST", 3, "oauth") when s[2] == "token" => ExchangeToken(body),
                _ => throw new FakeNotionError(400, "invalid_request_url", $"Invalid request URL: {method} /{path}."),
            };
        }
    }

    private JsonObject AppendChildren(FakeNotionNode parent, JsonObject body)
    {
        if (body["children"] is not JsonArray children) throw FakeNotionError.Validation("body.children should be defined, instead was `undefined`.");
        if (body.ContainsKey("after")) throw FakeNotionError.Validation("body.after is not supported by this fake; use position.");
        FakeNotionLimits.CheckBlocks(children, "body.children");
        var created = AddBlocks(parent, children);
        return List(created.Select(Render));
    }

    private List<FakeNotionNode> AddBlocks(FakeNotionNode parent, JsonArray blocks)
    {
        var created = new List<FakeNotionNode>();
        foreach (var item in blocks.OfType<JsonObject>())
        {
            var type = item["type"]!.GetValue<string>();
            var node = Store.Add("block", parent.Id, parent.Kind == "page" ? "page_id" : "block_id");
            node.Type = type;
            var content = (item[type] as JsonObject)?.DeepClone() as JsonObject ?? [];
            var nested = content["children"] as JsonArray;
            content.Remove("children");
            node.Body = new JsonObject { [type] = content };
            if (nested is not null) AddBlocks(node, nested);
            created.Add(node);
        }
        return created;
    }

    private JsonObject ListChildren(FakeNotionNode parent, IQueryCollection query)
    {
        var size = int.TryParse(query["page_size"], out var n) ? Math.Clamp(n, 1, 100) : 100;
        var start = int.TryParse(query["start_cursor"], out var c) ? c : 0;
        var blocks = parent.Children.Select(id => Store.Get(id)).Where(b => b.Kind is "block" or "page" or "database" && !b.InTrash).ToList();
        var page = blocks.Skip(start).Take(size).Select(Render);
        var more = start + size < blocks.Count;
        return List(page, more ? (start + size).ToString() : null);
    }

    private JsonObject Search(JsonObject body)
    {
        var text = body["query"]?.GetValue<string>() ?? "";
        var kind = body["filter"]?["value"]?.GetValue<string>();
        if (kind is not (null or "page" or "data_source"))
            throw FakeNotionError.Validation($"body.filter.value should be `\"page\"` or `\"data_source\"`, instead was `\"{kind}\"`.");
        var size = body["page_size"]?.GetValue<int>() ?? 100;
        var start = int.TryParse(body["start_cursor"]?.GetValue<string>(), out var c) ? c : 0;
        var hits = Store.All.Where(x => (kind is null ? x.Kind is "page" or "data_source" : x.Kind == kind) && !x.InTrash
                && x.Text.Contains(text, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(x => x.CreatedTime).ToList();
        return List(hits.Skip(start).Take(size).Select(Render), start + size < hits.Count ? (start + size).ToString() : null);
    }

    private JsonObject CreateComment(JsonObject body)
    {
        var pageId = body["parent"]?["page_id"]?.GetValue<string>() ?? throw FakeNotionError.Validation("body.parent.page_id should be defined.");
        var page = Store.Get(pageId, "page");
        if (body["rich_text"] is not JsonArray text) throw FakeNotionError.Validation("body.rich_text should be defined.");
        var comment = Store.Add("comment", page.Id, "page_id");
        comment.Body = new JsonObject { ["rich_text"] = text.DeepClone() };
        return FakeNotionStore.Stamp(new JsonObject
        {
            ["object"] = "comment", ["parent"] = Parent(comment), ["discussion_id"] = Guid.NewGuid().ToString(),
            ["rich_text"] = text.DeepClone(),
        }, comment);
    }

    private static JsonObject Me() => new()
    {
        ["object"] = "user", ["id"] = "00000000-0000-4000-8000-00000000b07a", ["type"] = "bot", ["name"] = "Fake Notion integration",
        ["bot"] = new JsonObject { ["owner"] = new JsonObject { ["type"] = "workspace", ["workspace"] = true }, ["workspace_name"] = "Fake workspace" },
    };

    private JsonObject ExchangeToken(JsonObject body)
    {
        if (body["grant_type"]?.GetValue<string>() != "authorization_code")
            throw new FakeNotionError(400, "invalid_request", "body.grant_type should be `\"authorization_code\"`.");
        var code = body["code"]?.GetValue<string>() ?? "";
        if (!_oauthCodes.TryRemove(code, out var workspace)) throw new FakeNotionError(400, "invalid_grant", "Invalid code.");
        var token = AddToken();
        return new JsonObject
        {
            ["access_token"] = token, ["token_type"] = "bearer", ["refresh_token"] = null,
            ["bot_id"] = Guid.NewGuid().ToString(), ["workspace_id"] = Guid.NewGuid().ToString(), ["workspace_name"] = workspace,
            ["workspace_icon"] = null, ["owner"] = new JsonObject { ["type"] = "workspace", ["workspace"] = true },
            ["duplicated_template_id"] = null, ["request_id"] = Guid.NewGuid().ToString(),
        };
    }

    private static JsonObject List(IEnumerable<JsonObject> results, string? next = null) => new()
    {
        ["object"] = "list", ["results"] = new JsonArray([.. results]), ["next_cursor"] = next, ["has_more"] = next is not null,
    };
}
