using Forge.Hosting.ProductApi;

namespace Forge.Analysis.Documents;

/// <summary>
/// A <c>resumeData</c> / <c>jobPostingData</c> object, checked when the request is read: a known
/// <c>type</c>, non-empty <c>content</c>, base64 that decodes for <c>pdf</c>/<c>docx</c>. Whether the
/// bytes really are what the type says is decided later, by sniffing (<see cref="DocumentTextExtractor"/>).
/// </summary>
public sealed class DocumentInput
{
    private DocumentInput(DocumentType declaredType, string? text, byte[]? bytes)
    {
        DeclaredType = declaredType;
        Text = text;
        Bytes = bytes;
    }

    public DocumentType DeclaredType { get; }

    /// <summary>The UTF-8 content of a <c>text</c>/<c>html</c> document; null for binary types.</summary>
    public string? Text { get; }

    /// <summary>The decoded bytes of a <c>pdf</c>/<c>docx</c> document; null for text types.</summary>
    public byte[]? Bytes { get; }

    public static DocumentInput FromText(DocumentType declaredType, string text) => new(declaredType, text, null);

    public static DocumentInput FromBytes(DocumentType declaredType, byte[] bytes) => new(declaredType, null, bytes);

    /// <summary>
    /// Reads the wire fields of the document at <paramref name="field"/> (e.g. <c>resumeData</c>), refusing
    /// with the product's validation codes naming the exact field: VAL002 missing, VAL003 unknown type or
    /// bad base64, VAL004 larger than <see cref="DocumentOptions.MaxDocumentBytes"/>.
    /// </summary>
    public static DocumentInput Parse(string field, string? type, string? content, DocumentOptions options)
    {
        if (string.IsNullOrWhiteSpace(type))
            throw ProductApiException.Invalid(DocumentErrorCodes.MissingField, $"{field}.type", $"{field}.type is required: one of text, html, pdf, docx.");
        if (!DocumentTypes.TryParse(type, out var declared))
            throw ProductApiException.Invalid(DocumentErrorCodes.InvalidField, $"{field}.type", $"{field}.type must be one of text, html, pdf, docx.");
        if (string.IsNullOrWhiteSpace(content))
            throw ProductApiException.Invalid(DocumentErrorCodes.MissingField, $"{field}.content", $"{field}.content is required and must not be empty.");

        if (!declared.IsBinary()) return FromText(declared, content);

        if (!Base64Content.TryDecode(content, out var bytes) || bytes.Length == 0)
            throw ProductApiException.Invalid(DocumentErrorCodes.InvalidField, $"{field}.content", $"{field}.content must be base64 for type {declared.ToWire()}.");
        if (bytes.LongLength > options.MaxDocumentBytes)
            throw ProductApiException.Invalid(DocumentErrorCodes.TooLarge, $"{field}.content",
                $"{field}.content decodes to {bytes.LongLength} bytes; at most {options.MaxDocumentBytes} are accepted.");
        return FromBytes(declared, bytes);
    }
}
