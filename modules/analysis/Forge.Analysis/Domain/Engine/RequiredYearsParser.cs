using System.Text.RegularExpressions;

namespace Forge.Analysis.Domain.Engine;

/// <summary>What a posting asks in years: a minimum, and whether newcomers are welcome.</summary>
internal readonly record struct YearsRequirement(int? MinimumYears, bool EntryLevelAccepted);

/// <summary>
/// Reads "3년 이상", "경력 5년↑", "3~5년", "5+ years", "at least 3 years", "minimum of 4 years", "3-5 years"
/// (the lower bound), and 신입 / 경력 무관 / entry level; a ceiling ("경력 2년 이하", "up to 2 years") is no minimum. Only the title, summary and required lines count:
/// "5년 이상 우대" is a preference, not a requirement. The largest stated minimum wins.
/// </summary>
internal static partial class RequiredYearsParser
{
    [GeneratedRegex(@"(?<n>\d{1,2})\s*(?:년|년차)\s*(?:이상|↑|以上)|경력\s*(?<n>\d{1,2})\s*년(?!\s*(?:이하|미만|以下|까지))|(?<n>\d{1,2})\s*[~\-]\s*\d{1,2}\s*년|(?<n>\d{1,2})\s*\+\s*(?:years?|yrs?)|(?<n>\d{1,2})\s*(?:or\s+more|plus)\s+years?|(?:at\s+least\s+|minimum\s+(?:of\s+)?|min\.?\s+)(?<n>\d{1,2})\s+years?|(?<n>\d{1,2})\s*(?:-|–|to)\s*\d{1,2}\s+years?|(?<n>\d{1,2})\s+years?\s+(?:of\s+)?(?:[\w/-]+\s+){0,4}experience|^\W*(?<n>\d{1,2})\s+years?['’]?\s+(?:in|as|at|working|handling|managing|leading|running)\s|(?<w>one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:\(\d+\)\s*)?(?:or\s+more\s+)?years?", RegexOptions.IgnoreCase)]
    private static partial Regex Minimum();

    [GeneratedRegex(@"신입|경력\s*무관|경력무관|entry[\s-]level|new\s+grad|no\s+(?:prior\s+)?experience\s+(?:is\s+)?(?:required|necessary)|graduates\s+welcome|0\+?\s*years?", RegexOptions.IgnoreCase)]
    private static partial Regex EntryLevel();

    // ADR 80: a note that welcomes newcomers ("(신입 지원 가능)", "(신입/경력 무관)"), not one that only names them
    // ("(신입사원 온보딩 포함)", "(신입 지원 불가)").
    [GeneratedRegex(@"신입\s*(?:지원\s*)?(?:가능|환영)|신입\s*/\s*경력|경력\s*무관|경력무관|graduates\s+welcome|entry[\s-]level\s+(?:welcome|considered)", RegexOptions.IgnoreCase)]
    private static partial Regex EntryNote();

    // "up to 2 years", "최대 3년": a ceiling, not a minimum (ADR 57).
    [GeneratedRegex(@"(?:up\s+to|no\s+more\s+than|less\s+than|under|maximum(?:\s+of)?|max\.?|최대)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Ceiling();

    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>
    /// Each requirement as the text its minimums are read from (a required line without its parenthesised notes, which
    /// may be preferences: "(5년 이상 우대)") and its whole text, where a note welcoming newcomers counts ("(신입 지원 가능)", ADR 80).
    /// </summary>
    public static YearsRequirement Parse(IEnumerable<(string Minimums, string Whole)> requirements)
    {
        int? minimum = null;
        var entry = false;
        foreach (var (text, whole) in requirements)
        {
            foreach (Match m in Minimum().Matches(text))
            {
                if (Ceiling().IsMatch(text.AsSpan(0, m.Index))) continue;
                var years = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value) : Array.IndexOf(Words, m.Groups["w"].Value.ToLowerInvariant());
                if (years is > 0 and <= 30) minimum = Math.Max(minimum ?? 0, years);
            }
            if (EntryLevel().IsMatch(text) || Weighing.On("entry-in-note") && EntryNote().IsMatch(whole)) entry = true;
        }
        return new YearsRequirement(minimum, entry && minimum is null);
    }
}
