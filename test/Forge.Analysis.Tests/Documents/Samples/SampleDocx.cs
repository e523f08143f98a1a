using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Forge.Analysis.Tests.Documents.Samples;

/// <summary>DOCX documents made with DocumentFormat.OpenXml: paragraphs, bullets, tables, headers and footers.</summary>
public static class SampleDocx
{
    public static Paragraph Para(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static Paragraph Bullet(string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
            new Run(new Text(text)));

    /// <summary>A table; each row's cells, each cell one paragraph per string (split on '\n').</summary>
    public static Table Table(params string[][] rows) =>
        new(rows.Select(cells => new TableRow(cells.Select(cell =>
            new TableCell(cell.Split('\n').Select(Para))))));

    public static byte[] Build(IEnumerable<OpenXmlElement> body, string? header = null, string? footer = null)
    {
        using var output = new MemoryStream();
        using (var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var section = new SectionProperties();
            if (header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(Para(header));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
                var first = main.AddNewPart<HeaderPart>();
                first.Header = new Header(Para(header));
                section.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) });
            }
            if (footer is not null)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(Para(footer));
                section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }
            main.Document = new Document(new Body([.. body, section]));
        }
        return output.ToArray();
    }

    /// <summary>A resume of about <paramref name="paragraphs"/> paragraphs with a skills table (benchmarks).</summary>
    public static byte[] Resume(int paragraphs) => Build(
    [
        Para("Jane Doe - Senior Backend Engineer"),
        Table(["Period", "Company", "Role"], ["2019-2024", "Acme Payments", "Senior Backend Engineer"], ["2015-2019", "Example Corp", "Developer"]),
        .. Enumerable.Range(1, paragraphs).Select(i => Bullet($"Built service {i} in C# and .NET 8 on PostgreSQL, Redis and Kafka; cut p99 latency by {i % 40} %.")),
    ], header: "jane.doe@example.com | Seoul", footer: "References on request");
}
