namespace Forge.NotionForge.Blueprints;

/// <summary>The names a blueprint may use (reference §2 and Notion's property object). ADR 44.</summary>
internal static class BlueprintVocabulary
{
    public static readonly IReadOnlySet<string> TemplateTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "dashboard", "tracker", "database", "kanban", "calendar", "wiki", "journal", "hub", "list",
    };

    public static readonly IReadOnlySet<string> PropertyTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "rich_text", "number", "select", "multi_select", "status", "date", "people", "files",
        "checkbox", "url", "email", "phone_number", "formula", "relation", "rollup", "created_time",
        "created_by", "last_edited_time", "last_edited_by", "unique_id",
    };

    public static readonly IReadOnlySet<string> ViewTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "table", "board", "calendar", "timeline", "gallery", "list",
    };

    public static readonly IReadOnlySet<string> BlockTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "callout", "heading_1", "heading_2", "heading_3", "paragraph", "quote", "code", "divider", "toggle",
        "to_do", "bulleted_list", "numbered_list", "column_list", "table_of_contents", "database_ref",
        "linked_view", "link_to_page", "bookmark",
    };

    /// <summary>Blocks whose <c>children</c> Notion nests (headings only when toggleable).</summary>
    public static readonly IReadOnlySet<string> BlocksWithChildren = new HashSet<string>(StringComparer.Ordinal)
    {
        "callout", "toggle", "quote", "to_do", "bulleted_list", "numbered_list", "heading_1", "heading_2", "heading_3",
    };

    public static readonly IReadOnlySet<string> Colors = new HashSet<string>(StringComparer.Ordinal)
    {
        "default", "gray", "brown", "orange", "yellow", "green", "blue", "purple", "pink", "red",
    };

    public static readonly IReadOnlySet<string> RollupFunctions = new HashSet<string>(StringComparer.Ordinal)
    {
        "count", "count_values", "empty", "not_empty", "unique", "show_unique", "percent_empty", "percent_not_empty",
        "sum", "average", "median", "min", "max", "range", "earliest_date", "latest_date", "date_range",
        "checked", "unchecked", "percent_checked", "percent_unchecked", "show_original",
    };

    /// <summary>A block colour: a Notion colour, optionally with the <c>_background</c> suffix.</summary>
    public static bool IsColor(string color) =>
        Colors.Contains(color.EndsWith("_background", StringComparison.Ordinal) ? color[..^"_background".Length] : color);
}

/// <summary>Notion's request-side size limits (reference §6.2) and the workspace block limit (§6).</summary>
public static class NotionLimits
{
    public const int RichTextChars = 2000;
    /// <summary>Rich text objects in one block's text.</summary>
    public const int RichTextElements = 100;
    public const int UrlChars = 2000;
    public const int EmailChars = 200;
    public const int MultiSelectOptions = 100;
    public const int RelationPages = 100;
    /// <summary>Free workspaces with more than one member hold at most 1,000 blocks in their lifetime.</summary>
    public const int FreeWorkspaceBlocks = 1000;
    /// <summary>Notion's average rate per connection.</summary>
    public const double RequestsPerSecond = 3.0;
}
