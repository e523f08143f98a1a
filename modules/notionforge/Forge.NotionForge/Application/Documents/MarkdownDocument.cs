using Forge.NotionForge.Contracts.Blueprints;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Forge.NotionForge.Application.Documents;

/// <summary>
/// A Markdown upload as a page (ADR 52), parsed by Markdig (CommonMark, pipe tables, strikethrough, task lists):
/// headings (h1–h3; deeper ones become h3), paragraphs with formatted runs, bulleted and numbered lists with their
/// nesting, quotes, code blocks with their language, dividers; a top-level table becomes an inline database (typed
/// columns, one row per line), a nested one a paragraph per row. A leading h1 becomes the page title.
/// </summary>
internal static class MarkdownDocument
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough).UseTaskLists().Build();

    public static BlueprintDto Convert(string fileTitle, string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        var title = fileTitle;
        var start = 0;
        if (document.Count > 0 && document[0] is HeadingBlock { Level: 1 } h1 && RunChunker.Plain(MarkdownInlines.Runs(h1.Inline)).Trim() is { Length: > 0 and <= 200 } heading)
        {
            title = heading;
            start = 1;
        }

        var converter = new Converter();
        var blocks = new List<BlockDto>();
        for (var i = start; i < document.Count; i++) blocks.AddRange(converter.Block(document[i], topLevel: true));
        return DocumentBlocks.Page(title, "wiki", blocks, converter.Databases);
    }

    private sealed class Converter
    {
        private string? _lastHeading;

        public List<DatabaseDto> Databases { get; } = [];

        public IEnumerable<BlockDto> Block(Block block, bool topLevel) => block switch
        {
            HeadingBlock h => Heading(h),
            ParagraphBlock p => DocumentBlocks.Text("paragraph", MarkdownInlines.Runs(p.Inline)),
            ListBlock list => list.OfType<ListItemBlock>().SelectMany(item => Item(item, list.IsOrdered)),
            QuoteBlock quote => Container("quote", quote),
            FencedCodeBlock fenced => Code(fenced, CodeLanguages.Notion(fenced.Info)),
            CodeBlock code => Code(code, "plain text"),
            ThematicBreakBlock => [new BlockDto { Type = "divider" }],
            Table table => topLevel ? TableBlock(table) : TableRows(table),
            HtmlBlock html => DocumentBlocks.Text("paragraph", [new RichTextDto { Text = html.Lines.ToString().Trim() }]),
            ContainerBlock other => other.SelectMany(b => Block(b, topLevel)),
            _ => [],
        };

        private List<BlockDto> Heading(HeadingBlock h)
        {
            var runs = MarkdownInlines.Runs(h.Inline);
            _lastHeading = RunChunker.Plain(runs).Trim();
            return DocumentBlocks.Text($"heading_{Math.Clamp(h.Level, 1, 3)}", runs);
        }

        /// <summary>A list item: its first paragraph is the item's text, everything after it nests under it.</summary>
        private List<BlockDto> Item(ListItemBlock item, bool ordered)
        {
            var type = ordered ? "numbered_list" : "bulleted_list";
            var first = item.Count > 0 ? item[0] as ParagraphBlock : null;
            var runs = first is null ? [] : MarkdownInlines.Runs(first.Inline);
            if (first?.Inline?.FirstChild is Markdig.Extensions.TaskLists.TaskList task)
                // The blueprint's to_do has no checked state: the item keeps its list and shows its box as text.
                runs = runs.Count > 0 ? [runs[0] with { Text = (task.Checked ? "☑ " : "☐ ") + runs[0].Text.TrimStart() }, .. runs.Skip(1)] : runs;
            var rest = item.Skip(first is null ? 0 : 1).SelectMany(b => Block(b, topLevel: false)).ToList();
            return DocumentBlocks.Text(type, runs, rest);
        }

        private List<BlockDto> Container(string type, ContainerBlock container)
        {
            var first = container.Count > 0 ? container[0] as ParagraphBlock : null;
            var rest = container.Skip(first is null ? 0 : 1).SelectMany(b => Block(b, topLevel: false)).ToList();
            return DocumentBlocks.Text(type, first is null ? [] : MarkdownInlines.Runs(first.Inline), rest);
        }

        private static List<BlockDto> Code(LeafBlock code, string language) =>
            DocumentBlocks.Text("code", [new RichTextDto { Text = code.Lines.ToString().TrimEnd('\n') }], language: language);

        private IEnumerable<BlockDto> TableBlock(Table table)
        {
            var rows = Cells(table);
            if (rows.Count == 0) return [];
            Databases.Add(TableDatabase.Build(_lastHeading is { Length: > 0 } h ? h : $"Table {Databases.Count + 1}", rows[0], rows.Skip(1).ToList()));
            return [new BlockDto { Type = "database_ref", DbIndex = Databases.Count - 1 }];
        }

        /// <summary>A table where a database cannot go (in a list or quote): one paragraph per row, cells joined with " | ".</summary>
        private static IEnumerable<BlockDto> TableRows(Table table) =>
            Cells(table).SelectMany(row => DocumentBlocks.Text("paragraph", [new RichTextDto { Text = string.Join(" | ", row) }]));

        private static List<IReadOnlyList<string>> Cells(Table table) =>
            table.OfType<TableRow>()
                .Select(row => (IReadOnlyList<string>)row.OfType<TableCell>()
                    .Select(cell => string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => RunChunker.Plain(MarkdownInlines.Runs(p.Inline)))))
                    .ToList())
                .ToList();
    }
}
