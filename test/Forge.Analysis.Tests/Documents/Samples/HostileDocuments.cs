using System.IO.Compression;
using System.Text;

namespace Forge.Analysis.Tests.Documents.Samples;

/// <summary>Documents built to hurt a reader: ZIP bombs (honest and lying sizes), OLE-wrapped (encrypted) Office files, truncations.</summary>
public static class HostileDocuments
{
    /// <summary>A valid DOCX plus an XML part of <paramref name="uncompressedBytes"/> spaces, which deflate about 1000:1.</summary>
    public static byte[] DocxWithBomb(long uncompressedBytes, string partName = "customXml/item1.xml")
    {
        var docx = SampleDocx.Build([SampleDocx.Para("Jane Doe, backend engineer")]);
        using var output = new MemoryStream();
        output.Write(docx);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var part = zip.CreateEntry(partName, CompressionLevel.Optimal).Open();
            part.Write("<a>"u8);
            var chunk = new byte[1024 * 1024];
            chunk.AsSpan().Fill((byte)' ');
            for (long written = 0; written < uncompressedBytes; written += chunk.Length)
                part.Write(chunk, 0, (int)Math.Min(chunk.Length, uncompressedBytes - written));
            part.Write("</a>"u8);
        }
        return output.ToArray();
    }

    /// <summary>
    /// The bomb with its sizes lied about: the local and central headers of the part declare
    /// <paramref name="declaredBytes"/> uncompressed, so only reading it shows what it inflates to.
    /// </summary>
    public static byte[] DocxWithLyingBomb(long uncompressedBytes, uint declaredBytes)
    {
        const string name = "customXml/item1.xml";
        var bytes = DocxWithBomb(uncompressedBytes, name);
        var nameBytes = Encoding.ASCII.GetBytes(name);
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            // Local file header: PK 03 04, uncompressed size at 22, name at 30.
            if (bytes.AsSpan(i).StartsWith("PK\x03\x04"u8) && bytes.AsSpan(i + 30).StartsWith(nameBytes))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22), declaredBytes);
                patched++;
            }
            // Central directory header: PK 01 02, uncompressed size at 24, name at 46.
            if (bytes.AsSpan(i).StartsWith("PK\x01\x02"u8) && bytes.AsSpan(i + 46).StartsWith(nameBytes))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24), declaredBytes);
                patched++;
            }
        }
        if (patched != 2) throw new InvalidOperationException($"expected to patch 2 headers, patched {patched}");
        return bytes;
    }

    /// <summary>A valid DOCX plus an XML part of <paramref name="bytes"/> random words (compresses about 2:1, like real text).</summary>
    public static byte[] DocxWithLargeXmlPart(int bytes)
    {
        var docx = SampleDocx.Build([SampleDocx.Para("Jane Doe")]);
        var random = new Random(39);
        var words = new byte[bytes];
        for (var i = 0; i < words.Length; i++) words[i] = i % 8 == 7 ? (byte)' ' : (byte)('a' + random.Next(26));
        using var output = new MemoryStream();
        output.Write(docx);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var part = zip.CreateEntry("customXml/item1.xml", CompressionLevel.Fastest).Open();
            part.Write("<a>"u8);
            part.Write(words);
            part.Write("</a>"u8);
        }
        return output.ToArray();
    }

    /// <summary>A DOCX package with <paramref name="entries"/> tiny entries.</summary>
    public static byte[] DocxWithManyEntries(int entries)
    {
        var docx = SampleDocx.Build([SampleDocx.Para("Jane Doe")]);
        using var output = new MemoryStream();
        output.Write(docx);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
            for (var i = 0; i < entries; i++)
                zip.CreateEntry($"word/media/x{i}.bin", CompressionLevel.NoCompression).Open().Dispose();
        return output.ToArray();
    }

    /// <summary>
    /// The shape of a password-protected DOCX: an OLE compound file (D0 CF 11 E0 A1 B1 1A E1) whose directory
    /// names the <c>EncryptionInfo</c> and <c>EncryptedPackage</c> streams (UTF-16LE), as Office writes it.
    /// </summary>
    public static byte[] EncryptedOfficeFile()
    {
        var bytes = new byte[4096];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1152);
        new Random(39).NextBytes(bytes.AsSpan(2048));
        return bytes;
    }

    /// <summary>An OLE compound file without encryption streams: what a legacy .doc looks like.</summary>
    public static byte[] LegacyDoc()
    {
        var bytes = new byte[2048];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("WordDocument").CopyTo(bytes, 1024);
        return bytes;
    }

    public static byte[] Truncated(byte[] document, double keep = 0.5) => document[..(int)(document.Length * keep)];
}
