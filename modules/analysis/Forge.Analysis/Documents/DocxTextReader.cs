using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Forge.Analysis.Documents;

/// <summary>
/// DOCX to text with DocumentFormat.OpenXml, after <see cref="DocxPackageGuard"/> has bounded the
/// package: headers (where resumes put name and contact details), then the body, then footers; repeated
/// headers and footers (first page, even pages) once. See <see cref="DocxElementWriter"/> for the walk.
/// </summary>
internal static class DocxTextReader
{
    public static ExtractedDocument Read(byte[] bytes, ExtractionContext context)
    {
        DocxPackageGuard.Check(bytes, context);
        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = context.Options.MaxXmlPartBytes };
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, settings);
            var main = document.MainDocumentPart
                ?? throw context.Error(DocumentErrorCodes.Unreadable, "the ZIP archive is not a Word (DOCX) document.");

            var sink = context.NewSink();
            var writer = new DocxElementWriter(context);
            WriteOnce(main.HeaderParts.Select(h => (OpenXmlElement?)h.Header), writer, sink);
            if (main.Document?.Body is { } body) writer.Write(body, sink);
            sink.EndBlock();
            WriteOnce(main.FooterParts.Select(f => (OpenXmlElement?)f.Footer), writer, sink);

            var text = sink.ToNormalizedText();
            if (text.Length == 0) context.Fail(DocumentErrorCodes.NoText, "the Word document has no text.");
            return new ExtractedDocument(text, DocumentType.Docx, null);
        }
        catch (Exception e) when (e is not (DocumentExtractionException or OperationCanceledException or OutOfMemoryException))
        {
            throw context.Error(DocumentErrorCodes.Unreadable, "the Word document is corrupt and cannot be read.", e);
        }
    }

    private static void WriteOnce(IEnumerable<OpenXmlElement?> roots, DocxElementWriter writer, TextSink sink)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            if (root is null) continue;
            var part = writer.Render(root);
            if (part.Length > 0 && seen.Add(part)) sink.Append(part).EndBlock();
        }
    }
}
