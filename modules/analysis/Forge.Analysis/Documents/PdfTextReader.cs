using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Forge.Analysis.Documents;

/// <summary>
/// PDF to text with PdfPig: the page count is checked before any page is read, pages are read one at a
/// time in content order (lines kept, paragraphs separated by a blank line, a blank line between pages)
/// with a checkpoint between pages. No text on any page is DOC001 ("scanned" when the pages hold
/// images), a password is DOC003, anything PdfPig cannot parse DOC002.
/// </summary>
internal static class PdfTextReader
{
    private static readonly ContentOrderTextExtractor.Options LayoutOptions = new()
    {
        SeparateParagraphsWithDoubleNewline = true,
        ReplaceWhitespaceWithSpace = true,
    };

    public static ExtractedDocument Read(byte[] bytes, ExtractionContext context)
    {
        var declared = PdfPageCountProbe.DeclaredPages(bytes, out var pagesNodes);
        if (declared > context.Options.MaxPages) TooManyPages(declared.Value, context);
        if (pagesNodes > context.Options.MaxPages)
            context.Fail(DocumentErrorCodes.ExceedsLimits, $"the PDF's page tree has {pagesNodes} nodes; at most {context.Options.MaxPages} are read.");
        if (PdfNestingProbe.NestsDeeperThan(bytes, context.Options.MaxNestingDepth))
            context.Fail(DocumentErrorCodes.ExceedsLimits, $"the PDF's objects are nested deeper than {context.Options.MaxNestingDepth} levels.");
        PdfBombGuard.Check(bytes, context);
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pages = document.NumberOfPages;
            if (pages > context.Options.MaxPages) TooManyPages(pages, context);

            var sink = context.NewSink();
            var imagesWithoutText = false;
            for (var number = 1; number <= pages; number++)
            {
                context.Checkpoint();
                var page = document.GetPage(number);
                var text = ContentOrderTextExtractor.GetText(page, LayoutOptions);
                if (string.IsNullOrWhiteSpace(text)) imagesWithoutText |= page.NumberOfImages > 0;
                else sink.Append(text).EndBlock();
            }

            var result = sink.ToNormalizedText();
            if (result.Length == 0)
                context.Fail(DocumentErrorCodes.NoText, imagesWithoutText
                    ? "the PDF's pages are images without a text layer (a scanned document?); text cannot be read from images."
                    : "the PDF has no extractable text.");
            return new ExtractedDocument(result, DocumentType.Pdf, pages);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw context.Error(DocumentErrorCodes.Protected, "the PDF is password-protected; send it without a password.", e);
        }
        catch (Exception e) when (e is not (DocumentExtractionException or OperationCanceledException or OutOfMemoryException))
        {
            throw context.Error(DocumentErrorCodes.Unreadable, "the PDF is corrupt or truncated and cannot be read.", e);
        }
    }

    private static void TooManyPages(int pages, ExtractionContext context) =>
        context.Fail(DocumentErrorCodes.ExceedsLimits, $"the PDF has {pages} pages; at most {context.Options.MaxPages} are read.");
}
