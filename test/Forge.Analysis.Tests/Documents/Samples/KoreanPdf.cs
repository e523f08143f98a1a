using System.Text;

namespace Forge.Analysis.Tests.Documents.Samples;

/// <summary>
/// A PDF with Korean text. No font on this machine (nor in the PDFsharp package) has Hangul glyphs, so
/// instead of PDFsharp this writes what a Korean word processor's export amounts to for a text reader:
/// a Type0 font (Identity-H, not embedded) whose ToUnicode CMap maps each code to its character.
/// </summary>
public static class KoreanPdf
{
    public static byte[] Write(params string[] lines)
    {
        var characters = lines.SelectMany(l => l).Distinct().ToList();
        string Codes(string line) => string.Concat(line.Select(c => (characters.IndexOf(c) + 1).ToString("X4")));

        var content = new StringBuilder("BT /F1 12 Tf 50 780 Td 14 TL\n");
        foreach (var line in lines) content.Append($"<{Codes(line)}> Tj T*\n");
        content.Append("ET");

        var cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            + "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        foreach (var chunk in characters.Select((c, i) => (c, i)).Chunk(100))
        {
            cmap.Append($"{chunk.Length} beginbfchar\n");
            foreach (var (c, i) in chunk) cmap.Append($"<{i + 1:X4}> <{(int)c:X4}>\n");
            cmap.Append("endbfchar\n");
        }
        cmap.Append("endcmap CMapName currentdict /CMap defineresource pop end end");

        return MinimalPdf.Write(MinimalPdf.OnePage(
            new MinimalPdf.PdfObject("", Encoding.ASCII.GetBytes(content.ToString())),
            new MinimalPdf.PdfObject("<< /Type /Font /Subtype /Type0 /BaseFont /NanumGothic /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>"),
            new MinimalPdf.PdfObject("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NanumGothic /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 /CIDToGIDMap /Identity >>"),
            new MinimalPdf.PdfObject("<< /Type /FontDescriptor /FontName /NanumGothic /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>"),
            new MinimalPdf.PdfObject("", Encoding.ASCII.GetBytes(cmap.ToString()))));
    }
}
