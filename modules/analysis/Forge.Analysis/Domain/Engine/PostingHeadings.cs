namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// The words postings use for their section headings. <see cref="Vocabulary"/> is matched from the start of
/// a line (<see cref="HeaderMatcher"/>); when none fits, <see cref="ByCue"/> reads a heading-shaped line
/// ("[이런 분이면 더 좋아요]", "It would be great if you have:", "1. 담당업무" followed by "- …" items) by the
/// cue words it contains, because postings word their headings freely (ADR 48).
/// </summary>
internal static class PostingHeadings
{
    // Order matters: "preferred qualifications" must be seen before "qualifications".
    public static readonly (string, PostingSection)[] Vocabulary =
    [
        .. Of(PostingSection.Preferred,
            "preferred qualifications", "preferred skills", "preferred", "nice to have", "nice-to-have", "bonus points", "bonus",
            "pluses", "it's a plus if", "extra credit", "good to have", "desirable criteria", "desirable", "desired skills", "also welcome",
            "우대 사항", "우대사항", "우대 조건", "우대조건", "우대 요건", "우대요건", "우대"),
        .. Of(PostingSection.Required,
            "required qualifications", "minimum qualifications", "basic qualifications", "qualifications", "requirements",
            "required skills", "required", "must have", "must-have", "essential criteria", "what we're looking for",
            "what we are looking for", "who you are", "you have", "what you bring", "what you'll bring", "what you will bring",
            "what you need", "you bring", "about you", "skills and experience",
            "자격 요건", "자격요건", "지원 자격", "지원자격", "필수 요건", "필수요건", "필수 사항", "필수사항", "필수 역량",
            "자격 조건", "자격조건", "이런 분을 찾습니다", "이런 분을 찾아요", "필수"),
        .. Of(PostingSection.Responsibilities,
            "responsibilities", "key responsibilities", "what you'll do", "what you will do", "the role", "your role", "duties",
            "job duties", "in this role", "day to day",
            "주요 업무", "주요업무", "담당 업무", "담당업무", "업무 내용", "업무내용", "하는 일", "합류하면 하게 될 일", "이런 일을 해요", "이런 일을 하게 돼요"),
        .. Of(PostingSection.Other,
            "benefits", "perks", "what we offer", "compensation", "how to apply", "hiring process", "interview process",
            "location", "working conditions", "employment type",
            "혜택 및 복지", "혜택", "복지", "복리후생", "채용 절차", "채용절차", "전형 절차", "전형절차", "근무 조건", "근무조건",
            "근무지", "근무 장소", "근무 형태", "고용 형태", "제출 서류", "기타 사항", "유의 사항"),
        .. Of(PostingSection.Summary,
            "about us", "about the company", "about the role", "회사 소개", "팀 소개", "포지션 소개"),
    ];

