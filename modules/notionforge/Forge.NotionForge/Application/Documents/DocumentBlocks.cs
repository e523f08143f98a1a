using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Application.Documents;

/// <summary>Blocks and pages the converters share: text blocks cut to Notion's per-block size, the page itself.</summary>
internal static class DocumentBlocks
{
    /// <summary>
    /// A text block of <paramref name="type"/>; text longer than one block holds continues in blocks of the same type,
    /// the last one keeping <paramref name="children"/>.
    /// </summary>
    public static List<BlockDto> Text(string type, IReadOnlyList<RichTextDto> runs, IReadOnlyList<BlockDto>? children = null, string? language = null)
    {
        var chunks = RunChunker.Chunk(runs);
        if (chunks.Count == 0) chunks.Add([]);
        return chunks.Select((chunk, i) => new BlockDto
        {
            Type = type,
            Text = RunChunker.Plain(chunk),
            RichText = chunk.All(Plain) ? null : chunk,
            Language = language,
            Children = i == chunks.Count - 1 && children is { Count: > 0 } ? children : null,
        }).ToList();
    }

    public static BlueprintDto Page(string title, string templateType, IReadOnlyList<BlockDto> blocks, IReadOnlyList<DatabaseDto> databases)
    {
        if (blocks.Count == 0) throw NotionForgeErrors.InvalidInput(DocumentSniffer.Field, "The document has no content to convert.");
        return new BlueprintDto { Title = title, Icon = "📄", TemplateType = templateType, Blocks = blocks, Databases = databases };
    }

    private static bool Plain(RichTextDto run) => run is { Bold: null, Italic: null, Strikethrough: null, Code: null, Link: null };
}
