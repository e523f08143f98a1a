using System.Text;
using System.Text.Json.Nodes;

namespace Forge.TestKit.FakeNotion;

/// <summary>The fake's workspace: every object created, by id, and the tree they form. Thread-safe by one lock.</summary>
public sealed class FakeNotionStore
{
    private readonly Dictionary<string, FakeNotionNode> _nodes = [];
    private readonly List<FakeNotionNode> _views = [];
    internal readonly object Gate = new();

    public FakeNotionNode? Find(string id)
    {
        lock (Gate) return _nodes.GetValueOrDefault(Normalize(id));
    }

    public IReadOnlyList<FakeNotionNode> All
    {
        get { lock (Gate) return [.. _nodes.Values]; }
    }

    /// <summary>The node's content in order.</summary>
    public IReadOnlyList<FakeNotionNode> ChildrenOf(string id)
    {
        lock (Gate) return _nodes.TryGetValue(Normalize(id), out var node) ? [.. node.Children.Select(c => _nodes[c])] : [];
    }

    /// <summary>
    /// The database's views in creation order (a database made through the API starts with one table view). Views
    /// are kept beside the tree, not in it: they are not blocks, so outlines and counts of a page do not include them.
    /// </summary>
    public IReadOnlyList<FakeNotionNode> ViewsOf(string databaseId)
    {
        lock (Gate) return [.. _views.Where(v => v.ParentId == Normalize(databaseId))];
    }

    /// <summary>How many objects hang under <paramref name="id"/> at any depth.</summary>
    public int CountUnder(string id) => ChildrenOf(id).Sum(c => 1 + CountUnder(c.Id));

    /// <summary>
    /// The subtree as an indented outline, one line per node (<c>type: text</c>), to assert exact structure.
    /// </summary>
    public string Outline(string id)
    {
        var text = new StringBuilder();
        void Write(FakeNotionNode node, int depth)
        {
            text.Append(' ', depth * 2).Append(node.Type).Append(": ").Append(node.Text).Append('\n');
            foreach (var child in ChildrenOf(node.Id)) Write(child, depth + 1);
        }
        foreach (var child in ChildrenOf(id)) Write(child, 0);
        return text.ToString();
    }

    internal FakeNotionNode Add(string kind, string? parentId, string parentType)
    {
        var node = new FakeNotionNode(Guid.NewGuid().ToString(), kind, parentId, parentType);
        _nodes[node.Id] = node;
        if (parentId is not null) _nodes[parentId].Children.Add(node.Id);
        return node;
    }

    internal FakeNotionNode AddView(string databaseId)
    {
        var view = new FakeNotionNode(Guid.NewGuid().ToString(), "view", databaseId, "database_id");
        _nodes[view.Id] = view;
        _views.Add(view);
        return view;
    }

    internal void RemoveView(FakeNotionNode view)
    {
        _nodes.Remove(view.Id);
        _views.Remove(view);
    }

    /// <summary>The live node (call under <see cref="Gate"/>), or 404 as Notion answers.</summary>
    internal FakeNotionNode Get(string id, params string[] kinds)
    {
        if (_nodes.TryGetValue(Normalize(id), out var node) && (kinds.Length == 0 || kinds.Contains(node.Kind))) return node;
        throw FakeNotionError.NotFound(id);
    }

    /// <summary>Notion accepts ids with or without dashes.</summary>
    internal static string Normalize(string id) =>
        Guid.TryParse(id, out var guid) ? guid.ToString() : id;

    internal static JsonObject Stamp(JsonObject json, FakeNotionNode node)
    {
        json["id"] = node.Id;
        json["created_time"] = node.CreatedTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
        json["last_edited_time"] = node.CreatedTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
        json["in_trash"] = node.InTrash;
        return json;
    }
}
