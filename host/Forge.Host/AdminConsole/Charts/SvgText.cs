using System.Globalization;
using System.Text;
using System.Xml;

namespace Forge.Host.AdminConsole.Charts;

/// <summary>Text and numbers as they may appear in SVG markup.</summary>
internal static class SvgText
{
    /// <summary>
    /// Escapes for both element text and attribute values. Characters XML cannot carry at all
    /// (control characters, lone surrogates) are dropped: a tenant-supplied label must never make
    /// the page's markup invalid.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            if (!XmlConvert.IsXmlChar(c)) continue;
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>A coordinate: invariant culture, at most two decimals.</summary>
    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An axis or tooltip value, short: 950, 1.5k, 2M, 0.25.</summary>
    public static string Compact(double value) => Math.Abs(value) switch
    {
        >= 1_000_000 => (value / 1_000_000).ToString("0.##", CultureInfo.InvariantCulture) + "M",
        >= 10_000 => (value / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        _ => value.ToString("0.###", CultureInfo.InvariantCulture),
    };

    /// <summary>A short day label: "Nov 3".</summary>
    public static string Day(DateOnly day) => day.ToString("MMM d", CultureInfo.InvariantCulture);
}
