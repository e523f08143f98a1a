namespace Forge.NotionForge.Application.Modify;

/// <summary>A view the database has (ADR 58).</summary>
internal sealed record ExistingView(string Id, string Name, string Type);

/// <summary>
/// The prompt's view changes compared with the views the database has (ADR 58): names match case-insensitively; adding
/// a view that exists with the same type is unchanged, with another type a refusal; renaming or removing a view that
/// does not exist, renaming onto an existing name, removing the database's last view, a board without a select or
/// status property, a calendar or timeline without a date property are <c>INVALID_INPUT</c> on <c>prompt</c>.
/// A view's property is checked against the schema as the same prompt leaves it.
/// </summary>
internal sealed class ModifyViewDiff
{
    private const string Field = ModifyPromptParser.Field;

    public List<AddView> Add { get; } = [];
    public List<(ExistingView View, string To)> Rename { get; } = [];
    public List<ExistingView> Remove { get; } = [];
    public List<ModificationView> Applied { get; } = [];
    public List<string> Unchanged { get; } = [];

    public static ModifyViewDiff Compute(IReadOnlyList<ModifyCommand> commands, IReadOnlyList<ExistingView> views,
        IReadOnlyDictionary<string, string> schema, string databaseId)
    {
        var diff = new ModifyViewDiff();
        var target = $"database:{databaseId}";
        var byName = views.GroupBy(v => v.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var remaining = views.Count;
        ExistingView Existing(string name) => byName.TryGetValue(name, out var view) ? view
            : throw NotionForgeErrors.InvalidInput(Field, $"The database has no view '{name}' (it has: {string.Join(", ", views.Select(v => $"'{v.Name}' ({v.Type})"))}).");

        foreach (var command in commands)
        {
            switch (command)
            {
                case AddView add:
                    var property = PropertyFor(add, schema);
                    var name = add.Name ?? char.ToUpperInvariant(add.Type[0]) + add.Type[1..];
                    if (byName.TryGetValue(name, out var same))
                    {
                        if (same.Type == add.Type) { diff.Unchanged.Add($"View '{same.Name}' already exists as a {add.Type}."); break; }
                        throw NotionForgeErrors.InvalidInput(Field, $"View '{same.Name}' already exists as a {same.Type}; name the new {add.Type} view differently.");
                    }
                    diff.Add.Add(add with { Name = name, Property = property });
                    byName[name] = new ExistingView("", name, add.Type);
                    remaining++;
                    diff.Applied.Add(new ModificationView("add_view", target, property, Type: add.Type, View: name));
                    break;
                case RenameView rename:
                    var renamed = Existing(rename.From);
                    if (renamed.Name == rename.To) { diff.Unchanged.Add($"View '{renamed.Name}' is already called so."); break; }
                    if (byName.TryGetValue(rename.To, out var clash) && !ReferenceEquals(clash, renamed))
                        throw NotionForgeErrors.InvalidInput(Field, $"View '{clash.Name}' already exists; pick another name than '{rename.To}'.");
                    if (renamed.Id.Length == 0) throw NotionForgeErrors.InvalidInput(Field, $"View '{renamed.Name}' is added by the same prompt; name it as you want it.");
                    diff.Rename.Add((renamed, rename.To));
                    byName.Remove(renamed.Name);
                    byName[rename.To] = renamed with { Name = rename.To };
                    diff.Applied.Add(new ModificationView("rename_view", target, NewName: rename.To, Type: renamed.Type, View: renamed.Name));
                    break;
                case RemoveView remove:
                    var view = Existing(remove.Name);
                    if (view.Id.Length == 0) throw NotionForgeErrors.InvalidInput(Field, $"View '{view.Name}' is added by the same prompt.");
                    if (--remaining < 1) throw NotionForgeErrors.InvalidInput(Field, $"'{view.Name}' is the database's last view; a database keeps at least one.");
                    diff.Remove.Add(view);
                    byName.Remove(view.Name);
                    diff.Applied.Add(new ModificationView("remove_view", target, Type: view.Type, View: view.Name));
                    break;
            }
        }
        return diff;
    }

    /// <summary>The property a board groups by (select or status) or a calendar or timeline places rows by (date); the only fitting one when none is named.</summary>
    private static string? PropertyFor(AddView add, IReadOnlyDictionary<string, string> schema)
    {
        string[] fits = add.Type switch { "board" => ["select", "status"], "calendar" or "timeline" => ["date"], _ => [] };
        if (fits.Length == 0) return null;
        var what = add.Type == "board" ? "a select or status property" : "a date property";
        if (add.Property is { } named)
        {
            var actual = schema.Keys.FirstOrDefault(k => string.Equals(k, named, StringComparison.OrdinalIgnoreCase))
                ?? throw NotionForgeErrors.InvalidInput(Field, $"The database has no property '{named}' (it has: {string.Join(", ", schema.Keys.Order(StringComparer.Ordinal))}).");
            return fits.Contains(schema[actual]) ? actual
                : throw NotionForgeErrors.InvalidInput(Field, $"A {add.Type} view needs {what}; '{actual}' is {schema[actual]}.");
        }
        var candidates = schema.Where(p => fits.Contains(p.Value)).Select(p => p.Key).ToList();
        return candidates.Count == 1 ? candidates[0] : throw NotionForgeErrors.InvalidInput(Field, candidates.Count == 0
            ? $"A {add.Type} view needs {what}, and the database has none; add one first."
            : $"Name the property the {add.Type} view uses, e.g. \"by '{candidates[0]}'\" (candidates: {string.Join(", ", candidates)}).");
    }
}
