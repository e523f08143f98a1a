using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Blueprints;

/// <summary>
/// Checks a blueprint before anything touches Notion and answers every problem at once, each naming the field by
/// its JSON path (<c>databases[1].views[0].type</c>). An empty list means the executor can create it within
/// Notion's limits. Rules: ADR 44.
/// </summary>
public static class BlueprintValidator
{
    public static IReadOnlyList<BlueprintErrorDto> Validate(BlueprintDto? blueprint)
    {
        var errors = new BlueprintErrors();
        if (blueprint is null)
        {
            errors.Add("blueprint", "A blueprint is required.");
            return errors.List;
        }

        errors.RichText("title", blueprint.Title, required: true);
        if (!BlueprintVocabulary.TemplateTypes.Contains(blueprint.TemplateType))
            errors.Add("template_type", $"'{blueprint.TemplateType}' is not a template type ({string.Join(", ", BlueprintVocabulary.TemplateTypes.Order())}).");
        if (blueprint.ColorTheme is { } theme && !BlueprintVocabulary.Colors.Contains(theme))
            errors.Add("color_theme", $"'{theme}' is not a Notion colour.");
        errors.Url("cover_url", blueprint.CoverUrl);

        var subPageTitles = ValidateSubPageTitles(blueprint, errors);
        for (var i = 0; i < blueprint.Databases.Count; i++)
            DatabaseRules.Validate(blueprint, i, subPageTitles, errors);

        var blocks = new BlockRules(blueprint, subPageTitles, errors);
        blocks.ValidateList("blocks", blueprint.Blocks);
        for (var i = 0; i < blueprint.SubPages.Count; i++)
            blocks.ValidateList($"sub_pages[{i}].blocks", blueprint.SubPages[i].Blocks);
        for (var i = 0; i < (blueprint.Faq?.Count ?? 0); i++)
        {
            errors.RichText($"faq[{i}].q", blueprint.Faq![i].Q, required: true);
            errors.RichText($"faq[{i}].a", blueprint.Faq[i].A, required: true);
        }

        var workspaceBlocks = BlueprintEstimator.Blocks(blueprint);
        if (workspaceBlocks > NotionLimits.FreeWorkspaceBlocks)
            errors.Add("blocks", $"The blueprint makes about {workspaceBlocks} blocks; at most {NotionLimits.FreeWorkspaceBlocks} are allowed.");
        return errors.List;
    }

    private static HashSet<string> ValidateSubPageTitles(BlueprintDto blueprint, BlueprintErrors errors)
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < blueprint.SubPages.Count; i++)
        {
            var page = blueprint.SubPages[i];
            errors.RichText($"sub_pages[{i}].title", page.Title, required: true);
            errors.RichText($"sub_pages[{i}].description", page.Description, required: false);
            if (!string.IsNullOrWhiteSpace(page.Title) && !titles.Add(page.Title))
                errors.Add($"sub_pages[{i}].title", $"Sub page title '{page.Title}' is used twice.");
        }

        return titles;
    }
}

/// <summary>The error list the rules append to, with the checks every part shares.</summary>
internal sealed class BlueprintErrors
{
    public List<BlueprintErrorDto> List { get; } = [];

    public void Add(string field, string message) => List.Add(new BlueprintErrorDto(field, message));

    /// <summary>Notion's rich text object holds at most 2,000 characters; titles must not be blank.</summary>
    public void RichText(string field, string? text, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) Add(field, "Must not be empty.");
            return;
        }

        if (text.Length > NotionLimits.RichTextChars)
            Add(field, $"Is {text.Length} characters; Notion's rich text holds at most {NotionLimits.RichTextChars}.");
    }

    public void Url(string field, string? url)
    {
        if (url is null) return;
        if (url.Length > NotionLimits.UrlChars || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
            Add(field, $"Must be an http(s) URL of at most {NotionLimits.UrlChars} characters.");
    }
}
