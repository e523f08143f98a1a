using System.Text;

namespace Forge.NotionForge.Application.Documents;

/// <summary>The kinds of upload document-to-notion converts (seed: <c>.txt</c>, <c>.md</c>, <c>.csv</c>).</summary>
public enum DocumentKind
{
    Text,
    Markdown,
    Csv,
}

/// <summary>
/// Decides what an upload is from its name <em>and</em> its bytes (ADR 52): the extension picks the converter, the
/// content must be text — an executable, archive, image or PDF renamed <c>.md</c>, binary data (NUL or control
/// bytes) or text that is not UTF-8 is <c>INVALID_INPUT</c> naming <c>file</c>. A UTF-8 byte order mark is dropped.
/// </summary>
public static class DocumentSniffer
{
    public const string Field = "file";

    private static readonly (byte[] Magic, string What)[] Signatures =
    [
        ("MZ"u8.ToArray(), "a Windows executable"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an ELF executable"),
        ([0xCF, 0xFA, 0xED, 0xFE], "a Mach-O executable"),
        ([0xCA, 0xFE, 0xBA, 0xBE], "a Mach-O or Java class file"),
        ("PK\u0003\u0004"u8.ToArray(), "a ZIP archive (or an Office document)"),
        ("%PDF"u8.ToArray(), "a PDF"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x1F, 0x8B], "a gzip archive"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"),
        ([0xFF, 0xFE], "UTF-16 text"),
        ([0xFE, 0xFF], "UTF-16 text"),
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DocumentKind KindOf(string? fileName) =>
        Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
        {
            ".txt" => DocumentKind.Text,
            ".md" or ".markdown" => DocumentKind.Markdown,
            ".csv" => DocumentKind.Csv,
            var other => throw NotionForgeErrors.InvalidInput(Field,
                $"Only .txt, .md and .csv files can be converted{(other.Length > 0 ? $", not '{other}'" : " (the file has no extension)")}."),
        };

    /// <summary>The upload's text, or the refusal saying why it is not a text document.</summary>
    public static string ReadText(ReadOnlySpan<byte> bytes, DocumentKind kind)
    {
        if (bytes.IsEmpty) throw NotionForgeErrors.InvalidInput(Field, "The file is empty.");
        foreach (var (magic, what) in Signatures)
            if (bytes.StartsWith(magic))
                throw NotionForgeErrors.InvalidInput(Field, $"The file's content is {what}, not {Describe(kind)}; renaming a file does not change what it is.");
        if (bytes.IndexOf((byte)0) is var nul and >= 0)
            throw NotionForgeErrors.InvalidInput(Field, $"The file contains binary data (a NUL byte at offset {nul}), not {Describe(kind)}.");

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw NotionForgeErrors.InvalidInput(Field, $"The file is not UTF-8 text (invalid bytes at offset {e.Index}); save it as UTF-8 and upload it again.");
        }

        // Text has tabs and line breaks; other control characters in more than a trace mean binary data.
        var controls = text.Count(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'));
        if (controls > Math.Max(8, text.Length / 100))
            throw NotionForgeErrors.InvalidInput(Field, $"The file contains binary data ({controls} control characters), not {Describe(kind)}.");
        if (string.IsNullOrWhiteSpace(text)) throw NotionForgeErrors.InvalidInput(Field, "The file has no content (only whitespace).");
        return text;
    }

    private static string Describe(DocumentKind kind) => kind switch
    {
        DocumentKind.Markdown => "Markdown text",
        DocumentKind.Csv => "CSV text",
        _ => "plain text",
    };
}
