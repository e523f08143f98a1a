using System.Text;

namespace Forge.Analysis.Documents;

/// <summary>Strict decoding of bytes that claim to be text: a BOM decides UTF-16/UTF-8, otherwise valid UTF-8 only.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        text = "";
        try
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) text = new UnicodeEncoding(false, false, true).GetString(bytes[2..]);
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) text = new UnicodeEncoding(true, false, true).GetString(bytes[2..]);
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) text = StrictUtf8.GetString(bytes[3..]);
            else text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        return LooksLikeText(text);
    }

    // Valid UTF-8 can still be binary (a file of NULs is valid UTF-8); text has few control characters.
    private static bool LooksLikeText(string text)
    {
        if (text.Length == 0) return false;
        var controls = 0;
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) controls++;
        return controls * 100 <= text.Length;
    }
}
