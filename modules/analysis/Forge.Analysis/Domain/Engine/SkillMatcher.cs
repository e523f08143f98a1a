namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Finds dictionary skills in a text, line by line: at each word the longest alias that fits wins (React
/// Native before React), Korean endings are tried on the alias's last word (도커를 → 도커), exact case is
/// required where the dictionary says so, ambiguous names must pass <see cref="AmbiguityRules"/>, and
/// <see cref="NotEvidenceMarkers"/> flags what the writer is only learning or has not used, and
/// <see cref="EvidenceClauses"/> what a clause says another party did (ADR 66).
/// </summary>
internal sealed class SkillMatcher(SkillDictionary dictionary)
{
    /// <summary>A skill found on a line; <see cref="Homonym"/>: its written form names other skills too (GCP).</summary>
    private readonly record struct Candidate(SkillMention Mention, bool NeedsContext, bool Homonym);

    /// <param name="lineIsSkillList">
    /// Lines under a resume's skills heading: a list of skills, so a name that is also a word (Excel, R, Go) is the
    /// skill there without a domain word beside it (ADR 63); a written form two skills share still needs its domain.
    /// </param>
    public List<SkillMention> Find(string text, IReadOnlyList<TextLine> lines, Func<int, bool>? lineIsNotEvidence = null, Func<int, bool>? lineIsSkillList = null)
    {
        var tokens = new List<Token>[lines.Count];
        var candidates = new List<Candidate>[lines.Count];
        foreach (var line in lines)
        {
            tokens[line.Index] = line.IsBlank ? [] : Tokenizer.Tokenize(text, line.Start, line.Text.Length);
            candidates[line.Index] = line.IsBlank ? [] : FindInLine(text, line, tokens[line.Index]);
        }
        var mentions = new List<SkillMention>();
        foreach (var line in lines)
        {
            var here = candidates[line.Index];
            if (here.Count == 0) continue;
            // Context for an ambiguous name: its own line, and the plain skills of the lines around it
            // ("Experience with Snowflake" in a list of Airflow, Spark and SQL requirements).
            var context = here.Select(c => c.Mention)
                .Concat(Neighbours(candidates, line.Index).Where(c => !c.NeedsContext).Select(c => c.Mention))
                .ToList();
            var listed = lineIsSkillList?.Invoke(line.Index) == true;
            var accepted = here
                .Where(c => !c.NeedsContext || AmbiguityRules.Accept(c.Mention, tokens[line.Index], context, dictionary,
                    (listed || AmbiguityRules.LatinNameInKorean(c.Mention, tokens[line.Index])) && !c.Homonym))
                .Select(c => c.Mention)
                .ToList();
            var notEvidence = lineIsNotEvidence?.Invoke(line.Index) == true;
            var negated = NotEvidenceMarkers.NegatedMentions(line, accepted);
            if (accepted.Count == 0) continue;
            var passedOver = NearMisses.PassedOver(line, accepted);
            var clauses = EvidenceClauses.Split(line.Text);
            foreach (var m in accepted)
            {
                var others = ClauseOf(clauses, m.Start - line.Start).Actor == ClauseActor.OtherParty
                    || Weighing.On("party-made-it") && KoreanContrast.MadeBySaidSubject(line.Text, m.Start - line.Start, m.End - line.Start);
                var passed = passedOver.Contains(m);
                mentions.Add(m with { NotEvidence = notEvidence || negated.Contains(m) || others || passed, OthersWork = others, PassedOver = passed });
            }
        }
        return mentions;
    }

    private static Clause ClauseOf(List<Clause> clauses, int at)
    {
        foreach (var c in clauses) if (at < c.End) return c;
        return clauses[^1];
    }

    private static IEnumerable<Candidate> Neighbours(List<Candidate>[] candidates, int index)
    {
        if (index > 0) foreach (var c in candidates[index - 1]) yield return c;
        if (index + 1 < candidates.Length) foreach (var c in candidates[index + 1]) yield return c;
    }

    private List<Candidate> FindInLine(string text, TextLine line, List<Token> tokens)
    {
        var found = new List<Candidate>();
        var i = 0;
        while (i < tokens.Count)
        {
            var match = LongestAt(text, tokens, i);
            var start = tokens[i].Start;
            if (match is null && Weighing.On("hyphenated-names")) match = HyphenatedAt(text, tokens, i);
            if (match is null && Weighing.On("compound-tail") && CompoundTailAt(tokens, i) is { } tail)
            {
                match = (tail.Alias, tail.Count, tail.End);
                start = tail.Start;
            }
            if (match is null) { i++; continue; }
            var (alias, count, end) = match.Value;
            if (NationalityAdjective.Applies(alias.Skill, tokens, i + count)) { i += count; continue; }
            // A written form two skills share (GCP: Google Cloud or Good Clinical Practice; UX/UI: both design
            // skills) is each of them only where its own domain shows on the line or around it (ADR 57).
            var homonyms = dictionary.HomonymsOf(alias);
            foreach (var sense in homonyms ?? [alias])
                found.Add(new Candidate(new SkillMention(sense.Skill, start, end - start, line.Index, NotEvidence: false), homonyms is not null || sense.NeedsContext, homonyms is not null));
            // A platform's name written first in a product's name shows the platform too (AWS IAM → AWS; ADR 63).
            if (count > 1 && homonyms is null && dictionary.VendorWrittenAs(tokens[i]) is { } vendor && vendor != alias.Skill)
                found.Add(new Candidate(new SkillMention(vendor, start, tokens[i].End - start, line.Index, NotEvidence: false), false, false));
            i += count;
        }
        foreach (var (skill, words) in CandidatePatterns(tokens))
        {
            // A sibling named on the line is what the described work is done with: no paraphrase turns it into another (ADR 66).
            if (NamesSibling(found, skill) || Paraphrase.Find(text, tokens, words) is not { } span || Contains(found, skill)) continue;
            found.Add(new Candidate(new SkillMention(skill, span.Start, span.End - span.Start, line.Index, NotEvidence: false), false, false));
        }
        return found;
    }

    /// <summary>The paraphrase patterns whose first word could begin a token of the line, in dictionary order.</summary>
    private IEnumerable<(Skill Skill, string[] Words)> CandidatePatterns(List<Token> tokens)
    {
        SortedSet<int>? indices = null;
        foreach (var token in tokens)
        {
            // The parts of a hyphenated word begin patterns too ("three-statement": "statement"; ADR 71).
            if (token.Script == Script.Latin)
                for (var p = token.Lower.IndexOf('-'); p >= 0 && p + 2 < token.Lower.Length; p = token.Lower.IndexOf('-', p + 1))
                    if (dictionary.CooccurrencesByPrefix.TryGetValue(token.Lower.Substring(p + 1, 2), out var part)) (indices ??= []).UnionWith(part);
            if (token.Lower.Length < 2 || !dictionary.CooccurrencesByPrefix.TryGetValue(token.Lower[..2], out var some)) continue;
            indices ??= [];
            indices.UnionWith(some);
        }
        if (indices is null) yield break;
        foreach (var i in indices) yield return dictionary.Cooccurrences[i];
    }

    private static bool NamesSibling(List<Candidate> found, Skill skill)
    {
        foreach (var f in found)
            if (f.Mention.Skill.Siblings.Contains(skill)) return true;
        return false;
    }

    /// <summary>Whether a plain (context-free) mention of <paramref name="skill"/> was found: a name that still needs its
    /// context ("구매") does not hide the described work beside it ("견적 비교 후 구매"), which needs none.</summary>
    private static bool Contains(List<Candidate> found, Skill skill)
    {
        foreach (var f in found)
            if (f.Mention.Skill == skill && !f.NeedsContext) return true;
        return false;
    }

    private (SkillAlias Alias, int Count, int End)? LongestAt(string text, List<Token> tokens, int i)
    {
        foreach (var key in Forms(tokens[i]))
        {
            foreach (var alias in dictionary.AliasesStartingWith(key))
            {
                var end = Fits(text, tokens, i, alias);
                if (end >= 0) return (alias, alias.Lower.Length, end);
            }
        }
        return null;
    }

    /// <summary>The end of the match in the text, or −1 when <paramref name="alias"/> does not fit at token <paramref name="i"/>.</summary>
    private static int Fits(string text, List<Token> tokens, int i, SkillAlias alias)
    {
        var n = alias.Lower.Length;
        if (i + n > tokens.Count) return -1;
        var end = -1;
        for (var k = 0; k < n; k++)
        {
            var token = tokens[i + k];
            if (k > 0 && !IsJoin(text, tokens[i + k - 1].End, token.Start)) return -1;
            var isLast = k == n - 1;
            if (token.Lower == alias.Lower[k])
            {
                if (alias.CaseSensitive && token.Text != alias.Exact[k]) return -1;
                end = token.End;
                continue;
            }
            // The last word of a multi-word English name may be inflected or a role noun (unit tests, product manager).
            if (isLast && n > 1 && token.Script == Script.Latin && !alias.CaseSensitive && EnglishStem.Same(token.Lower, alias.Lower[k]))
            {
                end = token.End;
                continue;
            }
            // Only the alias's last word may carry a Korean ending (스프링 부트를).
            if (!isLast || token.Script != Script.Hangul) return -1;
            var stem = KoreanParticles.Stems(token.Text).FirstOrDefault(s => s == alias.Lower[k]);
            if (stem is null) return -1;
            // A role noun read as its field (마케터 → 마케팅) spans the written word.
            end = token.Start + KoreanParticles.WrittenLength(token.Text, stem);
        }
        return end;
    }

    /// <summary>
    /// A hyphenated Latin word holding a multi-word name ("Time-series forecasting" = time series; ADR 73): its parts are
    /// the name's first words, the rest of the name follows as words. Returns the words used and the end, or null.
    /// </summary>
    private (SkillAlias Alias, int Count, int End)? HyphenatedAt(string text, List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Script != Script.Latin || !token.Lower.Contains('-')) return null;
        var parts = token.Lower.Split('-');
        var exactParts = token.Text.Split('-');
        if (parts.Any(p => p.Length == 0)) return null;
        foreach (var alias in dictionary.AliasesStartingWith(parts[0]))
        {
            var n = alias.Lower.Length;
            if (n < parts.Length) continue;
            var fits = true;
            for (var k = 0; k < parts.Length && fits; k++)
                fits = parts[k] == alias.Lower[k] && (!alias.CaseSensitive || exactParts[k] == alias.Exact[k]);
            if (!fits) continue;
            if (n == parts.Length) return (alias, 1, token.End);
            if (i + 1 >= tokens.Count || !IsJoin(text, token.End, tokens[i + 1].Start)) continue;
            var rest = alias with { Lower = alias.Lower[parts.Length..], Exact = alias.Exact[parts.Length..] };
            var end = Fits(text, tokens, i + 1, rest);
            if (end >= 0) return (alias, 1 + rest.Lower.Length, end);
        }
        return null;
    }

    /// <summary>
    /// A Korean compound whose tail is a one-word Korean name of four or more syllables: 장외파생상품 holds 파생상품,
    /// 전자의무기록 holds 의무기록 (ADR 73). Heads are not read (ADR 71 rejected them: 수처리공정 → 수처리).
    /// </summary>
    private (SkillAlias Alias, int Count, int End, int Start)? CompoundTailAt(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Script != Script.Hangul || token.Text.Length < 5) return null;
        foreach (var form in Forms(token))
        {
            for (var s = 1; form.Length - s >= 4; s++)
            {
                var tail = form[s..];
                foreach (var alias in dictionary.AliasesStartingWith(tail))
                    if (alias.Lower.Length == 1 && alias.Lower[0] == tail && !alias.NeedsContext)
                        return (alias, 1, token.Start + Math.Min(token.Text.Length, s + tail.Length), token.Start + s);
            }
        }
        return null;
    }

    private static IEnumerable<string> Forms(Token token)
    {
        yield return token.Lower;
        if (token.Script != Script.Hangul) yield break;
        foreach (var stem in KoreanParticles.Stems(token.Text)) yield return stem;
    }

    /// <summary>Words of one alias are separated by a space, hyphen, slash, ampersand or dot, and no more than three of them.</summary>
    private static bool IsJoin(string text, int from, int to)
    {
        if (to - from > 3) return false;
        for (var p = from; p < to; p++)
            if (text[p] is not (' ' or '-' or '/' or '&' or '.')) return false;
        return true;
    }
}
