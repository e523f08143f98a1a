namespace Forge.Analysis.Domain.Engine;

/// <summary>One line of a text with its span; <see cref="Text"/> excludes the line break.</summary>
internal readonly record struct TextLine(int Index, int Start, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public static IReadOnlyList<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r') continue;
            lines.Add(new TextLine(lines.Count, start, text[start..i]));
            if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        return lines;
    }
}
