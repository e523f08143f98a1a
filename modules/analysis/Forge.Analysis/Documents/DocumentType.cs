namespace Forge.Analysis.Documents;

/// <summary>The <c>type</c> of a <c>resumeData</c> / <c>jobPostingData</c> object, and the format a document was read as.</summary>
public enum DocumentType
{
    Text,
    Html,
    Pdf,
    Docx,
}

public static class DocumentTypes
{
    /// <summary>The wire value (<c>text</c>, <c>html</c>, <c>pdf</c>, <c>docx</c>).</summary>
    public static string ToWire(this DocumentType type) => type switch
    {
        DocumentType.Text => "text",
        DocumentType.Html => "html",
        DocumentType.Pdf => "pdf",
        _ => "docx",
    };

    /// <summary>Case-insensitive and trimmed: <c>"PDF"</c> and <c>" docx"</c> are what a caller meant.</summary>
    public static bool TryParse(string? value, out DocumentType type)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "text": type = DocumentType.Text; return true;
            case "html": type = DocumentType.Html; return true;
            case "pdf": type = DocumentType.Pdf; return true;
            case "docx": type = DocumentType.Docx; return true;
            default: type = default; return false;
        }
    }

    /// <summary>Binary types arrive base64-encoded; text types as UTF-8 strings.</summary>
    public static bool IsBinary(this DocumentType type) => type is DocumentType.Pdf or DocumentType.Docx;
}
