using Microsoft.Extensions.Options;

namespace Forge.Analysis.Documents;

/// <summary>
/// Turns a resume or job posting into the plain text the analysis engine reads (ADR 39). The format
/// is sniffed from the bytes, not taken from the declared type: a "pdf" that is a DOCX is read as DOCX,
/// HTML sent as text as HTML, text sent as "pdf" as text. Every document ends as text or as a
/// <see cref="DocumentExtractionException"/> (DOC001–DOC005), within the limits of <see cref="DocumentOptions"/>.
/// Synchronous and CPU-bound: the pipeline calls it from its background job. Nothing here logs, and no
/// message carries the document's content (resume text is personal data).
/// </summary>
public sealed class DocumentTextExtractor(IOptions<DocumentOptions> options, TimeProvider time)
{
    /// <param name="field">The request field the document came in, e.g. <c>resumeData</c>; named in failures.</param>
    /// <exception cref="DocumentExtractionException">The document cannot be read; <c>Code</c> says why.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ExtractedDocument Extract(string field, DocumentInput input, CancellationToken cancellationToken = default)
    {
        var context = new ExtractionContext(field, options.Value, time, cancellationToken);
        context.Checkpoint();
        return input.Bytes is { } bytes
            ? FromBytes(bytes, context, mayBeWrapped: false)
            : FromText(input.Text ?? "", input.DeclaredType, context, mayBeWrapped: true);
    }

    private static ExtractedDocument FromBytes(byte[] bytes, ExtractionContext context, bool mayBeWrapped)
    {
        if (bytes.Length == 0) context.Fail(DocumentErrorCodes.NoText, "the document is empty.");
        switch (DocumentSniffer.Sniff(bytes))
        {
            case SniffedFormat.Pdf:
                return PdfTextReader.Read(bytes, context);
            case SniffedFormat.Zip:
                return DocxTextReader.Read(bytes, context);
            case SniffedFormat.OleCompound:
                throw OleCompoundClassifier.Refuse(bytes, context);
            case SniffedFormat.Rtf:
                throw context.Error(DocumentErrorCodes.Unreadable, "RTF documents are not read; send DOCX, PDF, HTML or text.");
            default:
                if (TextDecoding.TryDecode(bytes, out var text)) return FromText(text, DocumentType.Text, context, mayBeWrapped);
                throw context.Error(DocumentErrorCodes.Unreadable, "the document is not a PDF, DOCX, HTML or text file (or it is corrupt).");
        }
    }

    private static ExtractedDocument FromText(string text, DocumentType declared, ExtractionContext context, bool mayBeWrapped)
    {
        if (text.Length > context.Options.MaxInputChars)
            context.Fail(DocumentErrorCodes.ExceedsLimits, $"the content has {text.Length} characters; at most {context.Options.MaxInputChars} are read.");
        if (mayBeWrapped && TextShapes.TryUnwrapBase64(text, out var embedded))
            return FromBytes(embedded, context, mayBeWrapped: false);

        var html = declared == DocumentType.Html || TextShapes.LooksLikeHtml(text);
        var result = html ? HtmlTextReader.Read(text, context) : context.NewSink().Append(text).ToNormalizedText();
        if (result.Length == 0) context.Fail(DocumentErrorCodes.NoText, "the document has no text.");
        return new ExtractedDocument(result, html ? DocumentType.Html : DocumentType.Text, null);
    }
}
