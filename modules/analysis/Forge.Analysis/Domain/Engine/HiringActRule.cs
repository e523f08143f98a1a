namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// A posting names its own act of hiring with the words an HR skill is written with: "병동 간호사 채용",
/// "[채용] 백엔드 개발자", "정규직 채용", "채용 시 우대", "We are recruiting nurses". There the word is not the
/// skill Recruiting; in "채용 담당자", "인하우스 채용 경력" or a resume's "개발자 40명 채용" it is (ADR 48).
/// </summary>
internal static class HiringActRule
{
    private static readonly HashSet<string> ActWords = new(StringComparer.Ordinal) { "채용", "모집", "recruiting", "hiring" };

    // Nouns after 채용 that make it the posting's own procedure ("채용 시 우대", "채용 공고", "채용 연계형 인턴").
    private static readonly HashSet<string> ActNounsAfter = new(StringComparer.Ordinal)
    {
        "시", "시에", "공고", "마감", "마감일", "인원", "형태", "예정", "예정입니다", "정보", "문의", "일정", "여부", "시까지", "연계형", "전형", "중", "중입니다",
    };

    // What is being hired before 채용: the employment type or intake ("정규직 채용", "신입 채용", "상시 채용").
    private static readonly HashSet<string> EmploymentWordsBefore = new(StringComparer.Ordinal)
    {
        "정규직", "계약직", "인턴", "신입", "경력", "경력직", "상시", "수시", "공개", "긴급", "대규모", "신규", "전환형",
    };

    private static readonly HashSet<string> EnglishActBefore = new(StringComparer.Ordinal)
    {
        "are", "is", "now", "currently", "actively", "we're", "we’re", "’re", "'re", "still",
    };

    private static readonly string[] VerbEndings = ["합니다", "해요", "하고", "하며", "중", "중입니다", "예정"];

    /// <summary>Whether <paramref name="mention"/> on <paramref name="line"/> is the posting's act of hiring, not a skill.</summary>
    public static bool IsAct(string text, TextLine line, SkillMention mention, PostingSection section)
    {
        if (mention.Length > 10 || !ActWords.Contains(text.Substring(mention.Start, mention.Length).ToLowerInvariant())) return false;
        var tokens = Tokenizer.Tokenize(text, line.Start, line.Text.Length);
        var at = tokens.FindIndex(t => t.Start <= mention.Start && mention.Start < t.End);
        if (at < 0) return false;
        var token = tokens[at];

        if (token.Script == Script.Latin)
            return at > 0 && EnglishActBefore.Contains(tokens[at - 1].Lower);
        var ending = token.Text[(mention.End - token.Start)..];
        if (VerbEndings.Contains(ending)) return true;
        if (at + 1 < tokens.Count && tokens[at + 1].Script == Script.Hangul && IsActNoun(tokens[at + 1].Text)) return true;
        if (at > 0 && EmploymentWordsBefore.Contains(tokens[at - 1].Text)) return true;
        return section == PostingSection.Title && EndsTitle(line, mention, tokens, at);
    }

    private static bool IsActNoun(string word) =>
        ActNounsAfter.Contains(word) || KoreanParticles.Stems(word).Any(ActNounsAfter.Contains);

    /// <summary>"병동 간호사 채용 (경력)", "[채용] 간호사": the last word outside brackets, or a bracketed tag.</summary>
    private static bool EndsTitle(TextLine line, SkillMention mention, List<Token> tokens, int at)
    {
        var outside = PostingSplitter.OutsideParentheses(line.Text.Replace('[', '(').Replace(']', ')'));
        var offset = mention.Start - line.Start;
        if (outside[offset] == ' ') return true;
        for (var k = at + 1; k < tokens.Count; k++)
            if (outside[tokens[k].Start - line.Start] != ' ') return false;
        return at > 0;
    }
}
