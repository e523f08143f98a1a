using System.Text.RegularExpressions;

namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// ADR 80: who does the work in a Korean line that names two doers. A resume bullet's subject is the writer and goes
/// unsaid; a subject that is said — a word marked 이 / 가 / 께서 that is not the writer, followed by a work verb — is
/// someone else, and a clause that then opens with the writer (저는 / 제가 / 나는 / 내가 / 본인은 / 본인이) hands the line
/// back ("보도자료는 시 홍보담당관실이 작성·배포하며, 저는 …", "처리구 배치는 연구사가 설계하고 분산분석까지 맡았으며, 저는 …").
/// The topic-then-agent form names the one in charge without a hand-back ("중국인 환자 상담은 통역 코디네이터가 담당").
/// Grammar, with no list of party nouns.
/// </summary>
internal static partial class KoreanContrast
{
    [GeneratedRegex(@"^[\s\-•*·,;:]*(?:저는|제가|나는|내가|본인은|본인이)(?=\s)")]
    private static partial Regex WriterOpens();

    // A verb's adnominal form, which ends in 은 / 는 like a topic does: 진행하는, 받은, 많은.
    private const string Adnominal = "하는|되는|있는|없는|않는|받은|많은|같은|작은|높은|낮은|좋은|넓은|깊은";

    // A comma before a topic of two or three words ("…, 중국인 환자 상담은 …"): a new subject of the sentence. Not an
    // adnominal form ("…, 매주 진행하는 회의에서", "…, 팀에서 받은 자료를").
    [GeneratedRegex(@",(?=\s*(?:[가-힣A-Za-z0-9]+\s+){1,2}[가-힣]+(?:은|는)(?<!" + Adnominal + @")\s)")]
    private static partial Regex TopicComma();

    [GeneratedRegex(@"^[가-힣]+(?:은|는)$(?<!" + Adnominal + ")")]
    private static partial Regex TopicWord();

    // The verb of a said subject: the work itself, as a verb or a bare noun of charge (담당, 진행), not a noun carrying a
    // particle ("성과평가 운영과 …", "진행을").
    [GeneratedRegex(@"^(?:담당|맡|진행|운영|작성|관리|처리|촬영|설계|제작|만들|배포|수행|검토|찍|입력|대신|개발|구축|편집|준비)(?!.*(?:과|와|을|를|의|에|은|는|로|도|만)$)")]
    private static partial Regex WorkVerb();

    // Nouns that end in 이 / 가 themselves (평가, 원가, 차이, 놀이) and adverbs in 이 (차질없이, 같이): not a subject.
    [GeneratedRegex(@"(?:평가|원가|단가|물가|증가|추가|참가|대가|시가|정가|특가|호가|차이|높이|길이|넓이|깊이|나이|사이|종이|놀이|먹이|없이|같이|많이|일찍이)$")]
    private static partial Regex NotASubject();

    public static IEnumerable<Match> TopicBreaks(string text) => TopicComma().Matches(text);

    /// <summary>Whether word <paramref name="i"/> is the writer or the writer's own (저희 팀, 우리 회사, 본인, 제 …).</summary>
    public static bool IsTheWriters(string[] words, int i)
    {
        var w = words[i];
        return w.StartsWith("저희", StringComparison.Ordinal) || w.StartsWith("우리", StringComparison.Ordinal) || w.StartsWith("본인", StringComparison.Ordinal)
            || i > 0 && words[i - 1] is "저희" or "우리" or "본인" or "제" or "내";
    }

    /// <summary>The clauses from the first one with a said subject at work up to a clause opening with the writer are the subject's.</summary>
    public static void GiveBackToParty(string text, List<Clause> clauses)
    {
        var from = 0;
        for (var k = 1; k < clauses.Count; k++)
        {
            if (!WriterOpens().IsMatch(text[clauses[k].Start..clauses[k].End])) continue;
            var first = -1;
            for (var j = from; j < k && first < 0; j++)
                if (AnotherSubjectWorks(text[clauses[j].Start..clauses[j].End], afterTopic: false)) first = j;
            if (first >= 0)
                for (var j = first; j < k; j++)
                    if (!EvidenceClauses.WriterWorksOnIt().IsMatch(text[clauses[j].Start..clauses[j].End]))
                        clauses[j] = clauses[j] with { Actor = ClauseActor.OtherParty };
            from = k + 1;
        }
    }

    /// <summary>"X은 … Y가 담당": a topic, then a said subject at work.</summary>
    public static bool TopicThenAgentDoes(string clause) => AnotherSubjectWorks(clause, afterTopic: true);

    private static bool AnotherSubjectWorks(string clause, bool afterTopic)
    {
        var words = clause.Split(EvidenceClauses.WordBreaks, StringSplitOptions.RemoveEmptyEntries);
        var topic = !afterTopic;
        for (var i = 0; i < words.Length; i++)
        {
            if (!topic)
            {
                topic = IsTopic(words[i]);
                continue;
            }
            if (!IsSaidSubject(words, i)) continue;
            for (var n = i + 1; n <= i + 2 && n < words.Length; n++)
                if (WorkVerb().IsMatch(words[n])) return true;
        }
        return false;
    }

