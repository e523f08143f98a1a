namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// The posting's own wording as evidence (ADR 71). A requirement line says what the skill looks like in this job
/// ("양산 이관 프로젝트 일정 관리 경험", "Comfortable calling and testing REST APIs (curl, Postman)"); a clause of the
/// candidate's own work that repeats <see cref="Threshold"/> or more of the line's content words — beyond the skill's
/// name, the other skills' names, the words every requirement uses and the posting's domain nouns (its title's and
/// summary's words) — shows the skill even where nothing names it. Only practices the dictionary can describe, never a
/// product; only lines that ask for this one skill (a line of three skills says nothing about which one a clause shows);
/// only clauses whose actor is the candidate (ADR 66), with no learning / not-used marker, naming no sibling of the skill.
/// Words meet when equal, when one begins the other (일정 / 일정표를, curl / curling) or when their English stems are
/// the same (calling / call). Pure, deterministic: lines and clauses in text order, the first that reaches the
/// threshold is the evidence.
/// </summary>
internal static class PostingWording
{
    /// <summary>Shared content words a clause needs.</summary>
    public const int Threshold = 2;

    // Words any requirement line uses whatever it asks for: they say how much or how well, not what.
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "experience", "experienced", "years", "year", "knowledge", "understanding", "ability", "able", "skills", "skill", "comfortable",
        "strong", "solid", "proven", "familiarity", "familiar", "working", "hands", "plus", "preferred", "required", "degree", "including",
        "tools", "tool", "related", "relevant", "excellent", "good", "clear", "using", "within", "based", "least", "minimum", "level",
        "proficiency", "proficient", "fluent", "daily", "track", "record", "background", "exposure", "practical", "expertise", "must",
        "nice", "have", "bonus", "ideally", "similar", "equivalent", "environment", "environments", "role", "roles", "field",
        "경력", "이상", "가능", "가능자", "가능한", "능숙", "능숙자", "역량", "소지", "소지자", "우대", "경험자", "이해", "이해도", "활용", "보유", "보유자",
        "관련", "기반", "수준", "지식", "필수", "능통", "숙련", "사용", "업무", "실무", "경험", "분야", "내외", "해당", "담당", "능력", "전반",
    };

    public static SkillMention? Find(Skill asked, PostingProfile posting, ResumeProfile resume)
    {
        // Only a practice the dictionary can describe; a product (Google Analytics, Terraform) is shown by its name, and
        // work described around it may be done with a near miss the dictionary does not know (네이버 애널리틱스).
        if (!asked.Describable || asked.Siblings.Count > 0) return null;
        // The posting's own domain nouns (its title's and summary's words: 게임, patients, payments) are shared by every clause
        // of a résumé in that field and say nothing about one skill.
        var domain = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in posting.Lines)
            if (line.Section is PostingSection.Title or PostingSection.Summary)
                foreach (var w in Words(line.Line.Text, line.ContentStart, line.Line.Text.Length, line.Line.Start, [])) domain.Add(w);
        foreach (var line in posting.Lines)
        {
            if (line.Section is not (PostingSection.Title or PostingSection.Required or PostingSection.Preferred or PostingSection.Responsibilities)) continue;
            var onLine = posting.Mentions.Where(m => m.Line == line.Line.Index).ToList();
            if (onLine.Count == 0 || onLine.Any(m => m.Skill != asked) || onLine.All(m => m.Skill != asked)) continue;
            var wanted = Words(line.Line.Text, line.ContentStart, line.Line.Text.Length, line.Line.Start, onLine);
            wanted.RemoveAll(w => domain.Any(d => Meet(w, d)));
            if (wanted.Count < Threshold) continue;
            if (InResume(asked, wanted, resume) is { } found) return found;
        }
        return null;
    }

    private static SkillMention? InResume(Skill asked, List<string> wanted, ResumeProfile resume)
    {
        foreach (var line in resume.Lines)
        {
            if (line.IsBlank || !IsWork(resume, line.Index)) continue;
            var mentions = resume.Mentions.Where(m => m.Line == line.Index).ToList();
            foreach (var clause in EvidenceClauses.Split(line.Text))
            {
                if (clause.Actor == ClauseActor.OtherParty) continue;
                var text = line.Text[clause.Start..clause.End];
                if (NotEvidenceMarkers.Qualifies(text)) continue;
                var inClause = mentions.Where(m => m.Start - line.Start >= clause.Start && m.Start - line.Start < clause.End).ToList();
                if (inClause.Any(m => m.Skill.Siblings.Contains(asked) || m.Skill.Implies.Any(i => i.Siblings.Contains(asked)))) continue;
                var have = Words(line.Text, clause.Start, clause.End, line.Start, []);
                var shared = 0;
                foreach (var w in wanted)
                    if (have.Any(h => Meet(w, h)) && ++shared >= Threshold) break;
                if (shared < Threshold) continue;
                var lead = text.Length - text.TrimStart().Length;
                var trimmed = text.Trim();
                return new SkillMention(asked, line.Start + clause.Start + lead, trimmed.Length, line.Index, NotEvidence: false);
            }
        }
        return null;
    }

    /// <summary>Lines of work: roles and projects, or any line of a resume without headings.</summary>
    private static bool IsWork(ResumeProfile resume, int line) =>
        resume.Sections[line] is ResumeSection.Experience or ResumeSection.Projects || (!resume.HasHeadings && resume.Sections[line] == ResumeSection.Summary);

    /// <summary>The distinct content words of text[from..to), skill names (<paramref name="skip"/>) left out, in order.</summary>
    private static List<string> Words(string text, int from, int to, int textStart, List<SkillMention> skip)
    {
        var words = new List<string>();
        foreach (var token in Tokenizer.Tokenize(text[from..to]))
        {
            var at = textStart + from + token.Start;
            if (skip.Any(m => at < m.End && at + token.Text.Length > m.Start)) continue;
            var word = Normal(token);
            if (word is null || words.Contains(word)) continue;
            words.Add(word);
        }
        return words;
    }

    private static string? Normal(Token token)
    {
        if (char.IsDigit(token.Text[0])) return null;
        if (token.Script == Script.Hangul)
        {
            var stem = KoreanParticles.Stems(token.Text).LastOrDefault(s => s.Length >= 2) ?? token.Text;
            return stem.Length >= 2 && !Generic.Contains(stem) && !Generic.Contains(token.Text) ? stem : null;
        }
        if (token.Script != Script.Latin || token.Lower.Length < 3 || Generic.Contains(token.Lower) || ContentWords.IsStopWord(token.Lower)) return null;
        return token.Lower.Length >= 4 ? EnglishStem.Of(token.Lower) : token.Lower;
    }

    private static bool Meet(string wanted, string have)
    {
        if (wanted == have) return true;
        var shorter = Math.Min(wanted.Length, have.Length);
        var hangul = wanted[0] >= '가' && wanted[0] <= '힣';
        if (shorter < (hangul ? 2 : 4)) return false;
        return wanted.StartsWith(have, StringComparison.Ordinal) || have.StartsWith(wanted, StringComparison.Ordinal);
    }
}
