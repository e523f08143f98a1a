using System.Text;

namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Brings input text to the one form every rule reads: NFC (so a Hangul syllable typed as jamo matches
/// the dictionary's precomposed form) and odd spaces as plain spaces. Character replacements are one for
/// one, so evidence spans index the normalised text exactly.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return string.Create(nfc.Length, nfc, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    '\u00A0' or '\u2007' or '\u202F' or '\u3000' or '\t' => ' ',
                    '\uFF5E' or '\u301C' => '~',   // full-width and wave-dash tildes in Korean date ranges
                    '\u2013' or '\u2014' or '\u2212' => '-',
                    _ => source[i],
                };
            }
        });
    }
}
