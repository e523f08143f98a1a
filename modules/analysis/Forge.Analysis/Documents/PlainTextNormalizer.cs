using System.Globalization;
using System.Text;

namespace Forge.Analysis.Documents;

/// <summary>
/// The text every reader hands to the engine: NFC (decomposed Hangul jamo and accents compose, so a
/// skill matches however the document encoded it), <c>\n</c> line ends, spaces collapsed within a line,
/// invisible characters dropped, at most one blank line between blocks, nothing at either end.
/// </summary>
public static class PlainTextNormalizer
{
    public static string Normalize(string raw)
    {
        var text = raw.IsNormalized(NormalizationForm.FormC) ? raw : raw.Normalize(NormalizationForm.FormC);
        var output = new StringBuilder(text.Length);
        var pendingSpace = false;
        var newlines = 0;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') continue;
                c = '\n';
            }

            if (c is '\n' or '\f' or '\v' or '\u2028' or '\u2029' or '\u0085')
            {
                pendingSpace = false;
                if (output.Length > 0 && newlines < 2) { output.Append('\n'); newlines++; }
                continue;
            }
            if (IsInvisible(c)) continue;
            if (c == '\t' || char.IsWhiteSpace(c))
            {
                pendingSpace = output.Length > 0 && newlines == 0;
                continue;
            }

            if (pendingSpace) output.Append(' ');
            pendingSpace = false;
            newlines = 0;
            output.Append(c);
        }

        while (output.Length > 0 && output[^1] == '\n') output.Length--;
        return output.ToString();
    }

    // Zero-width characters, BOMs, soft hyphens and control characters carry no text; keeping them would
    // split words ("Ja\u200Bva") and skew the engine's evidence spans.
    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD'
        || (char.IsControl(c) && c != '\t')
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && !char.IsSurrogate(c);
}
