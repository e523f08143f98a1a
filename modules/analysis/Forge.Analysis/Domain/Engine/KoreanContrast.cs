using System.Text.RegularExpressions;

namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// ADR 80: who does the work in a Korean line that names two doers. A resume bullet's subject is the writer and goes
/// unsaid; a subject that is said — a word marked 이 / 가 / 께서 that is not the writer — is someone else, and a clause
/// that then opens with 저는 / 제가 hands the line back to the writer ("보도자료는 시 홍보담당관실이 작성·배포하며, 저는 …",
/// "처리구 배치는 연구사가 설계하고 분산분석까지 맡았으며, 저는 …"). The topic-then-agent form names the one in charge
/// without a hand-back ("중국인 환자 상담은 통역 코디네이터가 담당"). Grammar only: no party noun list, no skill.
/// </summary>
internal static partial class KoreanContrast
{
    [GeneratedRegex(@"^[\s\-•*·,;:]*(?:저는|제가|나는|내가|본인은|본인이)(?=\s)")]
    private static partial Regex WriterOpens();

    // A comma before a topic of two or three words ("…, 중국인 환자 상담은 …"): a new subject of the sentence.
    [GeneratedRegex(@",(?=\s*(?:[가-힣A-Za-z0-9]+\s+){1,2}[가-힣]+(?<!하는|되는|있는|없는|않는)(?:은|는)\s)")]
    private static partial Regex TopicComma();

    [GeneratedRegex(@"^(?:담당|맡|진행|운영|작성|관리|처리|촬영|설계|제작|만들|배포|수행|검토|찍|입력|대신|개발|구축|편집|준비)")]
    private static partial Regex WorkVerb();

    private static readonly char[] WordBreaks = [' ', '\t', ',', '(', ')', '·', '/', ':', '[', ']', ';'];

    public static IEnumerable<Match> TopicBreaks(string text) => TopicComma().Matches(text);

    /// <summary>The clauses from the first one with a said subject up to a clause opening with the writer are the subject's.</summary>
    public static void GiveBackToParty(string text, List<Clause> clauses)
    {
        var from = 0;
        for (var k = 1; k < clauses.Count; k++)
        {
            if (!WriterOpens().IsMatch(text[clauses[k].Start..clauses[k].End])) continue;
            var first = -1;
            for (var j = from; j < k && first < 0; j++)
                if (SaysAnotherSubject(text[clauses[j].Start..clauses[j].End])) first = j;
            if (first >= 0)
                for (var j = first; j < k; j++)
                    if (!EvidenceClauses.WriterWorksOnIt().IsMatch(text[clauses[j].Start..clauses[j].End]))
                        clauses[j] = clauses[j] with { Actor = ClauseActor.OtherParty };
            from = k + 1;
        }
    }

    /// <summary>"X은 … Y가 담당": a topic, then a said subject that does the work.</summary>
    public static bool TopicThenAgentDoes(string clause)
    {
        var words = clause.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries);
        var topic = false;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (!topic)
            {
                topic = w.Length >= 2 && (w.EndsWith('은') || w.EndsWith('는')) && IsHangul(w) && !IsWriter(w) && !IsAdnominal(w);
                continue;
            }
            if (!IsSaidSubject(words, i)) continue;
            for (var n = i + 1; n <= i + 2 && n < words.Length; n++)
                if (WorkVerb().IsMatch(words[n])) return true;
        }
        return false;
    }

    private static bool SaysAnotherSubject(string clause)
    {
        var words = clause.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++) if (IsSaidSubject(words, i)) return true;
        return false;
    }

    /// <summary>
    /// A Hangul word marked as subject (이 / 가 / 께서) that is not the writer: a stem of two syllables or more (평가, 추가
    /// and 차이 have one-syllable stems), not doubled (일일이, 틈틈이), or any stem ending in 님; not 저희 / 우리 팀.
    /// </summary>
    private static bool IsSaidSubject(string[] words, int i)
    {
        var w = words[i];
        if (!IsHangul(w) || IsWriter(w) || w.StartsWith("저희", StringComparison.Ordinal) || w.StartsWith("우리", StringComparison.Ordinal)) return false;
        if (i > 0 && words[i - 1] is "저희" or "우리" or "본인" or "제" or "내") return false;
        string stem;
        if (w.EndsWith("께서", StringComparison.Ordinal)) stem = w[..^2];
        else if (w.EndsWith('이') || w.EndsWith('가')) stem = w[..^1];
        else return false;
        if (stem.EndsWith('님')) return true;
        return stem.Length >= 2 && !(stem.Length == 2 && stem[0] == stem[1]);
    }

    private static bool IsWriter(string w) => w is "저는" or "제가" or "나는" or "내가" or "본인은" or "본인이" or "저도" or "저희는" or "우리는";

    private static bool IsAdnominal(string w) => w.EndsWith("하는", StringComparison.Ordinal) || w.EndsWith("되는", StringComparison.Ordinal)
        || w.EndsWith("있는", StringComparison.Ordinal) || w.EndsWith("없는", StringComparison.Ordinal) || w.EndsWith("않는", StringComparison.Ordinal);

    private static bool IsHangul(string w)
    {
        foreach (var c in w) if (c < '가' || c > '힣') return false;
        return w.Length > 0;
    }
}