    // ADR 83: what a said subject made, as the adnominal before the name ("책임연구원이 세운 실험 계획", "전임자가 만든 매크로"),
    // one word or two ("만들어 둔", "짜 놓은").
    [GeneratedRegex(@"^(?:세운|만든|짠|정한|작성한|설계한|수립한|마련한|개발한|구축한|잡은|기획한|준비한|제작한|짜 놓은|만들어 둔|만들어 놓은)$")]
    private static partial Regex MadeAdnominal();

    // The writer working on what the other made: "고객사가 작성한 SQL 쿼리를 튜닝해", "전임자가 짠 것을 전부 재작성".
    [GeneratedRegex(@"튜닝|개선|수정|재작성|다시\s*작성|자동화|최적화|보완|고쳐|고친")]
    private static partial Regex ReworksIt();

    /// <summary>
    /// ADR 83: the name at [<paramref name="at"/>, <paramref name="end"/>) is another person's when a said subject and what
    /// it made come right before it ("책임연구원이 세운 실험 계획에 따라 …", "전임자가 만든 매크로를 그대로 사용"), or right after
    /// it as a topic ("수급표 매크로는 전임자가 만든 것을 그대로 사용"). Not when the line has the writer working on it
    /// (<see cref="EvidenceClauses.WriterWorksOnIt"/>, 튜닝, 개선, 재작성 …).
    /// </summary>
    public static bool MadeBySaidSubject(string text, int at, int end)
    {
        if (EvidenceClauses.WriterWorksOnIt().IsMatch(text) || ReworksIt().IsMatch(text)) return false;
        if (Weighing.On("topic-made") && MadeAfterTopic(text, end)) return true;
        if (at <= 0 || !char.IsWhiteSpace(text[at - 1])) return false;
        var words = text[..at].Split(EvidenceClauses.WordBreaks, StringSplitOptions.RemoveEmptyEntries);
        return MadeThenSubject(words, words.Length - 1, backwards: true);
    }

    /// <summary>The name's topic particle (written after the mention, or inside its token), then a said subject and what it made.</summary>
    private static bool MadeAfterTopic(string text, int end)
    {
        var p = end;
        if (p < text.Length && text[p] is '은' or '는') p++;
        else if (p == 0 || text[p - 1] is not ('은' or '는')) return false;
        if (p >= text.Length || !char.IsWhiteSpace(text[p])) return false;
        var words = text[p..].Split(EvidenceClauses.WordBreaks, StringSplitOptions.RemoveEmptyEntries);
        return MadeThenSubject(words, 0, backwards: false);
    }

    /// <summary>
    /// Backwards: words[..i] end with a said subject and a made-adnominal of one or two words. Forwards: words[i..] start so.
    /// </summary>
    private static bool MadeThenSubject(string[] words, int i, bool backwards)
    {
        for (var span = 1; span <= 2; span++)
        {
            var first = backwards ? i - span + 1 : i + 1;
            var subject = backwards ? first - 1 : i;
            if (subject < 0 || first < 0 || first + span > words.Length) continue;
            if (MadeAdnominal().IsMatch(string.Join(' ', words[first..(first + span)])) && IsSaidSubject(words, subject)) return true;
        }
        return false;
    }

    private static bool IsTopic(string w) => w.Length >= 2 && TopicWord().IsMatch(w) && !IsWriter(w) && w is not ("저희는" or "우리는");

    /// <summary>
    /// A Hangul word marked as subject (이 / 가 / 께서) that is not the writer: a stem of two syllables or more (평가, 추가
    /// and 차이 have one-syllable stems), not doubled (일일이, 틈틈이), not a noun or adverb that ends so itself
    /// (성과평가, 차질없이), or any stem ending in 님.
    /// </summary>
    private static bool IsSaidSubject(string[] words, int i)
    {
        var w = words[i];
        if (!IsHangul(w) || IsWriter(w) || IsTheWriters(words, i) || NotASubject().IsMatch(w)) return false;
        string stem;
        if (w.EndsWith("께서", StringComparison.Ordinal)) stem = w[..^2];
        else if (w.EndsWith('이') || w.EndsWith('가')) stem = w[..^1];
        else return false;
        if (stem.EndsWith('님')) return true;
        return stem.Length >= 2 && !(stem.Length == 2 && stem[0] == stem[1]);
    }

    private static bool IsWriter(string w) => w is "저는" or "제가" or "나는" or "내가" or "본인은" or "본인이" or "저도";

    private static bool IsHangul(string w)
    {
        foreach (var c in w) if (c < '가' || c > '힣') return false;
        return w.Length > 0;
    }
}
