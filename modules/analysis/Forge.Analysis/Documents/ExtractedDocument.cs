namespace Forge.Analysis.Documents;

/// <summary>
/// A document's text: NFC-normalised, <c>\n</c> line ends, one block (paragraph, list item, table row)
/// per line, a blank line at most between blocks, at most <see cref="DocumentOptions.MaxTextChars"/> long.
/// </summary>
/// <param name="ReadAs">The format the bytes were actually read as (sniffed; may differ from the declared type).</param>
/// <param name="PageCount">Pages of a PDF; null for the other formats.</param>
public sealed record ExtractedDocument(string Text, DocumentType ReadAs, int? PageCount);
