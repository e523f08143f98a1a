using System.Text.RegularExpressions;

namespace Forge.Analysis.Domain.Engine;

/// <summary>A dated role: months are counted inclusively (Mar–Aug = 6); <see cref="EndMonth"/> null = until now.</summary>
internal readonly record struct DateRange(int StartMonth, int? EndMonth, int Start, int Length)
{
    /// <summary>Months since year 0: year * 12 + (month − 1).</summary>
    public static int MonthIndex(int year, int month) => year * 12 + month - 1;

    public static string Format(int monthIndex) => $"{monthIndex / 12:D4}-{monthIndex % 12 + 1:D2}";
}

/// <summary>
/// Reads date ranges as resumes write them: "2019.03 ~ 현재", "2019-03 - 2021-08", "2019년 3월 ~ 2021년 8월",
/// "Mar 2019 – Present", "03/2019 - 08/2021", "2018 - 2020" (a bare year runs January to December).
/// </summary>
internal static partial class DateRangeParser
{
    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private const string Numeric = @"(?<y{0}>(?:19|20)\d{{2}})\s*(?:[./-]|년)\s*(?<m{0}>1[0-2]|0?[1-9])(?!\d)\s*(?:월|\.)?";
    private const string Named = @"(?<n{0}>" + Month + @")\.?,?\s+(?<ny{0}>(?:19|20)\d{{2}})";
    private const string Slashed = @"(?<sm{0}>1[0-2]|0?[1-9])\s*/\s*(?<sy{0}>(?:19|20)\d{{2}})";
    private const string YearOnly = @"(?<yo{0}>(?:19|20)\d{{2}})(?:\s*년)?";
    private const string Present = @"(?<now>현재|재직\s*중|재직중|진행\s*중|present|current|now|today|to\s+date|ongoing)";

    private static string DatePattern(string n) =>
        "(?:" + string.Format(Numeric, n) + "|" + string.Format(Named, n) + "|" + string.Format(Slashed, n) + "|" + string.Format(YearOnly, n) + ")";

    private static readonly Regex Range = new(
        @"(?<![\d.])" + DatePattern("1") + @"\s*(?:~|-|–|—|to|until|부터)\s*(?:" + DatePattern("2") + "|" + Present + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex AnyDate = new(
        string.Format(Numeric, "a") + "|" + string.Format(Named, "a") + "|" + string.Format(Slashed, "a"),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static bool HasDate(string text) => AnyDate.IsMatch(text);

    public static IEnumerable<DateRange> Find(string text, int offset, int length, int asOfMonth)
    {
        var slice = text.Substring(offset, length);
        foreach (Match m in Range.Matches(slice))
        {
            var start = Read(m, "1", isEnd: false);
            int? end = m.Groups["now"].Success ? null : Read(m, "2", isEnd: true);
            if (start is null || (!m.Groups["now"].Success && end is null)) continue;
            var endOrNow = end ?? asOfMonth;
            if (endOrNow < start || start > asOfMonth) continue;
            yield return new DateRange(start.Value, end is null ? null : Math.Min(end.Value, asOfMonth), offset + m.Index, m.Length);
        }
    }

    private static int? Read(Match m, string n, bool isEnd)
    {
        if (m.Groups["y" + n].Success) return DateRange.MonthIndex(int.Parse(m.Groups["y" + n].Value), int.Parse(m.Groups["m" + n].Value));
        if (m.Groups["ny" + n].Success) return DateRange.MonthIndex(int.Parse(m.Groups["ny" + n].Value), MonthNumber(m.Groups["n" + n].Value));
        if (m.Groups["sy" + n].Success) return DateRange.MonthIndex(int.Parse(m.Groups["sy" + n].Value), int.Parse(m.Groups["sm" + n].Value));
        if (m.Groups["yo" + n].Success) return DateRange.MonthIndex(int.Parse(m.Groups["yo" + n].Value), isEnd ? 12 : 1);
        return null;
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };
}
