using System.Text.RegularExpressions;

namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// A skill the writer says they are only learning, have not used or are merely interested in is not
/// evidence. Within one clause (<see cref="EvidenceClauses"/>: sentences, "; but", Korean 하지만 / -고 / -지만 end
/// clauses, but not the -고 of 하고 있다), a leading
/// marker ("currently learning Rust and Go", "no experience with", "학습 중인 기술: …") covers every skill
/// after it; a trailing marker ("Kotlin은 공부 중", "Go (learning)") covers the skills of its comma chunk
/// and of the bare skill lists right before it ("Rust, Go는 공부 중"). Work someone else did is not evidence either
/// ("the photographer shot and retouched", "run by the platform team", "sat in on", "IT팀이 구축", "개발팀에 요청",
/// "조회만 함", "제출만 함"), nor a course being taken ("taking an online course in Java") or a basic level (기초 수준).
/// </summary>
internal static partial class NotEvidenceMarkers
{
    // "learning" alone is also part of skill names (machine learning), so it needs a helper word or to open the clause.
    [GeneratedRegex(@"\b(?:can(?:not|'t)|do\s+not|don't)\s+(?:speak|read|write)\b|\b(?:currently|now|still|am|is|are|been|also|actively)\s+(?:(?:currently|now|still|self-)\s*)?(?:learning|studying)\b|^\W*(?:learning|studying|self-studying)\b|\b(?:want(?:ing)?|plan(?:ning)?|hope|hoping|eager)\s+to\s+learn\b|\binterested\s+in\b|\bno\s+(?:\w+\s+){0,2}experience\s+(?:with|in|using)\b|\b(?:have|has)(?:n't|\s+not|\s+never)\s+(?:yet\s+)?(?:used|worked\s+with|done|built|written)\b|\bnever\s+(?:used|worked\s+with|done|built|written)\b|\b(?:taking|enrolled\s+in|signed\s+up\s+for)(?=\s+(?:an?\s+)?(?:[\w.+#""“”‘’'-]+\s+){0,4}?(?:classes|lessons|courses?|bootcamp)\b)|\bsat\s+in\s+on\b|^\W*the(?=\s+(?:[\w-]+\s+){0,2}?(?:team|photographer|agency|vendor|contractor|printer|department)\s+(?:shot|ran|built|set\s+up|made|wrote|designed|owned|handled|did|configured)\b)|\bnot\s+(?:yet\s+)?used\b|\bunfamiliar\s+with\b|\bnot\s+(?:been\s+)?responsible\s+for\b|\b(?:did\s+not|didn't|never)\s+(?:handle|own|work\s+on|touch|do)\b|\bno\s+hands-on\b|\bnew\s+to\b|\bexploring\b|\bteaching\s+(?:myself|herself|himself|themselves)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"공부\s*중|공부하고\s*있|학습\s*중|학습하고\s*있|배우는\s*중|배우고\s*있|독학\s*중|독학하고|수강\s*중|수강하고\s*있|익히는\s*중|(?:사용|실무|업무|프로젝트)?\s*경험(?:은|이)?\s*(?:전혀\s*)?없|(?:사용해|써|다뤄|해)\s*본\s*적(?:은|이)?\s*없|관심(?:이|을)?\s*(?:있|가지|많)|입문\s*단계|예정|(?:써|사용해|해|다뤄)\s*보지\s*(?:못|않)|못\s*(?:해|써)\s*봤|\((?:[^(),]*,\s*)?(?:learning|studying|beginner)\b|\b(?:run|built|set\s+up|done|owned|made|shot|written|configured|maintained)\s+by\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:team|agency|vendor|contractor|photographer|department|partner)\b|(?<!저희\s?|우리\s?)(?<![가-힣])[가-힣A-Za-z]{0,6}팀(?:이\s*(?:사용|구축|제작|작성|담당|운영|관리|만들|세팅|설정)|에\s*(?:요청|의뢰|맡기|맡겨))|조회만|제출만|요청만|기초\s*수준|초급\s*수준|\bin\s+progress\b|\b(?:is\s+)?something\s+I\s+want\s+to\s+learn\b|\bcandidate(?=\s*(?:[,;.()]|$))|\b(?:level|part)\s*(?:i{1,2}|[12])\s*(?:passed|pass|합격|응시)|1차\s*합격|준비\s*중|(?:담당|관여|참여|사용)\s*하지\s*(?:않|못)|(?:담당|관여)\s*안\s*(?:함|했|해)|미경험|(?:실무\s*)?미사용|(?<![가-힣])못\s*(?:함|합니다|해요|한다)(?![가-힣])|할\s*줄\s*(?:모름|모릅니다|몰라)|강의만\s*(?:수강|들)|참관만|견학만|\bobserved\s+only\b|\bonly\s+observed\b|\bshadowed\s+only\b", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingMarker();

    // ADR 73: "업무에 사용한 적 없음", "써 본 적 없음" in the past adnominal (사용한 / 쓴 / 다룬 / 한 적), and the progressive
    // "공부하는 중" / "준비하는 중".
    [GeneratedRegex(@"(?:사용한|쓴|다룬|해\s*본|써\s*본|작성한|작성해\s*본)\s*적(?:은|이|도)?\s*(?:전혀\s*)?없|(?:공부|학습|수강|독학|준비)하는\s*중")]
    private static partial Regex NeverDoneMarker();

    // ADR 73: a level that names coursework or small talk (C++: 대학 과제 수준, 일본어: 여행 회화 수준) is not working use.
    [GeneratedRegex(@"(?:대학\s*과제|학부\s*과제|과제|수업|여행\s*회화|인사말|간단한\s*회화)\s*수준|\b(?:coursework|university\s+assignments?|classroom)\s+level\b", RegexOptions.IgnoreCase)]
    private static partial Regex CourseworkLevel();

    private static IEnumerable<Match> Trailing(string clause)
    {
        foreach (Match m in TrailingMarker().Matches(clause)) yield return m;
        if (Weighing.On("never-done-ko")) foreach (Match m in NeverDoneMarker().Matches(clause)) yield return m;
        if (Weighing.On("coursework-level")) foreach (Match m in CourseworkLevel().Matches(clause)) yield return m;
        foreach (Match m in (Weighing.On("planned-as-plan") ? PlannedAsPlan() : Planned()).Matches(clause)) yield return m;
        if (Weighing.On("negated-verb")) foreach (Match m in NegatedVerb().Matches(clause)) yield return m;
        if (Weighing.On("cannot-ko")) foreach (Match m in CannotKo().Matches(clause)) yield return m;
        if (Weighing.On("only-role")) foreach (Match m in OnlyRole().Matches(clause)) yield return m;
        if (Weighing.On("no-access-ko")) foreach (Match m in NoAccessKo().Matches(clause)) yield return m;
        if (Weighing.On("course-taken-ko")) foreach (Match m in CourseTakenKo().Matches(clause)) yield return m;
    }

    // ADR 83: what the writer has no access to do ("DB 직접 조회 권한 없음"). Not "권한 없는 접근" (unauthorised) nor "권한 없이"
    // (without rights), which describe the work.
    [GeneratedRegex(@"(?:권한|접근\s*권한)(?:이|은|도)?\s*(?:전혀\s*)?없(?!는|이)")]
    private static partial Regex NoAccessKo();

    // ADR 83: a course taken, not work done, ending its clause ("교양 통계학 과목에서 회귀분석 기초 수강"). Not a course the writer
    // then applied ("수강 후 업무에 적용"), a student (수강생), or 수강 as a noun of the work ("수강 신청 시스템", "수강 이력").
    [GeneratedRegex(@"(?<![가-힣])수강(?:함|했음|했다|했습니다|하였음|하였다|하였습니다|완료)?(?=\s*(?:[.,;)]|$))")]
    private static partial Regex CourseTakenKo();

    [GeneratedRegex(@"\b(?:course\s+)?(?:scheduled|planned)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Planned();

    // ADR 73: "planned" is a plan at the end of its clause or before for / to / in ("course planned for 2027"), not an
    // adjective ("from run-rate and planned launches").
    [GeneratedRegex(@"\b(?:course\s+)?(?:scheduled|planned)(?=\s*(?:$|[,;.)(]|(?:for|to|in|from|next)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex PlannedAsPlan();

    // ADR 73: a Korean verb in the negative (따로 정리하지 않음, 직접 작성하지 않았다) and a licence or qualification not held (미보유).
    [GeneratedRegex(@"(?:하|되|쓰|다루)지\s*(?:는\s*)?않(?:음|았|는다|습니다|고)|미보유|미취득")]
    private static partial Regex NegatedVerb();

    // ADR 80: what the writer says they cannot do or only just manage: "파이썬은 모름", "영어 상담은 어려움", "영어는 메일을
    // 읽는 정도". Not a difficulty the writer removed ("데이터 접근 어려움 해소"), nor a level the writer went past ("읽는 수준을 넘어").
    [GeneratedRegex(@"(?<![가-힣])(?:모름|모릅니다|몰라요|어려움|어렵습니다|어려워요|불가능합니다|불가능|불가)(?![가-힣])(?!\s*(?:을|를)?\s*(?:해소|해결|개선|극복|줄|낮|없애|→))|(?:읽는|읽을\s*수\s*있는|알아듣는|알아볼\s*수\s*있는)\s*(?:정도|수준)(?![가-힣])")]
    private static partial Regex CannotKo();

    // ADR 80: a part that is only checking or passing on someone's work: "AML 교육 자료 감수만 맡음", "설명만 전달". Not what the
    // writer used to do before changing it ("입력만 하던 업무를 VBA로 자동화").
    [GeneratedRegex(@"(?:감수|교정|검수|전달|취합|보조|입력|확인)만(?![가-힣])(?!\s*(?:하던|했던|하다가|하는\s*방식))")]
    private static partial Regex OnlyRole();

    // ADR 80: "bare-metal, with no RTOS", "without a CMS": the name right after the negation is what is absent. Not a bare
    // "no" ("ensured no SQL injection findings").
    [GeneratedRegex(@"\b(?:with\s+no|without(?:\s+(?:an?|any))?)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AbsentBefore();

    /// <summary>Whether a clause carries a learning / not-used / someone-else marker at all (ADR 71: no described work there).</summary>
    public static bool Qualifies(string clause) => LeadingMarker().IsMatch(clause) || Trailing(clause).Any();

    public static HashSet<SkillMention> NegatedMentions(TextLine line, IReadOnlyList<SkillMention> mentions)
    {
        var negated = new HashSet<SkillMention>(ReferenceEqualityComparer.Instance);
        if (mentions.Count == 0) return negated;
        var text = line.Text;
        if (Weighing.On("label-then-marker")) LabelThenMarker(line, mentions, negated);
        var clauseStart = 0;
        List<SkillMention> previous = [];
        foreach (var clauseEnd in EvidenceClauses.Ends(text))
        {
            var inClause = mentions.Where(m => m.Start - line.Start >= clauseStart && m.Start - line.Start < clauseEnd).ToList();
            if (Weighing.On("absent-before"))
                foreach (var x in inClause.Where(x => AbsentBefore().IsMatch(text[clauseStart..(x.Start - line.Start)]))) negated.Add(x);
            if (inClause.Count > 0) NegateInClause(text, line.Start, clauseStart, clauseEnd, inClause, negated);
            // "I have read about Rust but have not used it": a marker whose object points back (it, them, queries)
            // in a clause of its own covers the skills of the clause before it.
            else if (previous.Count > 0 && (PointsBack().IsMatch(text[clauseStart..clauseEnd])
                         || Weighing.On("points-back-more") && PointsBackMore().IsMatch(text[clauseStart..clauseEnd])
                         || Weighing.On("not-yet-applied") && NotYetApplied().IsMatch(text[clauseStart..clauseEnd])))
                foreach (var x in previous) negated.Add(x);
            // A clause naming no skill ("I reviewed a handful of their pull requests") does not end what "it" points back to.
            if (inClause.Count > 0 || !Weighing.On("points-back-more")) previous = inClause;
            clauseStart = clauseEnd;
        }
        return negated;
    }

    /// <summary>
    /// ADR 83: a name used as a label ("영어: 업무 메일은 번역기를 활용해 작성, 영어로 회의해 본 경험 없음") is what the text after the
    /// colon says of it: not evidence when every part of that text carries a marker (or writes through a translator) and it
    /// names no other skill. One part of real use keeps it ("영어: 본사와 주간 회의 직접 진행, 계약서 검토 경험은 없음").
    /// </summary>
    private static void LabelThenMarker(TextLine line, IReadOnlyList<SkillMention> mentions, HashSet<SkillMention> negated)
    {
        var first = mentions[0];
        var after = first.End - line.Start;
        var colon = after;
        while (colon < line.Text.Length && line.Text[colon] == ' ') colon++;
        if (colon >= line.Text.Length || line.Text[colon] is not (':' or '：')) return;
        if (line.Text[..(first.Start - line.Start)].Any(char.IsLetterOrDigit)) return;
        if (mentions.Skip(1).Any(m => m.Skill != first.Skill)) return;
        var chunks = line.Text[(colon + 1)..].Split([',', ';', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (chunks.Length > 0 && chunks.All(c => Qualifies(c) || ThroughTranslator().IsMatch(c)))
            foreach (var m in mentions) negated.Add(m);
    }

    // Writing through a translation tool is not the language itself ("메일은 번역기를 활용해 작성", "emails via DeepL").
    [GeneratedRegex(@"번역기|번역\s*툴|구글\s*번역|파파고|\b(?:google\s+translate|deepl|papago|a\s+translation\s+tool)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThroughTranslator();

    [GeneratedRegex(@"^\W*(?:I\s+)?(?:have|has)(?:n't|\s+not|\s+never)\s+(?:yet\s+)?(?:used|worked\s+with|done|built|written)\s+(?:it|them|this|that|any|queries|code)\b|^\W*(?:I\s+)?(?:was|were)(?:n't|\s+not)\s+(?:involved|responsible)\b|^\W*(?:that\s+is\s+|that's\s+)?not\s+(?:my|our)\s+(?:area|responsibility|remit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    // ADR 83: "…; not yet applied on site.", "…, not yet put into practice": a clause of the marker alone points back too.
    [GeneratedRegex(@"^\W*(?:but\s+)?(?:(?:it\s+is|it's|is|was|were|have|has)\s+)?not\s+(?:yet\s+)?(?:applied|put\s+into\s+practice|used\s+(?:it|them)\s+at\s+work)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotYetApplied();

    // ADR 73: "…; not used at work yet", "… but never wrote it myself": a clause that is only the marker points back too.
    [GeneratedRegex(@"^\W*(?:but\s+)?(?:(?:it\s+is|it's|is)\s+)?not\s+(?:yet\s+)?used\b|^\W*(?:but\s+)?(?:I\s+)?never\s+(?:used|wrote|written|worked\s+(?:with|on)|touched|coded)\s+(?:it|them|any)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBackMore();

    private static void NegateInClause(string text, int lineStart, int from, int to, List<SkillMention> inClause, HashSet<SkillMention> negated)
    {
        var clause = text[from..to];
        foreach (Match m in LeadingMarker().Matches(clause))
        {
            var markerAt = from + m.Index;
            if (InsideMention(lineStart, markerAt, m.Length, inClause)) continue;
            var after = inClause.Where(x => x.Start - lineStart >= markerAt + m.Length).ToList();
            if (after.Count > 0) foreach (var x in after) negated.Add(x);
            else NegateBefore(text, lineStart, from, markerAt, inClause, negated);
        }
        foreach (var m in Trailing(clause))
        {
            var markerAt = from + m.Index;
            if (InsideMention(lineStart, markerAt, m.Length, inClause)) continue;
            // "학습 중인 기술: Rust, Go": a Korean marker used as a label covers what follows it.
            var rest = clause[(m.Index + m.Length)..];
            var colon = rest.IndexOf(':');
            if (colon >= 0 && colon <= 4) foreach (var x in inClause.Where(x => x.Start - lineStart > markerAt)) negated.Add(x);
            else NegateBefore(text, lineStart, from, markerAt, inClause, negated);
        }
    }

    // A marker inside a name is part of the name; one that only begins inside it ("CFA Level I 합격" where the dictionary
    // writes "CFA Level") is still a marker (ADR 73).
    private static bool InsideMention(int lineStart, int markerAt, int length, List<SkillMention> mentions) =>
        Weighing.On("marker-past-name")
            ? mentions.Any(x => x.Start - lineStart <= markerAt && x.End - lineStart >= markerAt + length)
            : mentions.Any(x => x.Start - lineStart < markerAt + length && x.End - lineStart > markerAt);

    /// <summary>
    /// The marker's comma chunk, then earlier chunks while they hold nothing but skill names. A marker whose chunk names
    /// no skill is about the chunk before it ("some SQL from a workshop, not yet used on a story", "Kotlin (학습 중)").
    /// An opening parenthesis also ends a chunk, so a note in parentheses is about what it names ("방사선 촬영 보조
    /// (초음파는 참관만 함)"), and about the item it qualifies only for the same skill ("Mandarin (HSK 1, still learning)").
    /// </summary>
    private static void NegateBefore(string text, int lineStart, int clauseFrom, int markerAt, List<SkillMention> inClause, HashSet<SkillMention> negated)
    {
        // ADR 83: a marker in a note that names no skill is about the item the note follows: "HSK 4급 (2021 취득, 업무에서
        // 사용한 적 없음)".
        if (Weighing.On("note-qualifies-item") && OpenNoteAt(text, clauseFrom, markerAt) is var open and >= 0
            && !inClause.Any(x => x.Start - lineStart > open && x.Start - lineStart < markerAt)
            && OnlyWhereBefore().IsMatch(text[PreviousComma(text, open + 1, markerAt)..markerAt]))
        {
            var itemStart = PreviousComma(text, clauseFrom, open);
            var item = inClause.Where(x => x.Start - lineStart >= itemStart && x.Start - lineStart < open).ToList();
            if (item.Count > 0)
            {
                foreach (var x in item) negated.Add(x);
                return;
            }
        }
        var chunkEnd = markerAt;
        var chunkStart = PreviousComma(text, clauseFrom, chunkEnd);
        var first = true;
        var pointsBack = false;
        HashSet<Skill> covered = [];
        HashSet<Skill>? noteSkills = null;
        while (true)
        {
            var inChunk = inClause.Where(x => x.Start - lineStart >= chunkStart && x.Start - lineStart < chunkEnd).ToList();
            if (!first && !pointsBack)
            {
                if (noteSkills is not null)
                {
                    foreach (var x in inChunk.Where(x => noteSkills.Contains(x.Skill))) negated.Add(x);
                    return;
                }
                if (inChunk.Count == 0 || !OnlySkills(text, lineStart, chunkStart, chunkEnd, inChunk)) return;
            }
            foreach (var x in inChunk) { negated.Add(x); covered.Add(x.Skill); }
            pointsBack = first && inChunk.Count == 0;
            first = false;
            if (chunkStart <= clauseFrom) return;
            // Leaving a parenthesised note that named skills: the item before it is covered for those skills only.
            if (text[chunkStart - 1] is '(' or '（' && !pointsBack && covered.Count > 0) noteSkills = covered;
            chunkEnd = chunkStart - 1;
            chunkStart = PreviousComma(text, clauseFrom, chunkEnd);
        }
    }

    // The words a note may hold before its marker and still be about the item's use: where or how far ("업무에서", "실무에서는",
    // "아직", "at work", "yet"), nothing else ("유료 툴 미사용" is about paid tools, not the item).
    [GeneratedRegex(@"^\s*(?:(?:업무|실무|현업|회사|직장|프로젝트|현장)(?:에서|에)?(?:는|도)?\s*|(?:아직|전혀|한\s*번도|직접)\s*|(?:at\s+work|on\s+the\s+job|yet|since)\s*)*$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyWhereBefore();

    /// <summary>The position of the unclosed '(' the marker sits in, or −1.</summary>
    private static int OpenNoteAt(string text, int from, int markerAt)
    {
        var depth = 0;
        for (var p = markerAt - 1; p >= from; p--)
        {
            if (text[p] is ')' or '）') depth++;
            else if (text[p] is '(' or '（' && depth-- == 0) return p;
        }
        return -1;
    }

    private static int PreviousComma(string text, int floor, int before)
    {
        for (var p = before - 1; p >= floor; p--)
            if (text[p] is ',' or '，' or '、' or '/' or '·' or '(' or '（') return p + 1;
        return floor;
    }

    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "및", "그리고", "와", "과", "은", "는", "을", "를", "이", "가", "도", "현재", "currently", "also",
    };

    private static bool OnlySkills(string text, int lineStart, int from, int to, List<SkillMention> inChunk)
    {
        var chars = text[from..to].ToCharArray();
        foreach (var m in inChunk)
            for (var p = m.Start - lineStart; p < m.End - lineStart; p++) if (p >= from && p < to) chars[p - from] = ' ';
        var words = new string(chars).Split([' ', '(', ')', '-', ':'], StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => Fillers.Contains(w));
    }
}
