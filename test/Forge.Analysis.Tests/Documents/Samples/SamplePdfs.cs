using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Forge.Analysis.Tests.Documents.Samples;

/// <summary>PDFs made with PDFsharp for the tests and benchmarks: text pages, image-only pages, a password, many pages.</summary>
public static class SamplePdfs
{
    /// <summary>One page per array, one drawn line per string.</summary>
    public static byte[] Text(params string[][] pages) => Build(document =>
    {
        var font = new XFont(SampleFonts.Family, 11, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        foreach (var lines in pages)
        {
            var page = document.AddPage();
            using var graphics = XGraphics.FromPdfPage(page);
            var y = 50.0;
            foreach (var line in lines)
            {
                graphics.DrawString(line, font, XBrushes.Black, new XPoint(50, y));
                y += 16;
            }
        }
    });

    /// <summary>A "scanned" resume: every page is an image, no text layer.</summary>
    public static byte[] ImageOnly(int pages = 2) => Build(document =>
    {
        for (var i = 0; i < pages; i++)
        {
            var page = document.AddPage();
            using var graphics = XGraphics.FromPdfPage(page);
            using var image = XImage.FromStream(new MemoryStream(SampleImages.GreyBitmap(120, 160)));
            graphics.DrawImage(image, 40, 40, 400, 560);
        }
    });

    /// <summary>A resume of <paramref name="pages"/> pages, each with its text and a photo-like image of <paramref name="imageSide"/>² pixels.</summary>
    public static byte[] ResumeWithImages(int pages, int imageSide) => Build(document =>
    {
        var font = new XFont(SampleFonts.Family, 10, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        for (var number = 1; number <= pages; number++)
        {
            var page = document.AddPage();
            using var graphics = XGraphics.FromPdfPage(page);
            using var image = XImage.FromStream(new MemoryStream(SampleImages.NoiseBitmap(imageSide, imageSide, number)));
            graphics.DrawImage(image, 400, 40, 150, 150);
            var y = 50.0;
            foreach (var line in ResumePage(number))
            {
                graphics.DrawString(line, font, XBrushes.Black, new XPoint(40, y));
                y += 14;
            }
        }
    });

    /// <summary>Encrypted with a user password, or (<paramref name="userPassword"/> null) with an owner password only.</summary>
    public static byte[] PasswordProtected(string[] lines, string? userPassword = "user-secret") => Build(document =>
    {
        var text = Text(lines);
        using var source = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(text), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        foreach (var page in source.Pages) document.AddPage(page);
        if (userPassword is not null) document.SecuritySettings.UserPassword = userPassword;
        document.SecuritySettings.OwnerPassword = "owner-secret";
    });

    /// <summary>A realistic resume page of about 40 lines, repeated over <paramref name="pages"/> pages.</summary>
    public static byte[] Resume(int pages) =>
        Text(Enumerable.Range(1, pages).Select(ResumePage).ToArray());

    public static string[] ResumePage(int number) =>
    [
        $"Jane Doe - Senior Backend Engineer - page {number}",
        "jane.doe@example.com | Seoul, Korea | github.com/janedoe",
        "",
        "EXPERIENCE",
        "Acme Payments, Senior Backend Engineer, 2019-03 to 2024-06",
        .. Enumerable.Range(1, 16).Select(i => $"- Built service {i} in C# and .NET 8 on PostgreSQL, Redis and Kafka; cut p99 latency by {i * 3} %."),
        "",
        "SKILLS",
        "C#, .NET, ASP.NET Core, Entity Framework Core, PostgreSQL, Redis, Docker, Kubernetes, AWS, Terraform",
        "",
        "EDUCATION",
        "B.Sc. Computer Science, Example University, 2015",
        .. Enumerable.Range(1, 12).Select(i => $"Project {i}: event-sourced ledger with outbox, idempotent consumers and keyset paging."),
    ];

    private static byte[] Build(Action<PdfDocument> write)
    {
        SampleFonts.EnsureInstalled();
        using var document = new PdfDocument();
        write(document);
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }
}
