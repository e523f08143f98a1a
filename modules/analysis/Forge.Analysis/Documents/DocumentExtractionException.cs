namespace Forge.Analysis.Documents;

/// <summary>
/// A document that cannot be turned into text: the analysis ends <c>FAILED</c> with <see cref="Code"/>
/// and <see cref="Exception.Message"/>. The message names the field and the limit, never the document's
/// content (resume text is personal data), and the library exception that caused it is not attached —
/// parsers put fragments of the input in their messages — only its type name in <see cref="CauseType"/>.
/// </summary>
public sealed class DocumentExtractionException(string code, string field, string message, string? causeType = null)
    : Exception(message)
{
    /// <summary>One of the <c>DOC00x</c> codes in <see cref="DocumentErrorCodes"/>.</summary>
    public string Code { get; } = code;

    /// <summary>The request field of the document, e.g. <c>resumeData</c> or <c>analyses[3].jobPostingData</c>.</summary>
    public string Field { get; } = field;

    /// <summary>The type name of the parser's exception, for diagnostics without content.</summary>
    public string? CauseType { get; } = causeType;
}
