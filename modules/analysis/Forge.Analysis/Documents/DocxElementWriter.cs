using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using AlternateContent = DocumentFormat.OpenXml.AlternateContent;

namespace Forge.Analysis.Documents;

/// <summary>
/// Walks WordprocessingML: a paragraph is a line (a numbered or bulleted one starts with "- "), a table
/// row is a line of cells joined by " | " (cells with several paragraphs keep their lines), text boxes
/// are read once (the first branch of <c>mc:AlternateContent</c>, not its fallback copy), and tracked
/// deletions and field codes are skipped. Recursion is safe: <see cref="DocxPackageGuard"/> has bounded the depth.
/// </summary>
internal sealed class DocxElementWriter(ExtractionContext context)
{
    private int _visited;

    public void Write(OpenXmlElement element, TextSink sink)
    {
        if (++_visited % 4096 == 0) context.Checkpoint();
        switch (element)
        {
            case Text text:
                sink.Append(text.Text);
                return;
            case TabChar or PositionalTab:
                sink.Append(' ');
                return;
            case Break or CarriageReturn:
                sink.Append('\n');
                return;
            case NoBreakHyphen:
                sink.Append('-');
                return;
            case DeletedText or DeletedRun or FieldCode or DeletedFieldCode or ParagraphProperties or RunProperties
                or SectionProperties or TableProperties or TableGrid or TableRowProperties or TableCellProperties:
                return;
            case AlternateContent alternate:
                if (alternate.FirstChild is { } branch) WriteChildren(branch, sink);
                return;
            case Paragraph paragraph:
                sink.EndLine();
                if (paragraph.ParagraphProperties?.NumberingProperties is not null) sink.Append("- ");
                WriteChildren(paragraph, sink);
                sink.EndLine();
                return;
            case TableRow row:
                WriteRow(row, sink);
                return;
            case Table table:
                sink.EndLine();
                WriteChildren(table, sink);
                sink.EndBlock();
                return;
            default:
                WriteChildren(element, sink);
                return;
        }
    }

    /// <summary>The normalised text of one element (a header, a table cell).</summary>
    public string Render(OpenXmlElement element)
    {
        var sink = context.NewSink();
        Write(element, sink);
        return sink.ToNormalizedText();
    }

    private void WriteChildren(OpenXmlElement element, TextSink sink)
    {
        foreach (var child in element.ChildElements) Write(child, sink);
    }

    private void WriteRow(TableRow row, TextSink sink)
    {
        var cells = row.Elements<TableCell>().Select(Render).Where(c => c.Length > 0).ToList();
        sink.EndLine();
        if (cells.All(c => !c.Contains('\n'))) sink.Append(string.Join(" | ", cells)).EndLine();
        else foreach (var cell in cells) sink.Append(cell).EndLine();
    }
}
