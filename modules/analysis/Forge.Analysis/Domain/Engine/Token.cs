namespace Forge.Analysis.Domain.Engine;

internal enum Script { Latin, Hangul, Other }

/// <summary>A word of the text: its span, original spelling and lower-case form.</summary>
internal readonly record struct Token(int Start, string Text, string Lower, Script Script)
{
    public int End => Start + Text.Length;
}
