using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace Forge.Analysis.Tests.Documents.Samples;

/// <summary>
/// PDFsharp's core build needs a font resolver on Linux. Sample PDFs use the Segoe WP fonts that ship
/// inside the PDFsharp package (no dependence on the machine's fonts), which cover Latin text but not
/// Hangul: Korean PDFs are written by <see cref="KoreanPdf"/> instead.
/// </summary>
public sealed class SampleFonts : IFontResolver
{
    public const string Family = "Segoe WP";
    private static readonly Lock Gate = new();

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is SampleFonts) return;
            GlobalFontSettings.FontResolver = new SampleFonts();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "SegoeWPBold" : "SegoeWP");

    public byte[] GetFont(string faceName) => faceName == "SegoeWPBold" ? FontDataHelper.SegoeWPBold : FontDataHelper.SegoeWP;
}
