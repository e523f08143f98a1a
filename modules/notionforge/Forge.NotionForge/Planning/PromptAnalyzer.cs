using System.Text.RegularExpressions;

namespace Forge.NotionForge.Planning;

/// <summary>
/// Reads intent, skill, template type, complexity and language from a prompt by keyword scoring (ADR 44): per
/// skill, each keyword counts once — 4 for a phrase found whole, 3 for an exact word (after particle stripping or
/// singularising), 2 for a Korean keyword inside a compound word. The highest score wins; ties go to the skill
/// listed first (ids in ordinal order), so the choice never depends on anything but the prompt.
/// </summary>
public static partial class PromptAnalyzer
{
    private static readonly (string Type, string[] Words)[] TemplateWords =
    [
        ("dashboard", ["대시보드", "dashboard", "hub"]),
        ("kanban", ["칸반", "kanban", "보드", "board"]),
        ("calendar", ["캘린더", "달력", "calendar"]),
        ("tracker", ["트래커", "tracker", "추적"]),
        ("wiki", ["위키", "wiki", "문서화"]),
    ];

    private static readonly string[] SimpleWords = ["간단", "심플", "기본", "최소", "simple", "basic", "minimal", "quick", "lightweight"];
    private static readonly string[] AdvancedWords = ["고급", "상세", "자세", "완벽", "본격", "전문", "종합", "advanced", "detailed", "complete", "comprehensive", "full", "professional"];
    private static readonly string[] ModifyWords = ["추가해", "바꿔", "변경", "삭제", "이름을", "add a", "rename", "remove", "delete"];

    public static PromptAnalysis Analyze(string prompt, PlanOptions options)
    {
        var text = PromptText.Parse(prompt);
        var skills = SkillCatalog.BuiltIn;
        var scores = skills.Select(s => Score(s, text)).ToList();
        var best = 0;
        for (var i = 1; i < scores.Count; i++)
            if (scores[i] > scores[best]) best = i;
        var top = scores[best];
        var tied = scores.Count(s => s == top) > 1;
        // One exact keyword is enough to act on (0.70); a tie or no keyword at all asks the user first.
        var confidence = top == 0 ? 0 : Math.Round(Math.Min(1.0, 0.55 + 0.05 * top) * (tied ? 0.7 : 1.0), 2);

        var skill = top == 0 ? SkillCatalog.Find("project_management")! : skills[best];
        return new PromptAnalysis(
            Has(text, ModifyWords) ? PlanIntents.Modify : PlanIntents.Create,
            skill,
            top,
            confidence,
            Language(text, options),
            TemplateWords.FirstOrDefault(t => Has(text, t.Words)).Type ?? skill.TemplateType,
            options.Complexity ?? (Has(text, AdvancedWords) || AsksForSeveralDatabases(prompt) ? "advanced" : Has(text, SimpleWords) ? "simple" : "standard"));
    }

    /// <summary>"5개 DB", "3 databases", "데이터베이스 2개": more than one database is the advanced layout's.</summary>
    private static bool AsksForSeveralDatabases(string prompt) => SeveralDatabases().Matches(prompt)
        .Any(m => int.TryParse(m.Groups["n"].Success ? m.Groups["n"].Value : m.Groups["m"].Value, out var n) && n >= 2);

    [GeneratedRegex(@"(?<n>\d+)\s*(개\s*)?(db|dbs|database|databases|데이터베이스)|(db|데이터베이스)\s*(?<m>\d+)\s*개", RegexOptions.IgnoreCase)]
    private static partial Regex SeveralDatabases();

    internal static int Score(SkillDefinition skill, PromptText text)
    {
        var score = 0;
        foreach (var keyword in skill.Keywords.Ko.Concat(skill.Keywords.En).Select(k => k.ToLowerInvariant()).Distinct())
        {
            if (keyword.Contains(' ')) score += text.Normalized.Contains($" {keyword} ", StringComparison.Ordinal) ? 4 : 0;
            else if (text.Words.Contains(keyword)) score += 3;
            else if (PromptText.IsHangul(keyword[0]) && keyword.Length >= 2 && text.Words.Any(w => w.Length > keyword.Length && w.Contains(keyword, StringComparison.Ordinal))) score += 2;
        }

        return score;
    }

    private static PlanLanguage Language(PromptText text, PlanOptions options) => options.Language switch
    {
        "ko" => PlanLanguage.Korean,
        "en" => PlanLanguage.English,
        _ => text.IsKorean ? PlanLanguage.Korean : PlanLanguage.English,
    };

    /// <summary>Korean cue words match inside words (간단한, 대시보드로); English ones match whole words or phrases.</summary>
    private static bool Has(PromptText text, string[] cues) => cues.Any(cue =>
        PromptText.IsHangul(cue[0])
            ? text.Normalized.Contains(cue, StringComparison.Ordinal)
            : text.Normalized.Contains($" {cue} ", StringComparison.Ordinal));
}
