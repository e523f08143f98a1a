using System.Text.Json;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Blueprints;

/// <summary>A database's properties, views and sample rows: types known, names unique, references resolved.</summary>
internal static class DatabaseRules
{
    public static void Validate(BlueprintDto blueprint, int index, IReadOnlySet<string> subPageTitles, BlueprintErrors errors)
    {
        var db = blueprint.Databases[index];
        var path = $"databases[{index}]";
        errors.RichText($"{path}.title", db.Title, required: true);
        errors.RichText($"{path}.description", db.Description, required: false);
        if (db.DbParent is { } parent && !subPageTitles.Contains(parent))
            errors.Add($"{path}.db_parent", $"No sub page is titled '{parent}'.");

        var byName = ValidateProperties(blueprint, db, path, errors);
        for (var v = 0; v < db.Views.Count; v++)
            ValidateView(db.Views[v], $"{path}.views[{v}]", byName, db.Properties, errors);
        for (var r = 0; r < db.SampleRows.Count; r++)
            SampleRowRules.Validate(blueprint, db.SampleRows[r], $"{path}.sample_rows[{r}]", byName, errors);
    }

    private static Dictionary<string, PropertyDto> ValidateProperties(BlueprintDto blueprint, DatabaseDto db, string path, BlueprintErrors errors)
    {
        var byName = new Dictionary<string, PropertyDto>(StringComparer.Ordinal);
        var lowerNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (db.Properties.Count(p => p.Type == "title") != 1)
            errors.Add($"{path}.properties", "A database needs exactly one property of type 'title'.");
        for (var i = 0; i < db.Properties.Count; i++)
        {
            var p = db.Properties[i];
            var at = $"{path}.properties[{i}]";
            errors.RichText($"{at}.name", p.Name, required: true);
            // Notion matches property names case-insensitively on write; two that differ only in case collide.
            if (!string.IsNullOrWhiteSpace(p.Name) && !lowerNames.Add(p.Name))
                errors.Add($"{at}.name", $"Property name '{p.Name}' is used twice.");
            else byName.TryAdd(p.Name, p);
            if (!BlueprintVocabulary.PropertyTypes.Contains(p.Type))
                errors.Add($"{at}.type", $"'{p.Type}' is not a Notion property type.");
        }

        for (var i = 0; i < db.Properties.Count; i++)
            ValidateTypedFields(blueprint, db.Properties[i], $"{path}.properties[{i}]", byName, errors);
        return byName;
    }

    private static void ValidateTypedFields(BlueprintDto blueprint, PropertyDto p, string at, Dictionary<string, PropertyDto> own, BlueprintErrors errors)
    {
        if (p.Type is "select" or "multi_select" or "status")
        {
            var options = p.Options ?? [];
            if (options.Count > NotionLimits.MultiSelectOptions)
                errors.Add($"{at}.options", $"Has {options.Count} options; Notion allows at most {NotionLimits.MultiSelectOptions}.");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var o = 0; o < options.Count; o++)
            {
                if (string.IsNullOrWhiteSpace(options[o].Name) || options[o].Name.Contains(','))
                    errors.Add($"{at}.options[{o}].name", "Must not be empty or contain a comma.");
                else if (!seen.Add(options[o].Name))
                    errors.Add($"{at}.options[{o}].name", $"Option '{options[o].Name}' is listed twice.");
                if (options[o].Color is { } c && !BlueprintVocabulary.Colors.Contains(c))
                    errors.Add($"{at}.options[{o}].color", $"'{c}' is not a Notion colour.");
            }
        }

        if (p.Type == "relation" && (p.TargetDbIndex is not { } t || t < 0 || t >= blueprint.Databases.Count))
            errors.Add($"{at}.target_db_index", $"Must name one of the blueprint's {blueprint.Databases.Count} databases by index.");
        if (p.Type == "formula" && string.IsNullOrWhiteSpace(p.Expression))
            errors.Add($"{at}.expression", "A formula needs an expression.");
        if (p.Type == "rollup") ValidateRollup(blueprint, p, at, own, errors);
    }

    private static void ValidateRollup(BlueprintDto blueprint, PropertyDto p, string at, Dictionary<string, PropertyDto> own, BlueprintErrors errors)
    {
        if (p.Function is null || !BlueprintVocabulary.RollupFunctions.Contains(p.Function))
            errors.Add($"{at}.function", $"'{p.Function}' is not a rollup function.");
        if (p.RelationProperty is null || !own.TryGetValue(p.RelationProperty, out var relation) || relation.Type != "relation")
        {
            errors.Add($"{at}.relation_property", "Must name a relation property of the same database.");
            return;
        }

        if (relation.TargetDbIndex is { } t && t >= 0 && t < blueprint.Databases.Count
            && !blueprint.Databases[t].Properties.Any(q => q.Name == p.TargetProperty))
            errors.Add($"{at}.target_property", $"The related database '{blueprint.Databases[t].Title}' has no property '{p.TargetProperty}'.");
    }

    private static void ValidateView(ViewDto view, string at, Dictionary<string, PropertyDto> byName, IReadOnlyList<PropertyDto> all, BlueprintErrors errors)
    {
        errors.RichText($"{at}.title", view.Title, required: false);
        switch (view.Type)
        {
            case "board":
                RequireProperty(view.GroupBy, "group_by", at, byName, all, ["select", "status"], "A board view needs a select or status property", errors);
                break;
            case "calendar" or "timeline":
                RequireProperty(view.DateProperty, "date_property", at, byName, all, ["date"], $"A {view.Type} view needs a date property", errors);
                break;
            default:
                if (!BlueprintVocabulary.ViewTypes.Contains(view.Type))
                    errors.Add($"{at}.type", $"'{view.Type}' is not a view type ({string.Join(", ", BlueprintVocabulary.ViewTypes.Order())}).");
                break;
        }

        for (var s = 0; s < (view.Sorts?.Count ?? 0); s++)
        {
            if (!byName.ContainsKey(view.Sorts![s].Property))
                errors.Add($"{at}.sorts[{s}].property", $"No property '{view.Sorts[s].Property}'.");
            if (view.Sorts[s].Direction is not ("ascending" or "descending"))
                errors.Add($"{at}.sorts[{s}].direction", "Must be 'ascending' or 'descending'.");
        }
    }

    /// <summary>The named property must exist with a fitting type; unnamed, the database must have one.</summary>
    private static void RequireProperty(string? name, string field, string at, Dictionary<string, PropertyDto> byName,
        IReadOnlyList<PropertyDto> all, string[] types, string message, BlueprintErrors errors)
    {
        if (name is null)
        {
            if (!all.Any(p => types.Contains(p.Type)))
                errors.Add($"{at}.type", $"{message}; the database has none.");
            return;
        }

        if (!byName.TryGetValue(name, out var property) || !types.Contains(property.Type))
            errors.Add($"{at}.{field}", $"{message}; '{name}' is not one.");
    }
}
