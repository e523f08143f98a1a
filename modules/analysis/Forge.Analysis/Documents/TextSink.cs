using System.Text;

namespace Forge.Analysis.Documents;

/// <summary>
/// Collects extracted text with a hard cap, so a document that expands into megabytes of text stops
/// growing at the cap instead of after the whole document was read. The cap on raw text is twice the
/// output cap: whitespace collapsed by <see cref="PlainTextNormalizer"/> does not count against a document.
/// </summary>
internal sealed class TextSink(ExtractionContext context)
{
    private readonly StringBuilder _text = new();
    private readonly int _rawLimit = context.Options.MaxTextChars * 2;

    public int Length => _text.Length;

    public TextSink Append(string? value)
    {
        if (string.IsNullOrEmpty(value)) return this;
        EnsureRoom(value.Length);
        _text.Append(value);
        return this;
    }

    public TextSink Append(char value)
    {
        EnsureRoom(1);
        _text.Append(value);
        return this;
    }

    /// <summary>Appends <paramref name="separator"/> only within a line that already has text (a cell after a cell).</summary>
    public TextSink Separate(string separator) => _text.Length > 0 && _text[^1] != '\n' ? Append(separator) : this;

    /// <summary>Ends the current line unless the text already ends with one.</summary>
    public TextSink EndLine()
    {
        if (_text.Length > 0 && _text[^1] != '\n') Append('\n');
        return this;
    }

    /// <summary>Ends the current block with a blank line (a paragraph or page break).</summary>
    public TextSink EndBlock()
    {
        EndLine();
        if (_text.Length > 1 && _text[^2] != '\n') Append('\n');
        return this;
    }

    /// <summary>The normalised text; fails with DOC004 when it is still longer than the output cap.</summary>
    public string ToNormalizedText()
    {
        var text = PlainTextNormalizer.Normalize(_text.ToString());
        if (text.Length > context.Options.MaxTextChars) TooLong();
        return text;
    }

    private void EnsureRoom(int count)
    {
        if (_text.Length + count > _rawLimit) TooLong();
    }

    private void TooLong() => context.Fail(DocumentErrorCodes.ExceedsLimits,
        $"the document's text is longer than {context.Options.MaxTextChars} characters.");
}
