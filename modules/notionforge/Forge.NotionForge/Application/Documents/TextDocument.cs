using System.Text.RegularExpressions;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Application.Documents;

/// <summary>A plain-text upload as a page of paragraphs (ADR 52): blank lines separate paragraphs, single line breaks stay.</summary>
internal static partial class TextDocument
{
    public static BlueprintDto Convert(string title, string text)
    {
        var blocks = new List<BlockDto>();
        foreach (var paragraph in BlankLines().Split(text.Replace("\r\n", "\n").Replace('\r', '\n')))
        {
            var trimmed = paragraph.Trim('\n');
            if (string.IsNullOrWhiteSpace(trimmed)) continue;
            blocks.AddRange(DocumentBlocks.Text("paragraph", [new RichTextDto { Text = trimmed }]));
        }

        return DocumentBlocks.Page(title, "wiki", blocks, []);
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLines();
}
