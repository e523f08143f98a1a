using System.Text.Json.Nodes;

namespace Forge.NotionForge.Application.Modify;

/// <summary>
/// The prompt's changes compared with the database's schema (ADR 52): what must be sent (one schema update, then the
/// rows) and what already holds. Names match case-insensitively, as Notion matches them. A change that cannot be
/// made — renaming or removing a property that does not exist, adding one that exists with another type, removing
/// the title, two changes to one property — is <c>INVALID_INPUT</c> on <c>prompt</c>; so is a prompt whose every
/// change already holds.
/// </summary>
internal sealed class ModifyDiff
{
    private const string Field = ModifyPromptParser.Field;

    public JsonObject Schema { get; } = [];
    public List<ModificationView> Applied { get; } = [];
    public List<string> Unchanged { get; } = [];
    public int Rows { get; private set; }
    /// <summary>The schema as it will be once <see cref="Schema"/> is applied (name → type): what view changes are checked against.</summary>
    public Dictionary<string, string> Projected { get; } = new(StringComparer.OrdinalIgnoreCase);
    public string TitleProperty { get; private set; } = "";
    public bool HasViewChanges { get; private set; }

    /// <param name="schema">The data source's properties: name → type.</param>
    public static ModifyDiff Compute(IReadOnlyList<ModifyCommand> commands, IReadOnlyDictionary<string, string> schema, string databaseId)
    {
        var diff = new ModifyDiff();
        var target = $"database:{databaseId}";
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in schema.Keys) names[name] = name;
        var touched = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        diff.TitleProperty = schema.First(p => p.Value == "title").Key;
        foreach (var (name, type) in schema) diff.Projected[name] = type;

        string Existing(string name) => names.TryGetValue(name, out var actual)
            ? actual
            : throw NotionForgeErrors.InvalidInput(Field, $"The database has no property '{name}' (it has: {string.Join(", ", names.Values.Order(StringComparer.Ordinal))}).");
        void Touch(string name)
        {
            if (!touched.Add(name)) throw NotionForgeErrors.InvalidInput(Field, $"The prompt changes '{name}' twice; ask for one change per property.");
        }

        foreach (var command in commands)
        {
            switch (command)
            {
                case AddProperty add:
                    var type = add.Type ?? (add.Options.Count > 0 ? "select" : "rich_text");
                    if (add.Options.Count > 0 && type is not ("select" or "multi_select"))
                        throw NotionForgeErrors.InvalidInput(Field, $"Options apply to select and multi-select properties, not {type}.");
                    if (names.TryGetValue(add.Name, out var same))
                    {
                        if (schema.TryGetValue(same, out var has) && has == type) { diff.Unchanged.Add($"Property '{same}' already exists as {type}."); break; }
                        throw NotionForgeErrors.InvalidInput(Field, $"Property '{same}' already exists as {(schema.TryGetValue(same, out var t) ? t : "another type")}; rename or remove it first.");
                    }
                    Touch(add.Name);
                    diff.Schema[add.Name] = Spec(type, add.Options);
                    diff.Projected[add.Name] = type;
                    names[add.Name] = add.Name;
                    diff.Applied.Add(new ModificationView("add_property", target, add.Name, Type: type, Options: add.Options.Count > 0 ? add.Options : null));
                    break;
                case RenameProperty rename:
                    var from = Existing(rename.From);
                    if (from == rename.To) { diff.Unchanged.Add($"Property '{from}' is already called so."); break; }
                    if (names.TryGetValue(rename.To, out var clash) && !string.Equals(clash, from, StringComparison.OrdinalIgnoreCase))
                        throw NotionForgeErrors.InvalidInput(Field, $"Property '{clash}' already exists; pick another name than '{rename.To}'.");
                    Touch(from);
                    Touch(rename.To);
                    diff.Schema[from] = new JsonObject { ["name"] = rename.To };
                    var renamedType = diff.Projected[from];
                    diff.Projected.Remove(from);
                    diff.Projected[rename.To] = renamedType;
                    names.Remove(from);
                    names[rename.To] = rename.To;
                    if (from == diff.TitleProperty) diff.TitleProperty = rename.To;
                    diff.Applied.Add(new ModificationView("rename_property", target, from, NewName: rename.To));
                    break;
                case RemoveProperty remove:
                    var name = Existing(remove.Name);
                    if (schema.TryGetValue(name, out var removedType) && removedType == "title")
                        throw NotionForgeErrors.InvalidInput(Field, $"'{name}' is the database's title property; Notion cannot remove it (rename it instead).");
                    Touch(name);
                    diff.Schema[name] = null;
                    diff.Projected.Remove(name);
                    names.Remove(name);
                    diff.Applied.Add(new ModificationView("remove_property", target, name));
                    break;
                case AddRows rows:
                    diff.Rows += rows.Count;
                    break;
                case AddView or RenameView or RemoveView:
                    diff.HasViewChanges = true; // compared with the database's views by ModifyViewDiff
                    break;
            }
        }

        if (diff.Rows > ModifyPromptParser.MaxRows)
            throw NotionForgeErrors.InvalidInput(Field, $"Between 1 and {ModifyPromptParser.MaxRows} rows can be added at once.");
        if (diff.Applied.Count == 0 && diff.Rows == 0 && !diff.HasViewChanges)
            throw NotionForgeErrors.InvalidInput(Field, $"Nothing to change: {string.Join(" ", diff.Unchanged)}");
        return diff;
    }

    /// <summary>A property's schema as Notion takes it (status options cannot be set through the API, so none are sent).</summary>
    private static JsonObject Spec(string type, IReadOnlyList<string> options)
    {
        var body = new JsonObject();
        if (type is "select" or "multi_select" && options.Count > 0)
            body["options"] = new JsonArray([.. options.Select(o => (JsonNode)new JsonObject { ["name"] = o })]);
        if (type == "number") body["format"] = "number";
        return new JsonObject { [type] = body };
    }
}
