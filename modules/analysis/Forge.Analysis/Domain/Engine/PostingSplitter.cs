namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Splits a posting into title, summary, responsibilities (주요 업무), required (자격요건, 필수) and preferred
/// (우대사항, nice to have) lines, plus other matter (benefits, process) that is not scored. The first line
/// is the title unless it is a heading; lines before the first heading are the summary. Inside required
/// qualifications a line that says it is a plus (우대, preferred, is a plus) is preferred, and vice versa.
/// </summary>
internal static class PostingSplitter
{
    // Order matters: "preferred qualifications" must be seen before "qualifications".
    private static readonly (string, PostingSection)[] Headings =
    [
        ("preferred qualifications", PostingSection.Preferred), ("preferred skills", PostingSection.Preferred),
        ("preferred", PostingSection.Preferred), ("nice to have", PostingSection.Preferred), ("nice-to-have", PostingSection.Preferred),
        ("bonus points", PostingSection.Preferred), ("bonus", PostingSection.Preferred), ("pluses", PostingSection.Preferred),
        ("it's a plus if", PostingSection.Preferred), ("extra credit", PostingSection.Preferred), ("good to have", PostingSection.Preferred),
        ("우대 사항", PostingSection.Preferred), ("우대사항", PostingSection.Preferred), ("우대 조건", PostingSection.Preferred),
        ("우대조건", PostingSection.Preferred), ("우대 요건", PostingSection.Preferred), ("우대요건", PostingSection.Preferred), ("우대", PostingSection.Preferred),
        ("required qualifications", PostingSection.Required), ("minimum qualifications", PostingSection.Required),
        ("basic qualifications", PostingSection.Required), ("qualifications", PostingSection.Required), ("requirements", PostingSection.Required),
        ("required skills", PostingSection.Required), ("required", PostingSection.Required), ("must have", PostingSection.Required), ("must-have", PostingSection.Required),
        ("what we're looking for", PostingSection.Required), ("what we are looking for", PostingSection.Required), ("who you are", PostingSection.Required),
        ("you have", PostingSection.Required), ("what you bring", PostingSection.Required), ("what you'll bring", PostingSection.Required),
        ("what you will bring", PostingSection.Required), ("what you need", PostingSection.Required), ("you bring", PostingSection.Required), ("about you", PostingSection.Required), ("skills and experience", PostingSection.Required),
        ("자격 요건", PostingSection.Required), ("자격요건", PostingSection.Required), ("지원 자격", PostingSection.Required), ("지원자격", PostingSection.Required),
        ("필수 요건", PostingSection.Required), ("필수요건", PostingSection.Required), ("필수 사항", PostingSection.Required), ("필수사항", PostingSection.Required),
        ("필수 역량", PostingSection.Required), ("자격 조건", PostingSection.Required), ("자격조건", PostingSection.Required), ("이런 분을 찾습니다", PostingSection.Required),
        ("이런 분을 찾아요", PostingSection.Required), ("필수", PostingSection.Required),
        ("responsibilities", PostingSection.Responsibilities), ("key responsibilities", PostingSection.Responsibilities),
        ("what you'll do", PostingSection.Responsibilities), ("what you will do", PostingSection.Responsibilities), ("the role", PostingSection.Responsibilities),
        ("your role", PostingSection.Responsibilities), ("duties", PostingSection.Responsibilities), ("job duties", PostingSection.Responsibilities),
        ("in this role", PostingSection.Responsibilities), ("day to day", PostingSection.Responsibilities),
        ("주요 업무", PostingSection.Responsibilities), ("주요업무", PostingSection.Responsibilities), ("담당 업무", PostingSection.Responsibilities),
        ("담당업무", PostingSection.Responsibilities), ("업무 내용", PostingSection.Responsibilities), ("업무내용", PostingSection.Responsibilities),
        ("하는 일", PostingSection.Responsibilities), ("합류하면 하게 될 일", PostingSection.Responsibilities), ("이런 일을 해요", PostingSection.Responsibilities),
        ("benefits", PostingSection.Other), ("perks", PostingSection.Other), ("what we offer", PostingSection.Other), ("compensation", PostingSection.Other),
        ("how to apply", PostingSection.Other), ("hiring process", PostingSection.Other), ("interview process", PostingSection.Other),
        ("about us", PostingSection.Summary), ("about the company", PostingSection.Summary), ("about the role", PostingSection.Summary),
        ("location", PostingSection.Other), ("working conditions", PostingSection.Other), ("employment type", PostingSection.Other),
        ("혜택 및 복지", PostingSection.Other), ("혜택", PostingSection.Other), ("복지", PostingSection.Other), ("복리후생", PostingSection.Other),
        ("채용 절차", PostingSection.Other), ("채용절차", PostingSection.Other), ("전형 절차", PostingSection.Other), ("전형절차", PostingSection.Other),
        ("근무 조건", PostingSection.Other), ("근무조건", PostingSection.Other), ("근무지", PostingSection.Other), ("근무 장소", PostingSection.Other),
        ("근무 형태", PostingSection.Other), ("고용 형태", PostingSection.Other), ("제출 서류", PostingSection.Other), ("기타 사항", PostingSection.Other),
        ("유의 사항", PostingSection.Other), ("회사 소개", PostingSection.Summary), ("팀 소개", PostingSection.Summary), ("포지션 소개", PostingSection.Summary),
    ];

