namespace Forge.Analysis.Domain.Engine;

/// <summary>Dated roles of a resume and their total, overlaps counted once.</summary>
internal sealed record ExperienceTotal(int Months, IReadOnlyList<DateRange> Periods, int AsOfMonth)
{
    public int MonthsOf(DateRange period) => (period.EndMonth ?? AsOfMonth) - period.StartMonth + 1;

    public double Years => Math.Round(Months / 12.0, 1, MidpointRounding.AwayFromZero);
}

/// <summary>
/// Counts the months covered by dated roles in the experience section (or, in a resume without headings,
/// on any line that is not about education), merging overlaps. With no dated role it falls back to a
/// stated total ("7년차", "8 years of experience").
/// </summary>
internal static partial class ExperienceCalculator
{
    private static readonly string[] EducationWords = ["대학교", "대학원", "고등학교", "학사", "석사", "박사", "졸업", "university", "college", "bachelor", "master", "b.s.", "m.s.", "ph.d", "school", "부트캠프", "bootcamp", "교육과정", "수료"];

    [System.Text.RegularExpressions.GeneratedRegex(@"(\d{1,2})\s*년\s*(?:차|경력|간의?\s*경력)|경력\s*(\d{1,2})\s*년|(\d{1,2})\+?\s*years?\s+(?:of\s+)?(?:\w+\s+){0,3}experience", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex StatedYears();

    public static ExperienceTotal Calculate(string text, IReadOnlyList<TextLine> lines, ResumeSection[] sections, bool anyHeading, int asOfMonth)
    {
        var periods = new List<DateRange>();
        // ADR 83: a resume whose roles come first, under no heading, and whose only headings are education, training or
        // skills ("Fundraising Officer, Riverbank Hospice, March 2021 to present" … "Education"): the lines above the first
        // heading are its work history.
        var rolesAboveHeadings = anyHeading && Weighing.On("roles-before-headings") && !sections.Contains(ResumeSection.Experience);
        foreach (var line in lines)
        {
            if (line.IsBlank) continue;
            var counts = anyHeading
                ? sections[line.Index] == ResumeSection.Experience
                  || rolesAboveHeadings && sections[line.Index] == ResumeSection.Summary && !EducationWords.Any(w => line.Text.Contains(w, StringComparison.OrdinalIgnoreCase))
                : !EducationWords.Any(w => line.Text.Contains(w, StringComparison.OrdinalIgnoreCase));
            if (!counts) continue;
            periods.AddRange(DateRangeParser.Find(text, line.Start, line.Text.Length, asOfMonth));
        }
        if (periods.Count == 0) return new ExperienceTotal(StatedMonths(text), [], asOfMonth);
        return new ExperienceTotal(Union(periods, asOfMonth), periods, asOfMonth);
    }

    private static int Union(List<DateRange> periods, int asOfMonth)
    {
        var spans = periods.Select(p => (From: p.StartMonth, To: (p.EndMonth ?? asOfMonth) + 1)).OrderBy(s => s.From).ThenBy(s => s.To).ToList();
        var total = 0;
        var (from, to) = spans[0];
        foreach (var span in spans.Skip(1))
        {
            if (span.From <= to) { to = Math.Max(to, span.To); continue; }
            total += to - from;
            (from, to) = span;
        }
        return total + to - from;
    }

    private static int StatedMonths(string text)
    {
        var best = 0;
        foreach (System.Text.RegularExpressions.Match m in StatedYears().Matches(text))
        {
            var value = m.Groups.Cast<System.Text.RegularExpressions.Group>().Skip(1).FirstOrDefault(g => g.Success)?.Value;
            if (int.TryParse(value, out var years) && years <= 50) best = Math.Max(best, years * 12);
        }
        return best;
    }
}
