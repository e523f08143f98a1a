using System.Text.Json;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Blueprints;

/// <summary>A sample row's values fit their property's type and Notion's size limits; relations name real rows.</summary>
internal static class SampleRowRules
{
    public static void Validate(BlueprintDto blueprint, SampleRowDto row, string at, Dictionary<string, PropertyDto> byName, BlueprintErrors errors)
    {
        foreach (var (name, value) in row.Values)
        {
            var field = $"{at}.values.{name}";
            if (!byName.TryGetValue(name, out var property))
            {
                errors.Add(field, $"The database has no property '{name}'.");
                continue;
            }

            ValidateValue(blueprint, property, value, field, errors);
        }
    }

    private static void ValidateValue(BlueprintDto blueprint, PropertyDto property, JsonElement value, string field, BlueprintErrors errors)
    {
        switch (property.Type)
        {
            case "title" or "rich_text" or "select" or "status" or "phone_number":
                if (Expect(value, JsonValueKind.String, field, errors)) errors.RichText(field, value.GetString(), required: property.Type == "title");
                break;
            case "url":
                if (Expect(value, JsonValueKind.String, field, errors)) errors.Url(field, value.GetString());
                break;
            case "email":
                if (Expect(value, JsonValueKind.String, field, errors) && value.GetString()!.Length > NotionLimits.EmailChars)
                    errors.Add(field, $"An email holds at most {NotionLimits.EmailChars} characters.");
                break;
            case "number":
                Expect(value, JsonValueKind.Number, field, errors);
                break;
            case "checkbox":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) errors.Add(field, "Must be true or false.");
                break;
            case "date":
                if (Expect(value, JsonValueKind.String, field, errors) && !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", out _))
                    errors.Add(field, "Must be a date written yyyy-MM-dd.");
                break;
            case "multi_select":
                ValidateList(value, NotionLimits.MultiSelectOptions, "options", field, errors);
                break;
            case "relation":
                if (ValidateList(value, NotionLimits.RelationPages, "pages", field, errors)) ValidateRelationTitles(blueprint, property, value, field, errors);
                break;
            default:
                // formula, rollup and the automatic types are computed by Notion: a sample cannot set them.
                errors.Add(field, $"A {property.Type} property cannot take a sample value.");
                break;
        }
    }

    private static bool Expect(JsonElement value, JsonValueKind kind, string field, BlueprintErrors errors)
    {
        if (value.ValueKind == kind) return true;
        errors.Add(field, $"Must be a {kind.ToString().ToLowerInvariant()}.");
        return false;
    }

    private static bool ValidateList(JsonElement value, int max, string what, string field, BlueprintErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            errors.Add(field, "Must be an array of strings.");
            return false;
        }

        if (value.GetArrayLength() > max) errors.Add(field, $"Has {value.GetArrayLength()} {what}; Notion allows at most {max}.");
        return true;
    }

    /// <summary>A relation sample names rows of the target database by their title.</summary>
    private static void ValidateRelationTitles(BlueprintDto blueprint, PropertyDto property, JsonElement value, string field, BlueprintErrors errors)
    {
        if (property.TargetDbIndex is not { } t || t < 0 || t >= blueprint.Databases.Count) return;
        var target = blueprint.Databases[t];
        var titleName = target.Properties.FirstOrDefault(p => p.Type == "title")?.Name;
        var titles = target.SampleRows
            .Select(r => titleName is not null && r.Values.TryGetValue(titleName, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var item in value.EnumerateArray())
            if (!titles.Contains(item.GetString()))
                errors.Add(field, $"No sample row of '{target.Title}' is titled '{item.GetString()}'.");
    }
}
