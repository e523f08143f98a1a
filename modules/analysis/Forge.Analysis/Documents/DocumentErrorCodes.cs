namespace Forge.Analysis.Documents;

/// <summary>
/// Codes of a refused or failed document (ADR 39). <c>VAL00x</c> are the product's documented validation
/// codes, raised synchronously when the request is read; <c>DOC00x</c> end an accepted analysis
/// <c>FAILED</c> (the credit is released) when its document cannot be turned into text.
/// </summary>
public static class DocumentErrorCodes
{
    /// <summary>A required field (<c>type</c>, <c>content</c>) is missing or empty.</summary>
    public const string MissingField = "VAL002";

    /// <summary>An unknown <c>type</c>, or <c>content</c> that is not base64 for <c>pdf</c>/<c>docx</c>.</summary>
    public const string InvalidField = "VAL003";

    /// <summary>The decoded document is larger than <see cref="DocumentOptions.MaxDocumentBytes"/>.</summary>
    public const string TooLarge = "VAL004";

    /// <summary>The document holds no extractable text (an image-only "scanned" PDF, an empty file).</summary>
    public const string NoText = "DOC001";

    /// <summary>The document is corrupt, truncated, or in a format that is not read (legacy .doc, RTF, a ZIP that is not DOCX).</summary>
    public const string Unreadable = "DOC002";

    /// <summary>The document is password-protected or encrypted.</summary>
    public const string Protected = "DOC003";

    /// <summary>The document exceeds a limit: pages, ZIP entries, (declared or actual) uncompressed size, compression ratio, text length, XML depth.</summary>
    public const string ExceedsLimits = "DOC004";

    /// <summary>Extraction did not finish within <see cref="DocumentOptions.TimeBudgetSeconds"/>.</summary>
    public const string TimedOut = "DOC005";
}