    private static readonly (string, PostingSection)[] TitleLabels =
    [
        ("position", PostingSection.Title), ("job title", PostingSection.Title), ("title", PostingSection.Title), ("role", PostingSection.Title),
        ("포지션", PostingSection.Title), ("모집 분야", PostingSection.Title), ("모집분야", PostingSection.Title), ("모집 직무", PostingSection.Title),
        ("직무", PostingSection.Title), ("채용 포지션", PostingSection.Title),
    ];

    private static readonly string[] PlusMarkers = ["우대", "가산점", "preferred", "nice to have", "is a plus", "a plus", "bonus", "선호", "plus if", "advantage"];

    public static List<PostingLine> Split(IReadOnlyList<TextLine> lines)
    {
        var result = new List<PostingLine>(lines.Count);
        PostingSection? current = null;
        var titleSeen = false;
        foreach (var line in lines)
        {
            if (line.IsBlank) continue;
            if (HeaderMatcher.Match(line.Text, TitleLabels) is { } label && label.ContentOffset < line.Text.Length && !titleSeen)
            {
                result.Add(new PostingLine(line, PostingSection.Title, label.ContentOffset));
                titleSeen = true;
                continue;
            }
            if (HeaderMatcher.Match(line.Text, Headings) is { } heading)
            {
                current = heading.Key;
                titleSeen = true;
                var inline = heading.ContentOffset < line.Text.Length && !string.IsNullOrWhiteSpace(line.Text[heading.ContentOffset..]);
                result.Add(new PostingLine(line, inline ? Adjust(current.Value, line.Text) : PostingSection.Heading, heading.ContentOffset));
                continue;
            }
            if (!titleSeen)
            {
                titleSeen = true;
                result.Add(new PostingLine(line, PostingSection.Title, 0));
                continue;
            }
            result.Add(new PostingLine(line, Adjust(current ?? PostingSection.Summary, line.Text), 0));
        }
        return result;
    }

    /// <summary>A requirement that calls itself a plus is preferred; a plus that says it is required is required.</summary>
    private static PostingSection Adjust(PostingSection section, string text)
    {
        var lower = text.ToLowerInvariant();
        // Only the main clause decides: "Python and SQL; Scala is a plus" is a requirement with a preferred aside.
        if (section == PostingSection.Required && HasPlusMarker(MainClause(OutsideParentheses(text)))) return PostingSection.Preferred;
        if (section == PostingSection.Preferred && (lower.Contains("필수", StringComparison.Ordinal) || lower.Contains("required", StringComparison.Ordinal) || lower.Contains("must ", StringComparison.Ordinal)))
            return PostingSection.Required;
        return section;
    }

    /// <summary>Whether <paramref name="text"/> calls itself a plus (우대, nice to have, is a plus).</summary>
    public static bool HasPlusMarker(string text)
    {
        var lower = text.ToLowerInvariant();
        return PlusMarkers.Any(m => lower.Contains(m, StringComparison.Ordinal));
    }

    private static string MainClause(string text)
    {
        var ends = new[] { text.IndexOf("; ", StringComparison.Ordinal), text.IndexOf(". ", StringComparison.Ordinal) }.Where(i => i > 0).ToList();
        return ends.Count == 0 ? text : text[..ends.Min()];
    }

    /// <summary>The text outside parentheses: "Java 3년 이상 (Kotlin 우대)" is a requirement with a preferred aside.</summary>
    public static string OutsideParentheses(string text)
    {
        var chars = text.ToCharArray();
        var depth = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '(' or '（') depth++;
            var inside = depth > 0;
            if (chars[i] is ')' or '）' && depth > 0) depth--;
            if (inside) chars[i] = ' ';
        }
        return new string(chars);
    }
}
