namespace Forge.NotionForge.Notion.Limits;

/// <summary>Notion's request limits (reference §6.2), checked or split for before anything is sent (ADR 41).</summary>
public static class NotionLimits
{
    public const int RichTextContentChars = 2000;
    public const int RichTextElements = 100;
    public const int ChildrenPerRequest = 100;
    /// <summary>
    /// Levels of nesting below the blocks sent in one request: children and grandchildren (Notion's column_list →
    /// column → paragraph example is one append).
    /// </summary>
    public const int NestingLevelsPerRequest = 2;
    public const int BlocksPerPayload = 1000;
    public const int PayloadBytes = 500_000;
    public const int MultiSelectOptions = 100;
    public const int RelationPages = 100;
    public const int PeopleUsers = 100;

    /// <summary>What one block's rich text may weigh, so a block always fits a payload with room to spare.</summary>
    internal const int RichTextBytesPerBlock = 200_000;

    /// <summary>The payload budget the batcher fills: the limit less room for the request's own envelope.</summary>
    internal const int PayloadBudgetBytes = PayloadBytes - 4_000;
}
