using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Forge.NotionForge.Application.Documents;

/// <summary>
/// Infers a Notion property type from a column's non-empty cells (ADR 52), the first that fits every cell:
/// checkbox (true/false, yes/no, y/n, ✓/✗), number (invariant, thousands separators allowed), date (yyyy-MM-dd,
/// yyyy/MM/dd, yyyy.MM.dd or an ISO date-time; written yyyy-MM-dd), url (absolute http(s)), email, select (few
/// distinct values, each a valid option name), else rich_text. An empty column is rich_text.
/// </summary>
internal static partial class ColumnTypes
{
    private static readonly string[] True = ["true", "yes", "y", "✓", "✔", "o", "예"];
    private static readonly string[] False = ["false", "no", "n", "✗", "✘", "x", "아니오"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d"];

    /// <summary>Select when at most this many distinct values, and at most half as many as the cells (so repetition shows).</summary>
    public const int MaxSelectOptions = 20;
    public const int MaxOptionLength = 100;

    public static string Infer(IReadOnlyList<string> cells)
    {
        var values = cells.Where(c => c.Length > 0).ToList();
        if (values.Count == 0) return "rich_text";
        if (values.All(v => Bool(v) is not null)) return "checkbox";
        if (values.All(v => Number(v) is not null)) return "number";
        if (values.All(v => Date(v) is not null)) return "date";
        if (values.All(IsUrl)) return "url";
        if (values.All(v => v.Length <= 200 && Email().IsMatch(v))) return "email";
        var distinct = values.Distinct(StringComparer.Ordinal).Count();
        if (values.Count >= 4 && distinct <= MaxSelectOptions && distinct * 2 <= values.Count
            && values.All(v => v.Length <= MaxOptionLength && !v.Contains(',')))
            return "select";
        return "rich_text";
    }

    /// <summary>The cell as the blueprint's sample value for <paramref name="type"/> (the cell fits: it was inferred from it).</summary>
    public static JsonElement Value(string type, string cell) => type switch
    {
        "checkbox" => JsonSerializer.SerializeToElement(Bool(cell)!.Value),
        "number" => JsonSerializer.SerializeToElement(Number(cell)!.Value),
        "date" => JsonSerializer.SerializeToElement(Date(cell)!),
        _ => JsonSerializer.SerializeToElement(cell),
    };

    private static bool? Bool(string v) =>
        True.Contains(v, StringComparer.OrdinalIgnoreCase) ? true : False.Contains(v, StringComparer.OrdinalIgnoreCase) ? false : null;

    private static double? Number(string v) =>
        double.TryParse(v, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;

    private static string? Date(string v)
    {
        if (DateOnly.TryParseExact(v, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // An ISO date-time keeps its date (the blueprint's dates are days).
        return v.Length >= 16 && v[10] == 'T' && DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t)
            ? v[..10]
            : null;
    }

    private static bool IsUrl(string v) =>
        v.Length <= 2000 && Uri.TryCreate(v, UriKind.Absolute, out var u) && u.Scheme is "http" or "https";

    [GeneratedRegex(@"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$")]
    private static partial Regex Email();
}