    // Cue words, tried section by section in this order: a preferred cue wins over a required one
    // ("이런 분이면 더 좋아요", "great if you have"), and other matter over both ("채용 절차", "what you'll get").
    private static readonly (PostingSection Section, string[] Cues)[] Cues =
    [
        (PostingSection.Preferred, [
            "우대", "더 좋", "더욱 좋", "있으면 좋", "있다면 좋", "환영", "플러스", "가산점", "선호",
            "nice to have", "nice-to-have", "bonus", "plus", "preferred", "desirable", "desired", "good to have", "great if",
            "would be great", "would be nice", "even better", "extra point", "extra credit", "we'd love", "we would love",
            "would love", "ideally", "advantage", "welcome", "optional", "stand out", "not required"]),
        (PostingSection.Other, [
            "복지", "혜택", "절차", "전형", "채용 과정", "합류 과정", "지원 방법", "지원하기", "접수", "근무 조건", "근무조건",
            "근무 환경", "근무지", "근무 형태", "급여", "연봉", "처우", "기타", "참고", "유의", "제출", "마감", "합류 여정", "채용 여정",
            "benefit", "perk", "we offer", "offer you", "apply", "process", "next step", "salary", "compensation",
            "location", "why join", "why you'll love", "in it for you", "what you'll get", "what you get", "working here",
            "equal opportunit", "additional information"]),
        (PostingSection.Required, [
            "자격", "요건", "필수", "필요", "찾아요", "찾습니다", "찾고 있", "함께하고 싶", "모시고 싶", "원해요", "원합니다", "이런 분",
            "requirement", "qualification", "must", "essential", "looking for", "you have", "you'll have", "you will have", "you will need", "you should",
            "should have", "need", "who you are", "your profile", "your background", "about you", "bring", "skills and experience",
            "experience and skills", "skills & experience", "what it takes", "minimum", "expect from you", "you are", "you're",
            "competenc", "key skills", "prerequisite", "criteria"]),
        (PostingSection.Responsibilities, [
            "업무", "하는 일", "하게 될 일", "하게 돼요", "하게 되요", "할 일", "될 일", "갈 일", "하실 일", "일을 해요", "담당", "역할", "미션", "함께할 일",
            "responsibilit", "what you'll do", "you will", "you'll", "work on", "be doing", "duties", "role", "mission",
            "day to day", "day-to-day", "impact", "the job", "tasks", "accountabilit", "opportunity"]),
        (PostingSection.Summary, ["회사 소개", "팀 소개", "소개", "about us", "about the company", "about the team", "who we are"]),
    ];

    // ADR 83: headings written as a question or as what the reader gets ("어떤 일을 하나요", "함께하면 받는 것들"), tried after
    // the cues above.
    private static readonly (PostingSection Section, string[] Cues)[] QuestionCues =
    [
        (PostingSection.Other, ["받는 것", "받게 될", "드리는 것", "you'll get", "we give"]),
        (PostingSection.Responsibilities, ["어떤 일", "일을 하나요", "일을 하게 되나요", "무슨 일", "what will you do", "what you'd do"]),
    ];

    internal static readonly char[] ItemMarkers = ['-', '•', '·', 'ㆍ', '∙', '◦', '○', '–', '→', '✓'];

    private static readonly char[] HeadingMarks = ['[', '【', '<', '〈', '《', '■', '□', '▶', '▷', '►', '●', '◆', '◇', '★', '☆', '#', '◼', '✔', '✅'];

    /// <summary>
    /// The section a heading-shaped line names by its cue words, or null. Heading-shaped: not an item, short,
    /// no figures (so "3년 이상 우대" stays an item), and marked as a heading — decorated, numbered, ending in a
    /// colon or question mark — or followed by an item line.
    /// </summary>
    public static PostingSection? ByCue(string line, string? nextLine)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || IsItem(trimmed)) return null;
        var core = HeaderMatcher.Core(trimmed);
        if (core.Length is < 2 or > 40 || core.Any(char.IsDigit)) return null;
        var marked = HeadingMarks.Any(m => trimmed.StartsWith(m)) || trimmed.StartsWith("**", StringComparison.Ordinal)
            || HeaderMatcher.IsNumbered(trimmed) || core.EndsWith(':') || core.EndsWith('：') || core.EndsWith('?')
            || (nextLine is not null && IsItem(nextLine.Trim()));
        if (!marked) return null;
        var lower = core.ToLowerInvariant();
        foreach (var (section, cues) in Cues)
            if (cues.Any(c => lower.Contains(c, StringComparison.Ordinal))) return section;
        if (Weighing.On("heading-questions"))
            foreach (var (section, cues) in QuestionCues)
                if (cues.Any(c => lower.Contains(c, StringComparison.Ordinal))) return section;
        return null;
    }

    /// <summary>Whether a trimmed line is a list item ("- …", "• …", "* …").</summary>
    internal static bool IsItem(string trimmed) =>
        trimmed.Length > 0 && (ItemMarkers.Contains(trimmed[0]) || (trimmed[0] == '*' && trimmed.Length > 1 && trimmed[1] == ' '));

    private static IEnumerable<(string, PostingSection)> Of(PostingSection section, params string[] headings) =>
        headings.Select(h => (h, section));
}
