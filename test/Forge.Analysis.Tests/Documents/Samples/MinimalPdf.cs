using System.Text;

namespace Forge.Analysis.Tests.Documents.Samples;

/// <summary>
/// Writes a PDF from raw object bodies with a correct cross-reference table: for documents PDFsharp
/// cannot make (a font without an embedded program, a hostile stream).
/// </summary>
public static class MinimalPdf
{
    /// <summary>An object body, or a stream (dictionary entries without the << >> and its raw data).</summary>
    public sealed record PdfObject(string Body, byte[]? Stream = null);

    public static byte[] Write(params PdfObject[] objects)
    {
        using var output = new MemoryStream();
        void Ascii(string s) => output.Write(Encoding.ASCII.GetBytes(s));
        Ascii("%PDF-1.7\n%\u00e2\u00e3\n");
        var offsets = new long[objects.Length];
        for (var i = 0; i < objects.Length; i++)
        {
            offsets[i] = output.Position;
            Ascii($"{i + 1} 0 obj\n");
            if (objects[i].Stream is { } data)
            {
                Ascii($"<< {objects[i].Body} /Length {data.Length} >>\nstream\n");
                output.Write(data);
                Ascii("\nendstream\n");
            }
            else Ascii(objects[i].Body + "\n");
            Ascii("endobj\n");
        }
        var xref = output.Position;
        Ascii($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Ascii($"{offset:D10} 00000 n \n");
        Ascii($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>Catalog (1), pages (2), one page (3) whose content is object 4 and font /F1 object 5 (when given).</summary>
    public static PdfObject[] OnePage(PdfObject content, params PdfObject[] more) =>
    [
        new("<< /Type /Catalog /Pages 2 0 R >>"),
        new("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        new("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
        content,
        .. more,
    ];
}
