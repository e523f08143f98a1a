using System.Text.RegularExpressions;

namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Splits a posting into title, summary, responsibilities (주요 업무), required (자격요건, 필수) and preferred
/// (우대사항, nice to have) lines, plus other matter (benefits, process) that is not scored. The first line
/// is the title unless it is a heading; lines before the first heading are the summary. Inside required
/// qualifications a line that says it is a plus (우대, preferred, is a plus) is preferred, and vice versa.
/// Headings come from <see cref="PostingHeadings"/>: its vocabulary first, then cue words on a heading-shaped line.
/// </summary>
internal static partial class PostingSplitter
{
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
        var aboutTheRole = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (HeaderMatcher.Match(line.Text, TitleLabels) is { } label && label.ContentOffset < line.Text.Length && !titleSeen)
            {
                result.Add(new PostingLine(line, PostingSection.Title, label.ContentOffset));
                titleSeen = true;
                continue;
            }
            if (HeaderMatcher.Match(line.Text, PostingHeadings.Vocabulary) is { } heading)
            {
                current = heading.Key;
                titleSeen = true;
                aboutTheRole = heading.Key == PostingSection.Summary && AboutTheRole(line.Text);
                // "지원 자격 (우대)": the heading's note in parentheses names its section (ADR 83).
                if (heading.ContentOffset == line.Text.Length && Weighing.On("heading-qualifier") && NoteOf(line.Text) is { } note
                    && NamedBy(note) is { } named)
                    current = named;
                var inline = heading.ContentOffset < line.Text.Length && !string.IsNullOrWhiteSpace(line.Text[heading.ContentOffset..]);
                result.Add(new PostingLine(line, inline ? Adjust(current.Value, line.Text) : PostingSection.Heading, heading.ContentOffset));
                continue;
            }
            if (titleSeen && PostingHeadings.ByCue(line.Text, NextText(lines, i)) is { } cued)
            {
                current = cued;
                aboutTheRole = false;
                result.Add(new PostingLine(line, PostingSection.Heading, line.Text.Length));
                continue;
            }
            if (!titleSeen)
            {
                titleSeen = true;
                result.Add(new PostingLine(line, PostingSection.Title, 0));
                continue;
            }
            var other = IsApplicationNote(line.Text)
                || current is PostingSection.Required or PostingSection.Preferred && (IsEmploymentTerms(line.Text) || Weighing.On("process-and-perks") && IsProcessOrPerk(line.Text));
            // ADR 83: the items under "About the role" are its duties; its prose stays the summary.
            var section = aboutTheRole && Weighing.On("role-items") && PostingHeadings.IsItem(line.Text.TrimStart())
                          && !IsEmploymentTerms(line.Text) && !IsProcessOrPerk(line.Text)
                ? PostingSection.Responsibilities
                : current ?? PostingSection.Summary;
            result.Add(new PostingLine(line, other ? PostingSection.Other : Adjust(section, line.Text), 0));
        }
        return result;
    }

    /// <summary>The text of a heading's closing note in parentheses ("지원 자격 (우대)" → "우대"), or null.</summary>
    private static string? NoteOf(string line)
    {
        var trimmed = line.TrimEnd();
        var open = trimmed.LastIndexOf('(');
        return open >= 0 && trimmed.EndsWith(')') ? trimmed[(open + 1)..^1] : null;
    }

    private static readonly string[] NoteNegations = ["not ", "non-", "아님", "아닙니다", "무관"];

    /// <summary>
    /// The section a heading's note names: "우대", "Preferred" → preferred; "필수", "Must have" → required. A note that
    /// negates ("not required", "필수 아님") names none.
    /// </summary>
    private static PostingSection? NamedBy(string note)
    {
        var lower = note.ToLowerInvariant();
        if (NoteNegations.Any(n => lower.Contains(n, StringComparison.Ordinal))) return null;
        if (HasPlusMarker(note) || lower.Contains("desirable", StringComparison.Ordinal) || lower.Contains("good to have", StringComparison.Ordinal))
            return PostingSection.Preferred;
        if (lower.Contains("필수", StringComparison.Ordinal) || lower.Contains("must", StringComparison.Ordinal)
            || lower.Contains("required", StringComparison.Ordinal) || lower.Contains("essential", StringComparison.Ordinal))
            return PostingSection.Required;
        return null;
    }

    private static readonly string[] ApplicationMatter = ["제출", "시강", "포트폴리오", "면접", "전형", "portfolio", "interview"];

    /// <summary>"※ 포트폴리오 필수 제출", "※ 시강 필수": a note about applying is other matter, whatever its 필수 says.</summary>
    private static bool IsApplicationNote(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.StartsWith('※') && ApplicationMatter.Any(w => trimmed.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] TermsWords =
    [
        "salary", "salaried", "day rate", "holiday", "we offer", "allowance", "stock option", "hybrid working", "hybrid,", "hybrid (", "hybrid in ", "bonus scheme",
        "% bonus", "free coffee", "free lunch", "learning budget", "training budget", "annual leave", "paid leave", "pension",
        "연봉", "정규직", "계약직", "스톡옵션", "통근버스", "수당", "복리후생", "4대보험", "재택근무", "재택 주", "교육비 지원", "도서비",
        "자기계발비", "식대", "유연근무", "visa sponsorship", "commission share", "base plus commission",
    ];

    private static readonly string[] AskingWords =
    [
        "experience", "years", "able to", "ability", "knowledge", "skills", "proficien", "경력", "경험", "가능자", "가능하신", "가능한 분", "능숙", "이상",
    ];

    // Where and how the work is done (ADR 73): "Remote within the UK", "Seoul or Munich office; relocation support",
    // "four days on site", "유연 근무제".
    private static readonly string[] PlaceWords =
    [
        "remote within", "fully remote", "remote-first", "relocation", "on site", "on-site", " office;", " office,", " office.", "shift rota",
        "유연 근무", "원격 근무", "based in ",
    ];

    /// <summary>
    /// "Salary band $58,000-$66,000. Hybrid, two days in the office.", "- 스톡옵션, 판교 근무": a line about pay, leave or
    /// place of work left under a qualifications heading (postings often end without a benefits heading) is other
    /// matter unless it asks something of the candidate. Under duties it is work ("Run the annual salary review").
    /// </summary>
    private static bool IsEmploymentTerms(string text)
    {
        var lower = text.ToLowerInvariant();
        return (TermsWords.Any(w => lower.Contains(w, StringComparison.Ordinal)) || Weighing.On("place-terms") && PlaceWords.Any(w => lower.Contains(w, StringComparison.Ordinal)))
            && !AskingWords.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }

    private static readonly string[] PerkWords =
        ["401(k)", "medical/dental", "dental/vision", "dental plan", "dental insurance", "company car", "car provided", "점심 제공", "구매 할인", "사내 식당"];

    [GeneratedRegex(@"^(?:apply\b|to apply\b|how to apply\b|shortlisted\b|interviews?\s+(?:in|with|are|will)\b|(?:[\w-]+\s+){0,2}process\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex ProcessOpening();

    /// <summary>
    /// ADR 83: the steps of applying and the perks, left under a qualifications heading when a posting ends without its own
    /// heading for them: "To apply, send your CV …", "Process: intro call, a paid edit test, team interview.", "Two-stage
    /// process: …", "Interview in English with our APAC director", "서류 → 실무 면접 → 임원 면접", "…, 401(k) match". Never a
    /// line that asks something of the candidate ("Knowledge of the S&amp;OP process: …", "채용 프로세스(공고 → 서류 → 면접) 운영 경험").
    /// </summary>
    private static bool IsProcessOrPerk(string text)
    {
        var trimmed = text.TrimStart().TrimStart(PostingHeadings.ItemMarkers).TrimStart();
        var lower = trimmed.ToLowerInvariant();
        if (AskingWords.Any(w => lower.Contains(w, StringComparison.Ordinal))) return false;
        return ProcessOpening().IsMatch(trimmed)
            || trimmed.StartsWith("서류", StringComparison.Ordinal) && trimmed.Contains('→') && (trimmed.Contains("면접", StringComparison.Ordinal) || trimmed.Contains("전형", StringComparison.Ordinal))
            || PerkWords.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }

    private static bool AboutTheRole(string text)
    {
        var lower = HeaderMatcher.Core(text.Trim()).ToLowerInvariant();
        return lower.StartsWith("about the role", StringComparison.Ordinal) || lower.StartsWith("about the job", StringComparison.Ordinal)
            || lower.StartsWith("포지션 소개", StringComparison.Ordinal);
    }

    private static string? NextText(IReadOnlyList<TextLine> lines, int i)
    {
        for (var j = i + 1; j < lines.Count; j++)
            if (!lines[j].IsBlank) return lines[j].Text;
        return null;
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
