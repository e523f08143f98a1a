using System.Text.RegularExpressions;

namespace Forge.Analysis.Domain.Engine;

/// <summary>Who did the work a clause describes.</summary>
internal enum ClauseActor { Candidate, OtherParty }

/// <summary>A clause of one line, at [Start, End) of the line's text.</summary>
internal readonly record struct Clause(int Start, int End, ClauseActor Actor);

/// <summary>
/// A resume line split into clauses, each with its actor (ADR 66). A skill mention is evidence only in a clause whose
/// actor is the candidate: the first person or the implicit subject of a resume bullet. A clause whose agent is another
/// party — "prepared by the MI team", "the dashboards the corporate BI team built", "escalate … to the IR team",
/// "면접은 현업 리더가 진행", "IT팀이 SQL로 추출해 준", "개발팀에 요청" — shows that party's work, not the candidate's.
/// Clauses end at sentence ends, ";", "but"-like words, Korean connective endings (-고 / -며 / -는데 / -지만 / -으나, not the
/// -고 of 하고 있다) and before a first-person subject that takes over ("…, and I …", "…, 본인은 …"), so a mixed sentence
/// gives each party its own part. Grammar cues only; no skill or wording of a particular batch.
/// </summary>
internal static partial class EvidenceClauses
{
    [GeneratedRegex(@"(?<=[.!?。])\s+|;|\s+(?:but|however|whereas|although|though|while)\s+|,?\s+and\s+(?=(?:I|we)\s)|,\s+and\s+|하지만|그러나|(?<=[가-힣](?:고|며|지만|는데|으나)),?\s(?!있|계)|,\s*(?=(?:본인|제가|저는|나는|I\s))", RegexOptions.IgnoreCase)]
    private static partial Regex Break();

    /// <summary>The clauses of <paramref name="text"/> (one line), in order, covering it whole.</summary>
    public static List<Clause> Split(string text)
    {
        var clauses = new List<Clause>();
        var start = 0;
        foreach (var end in Ends(text))
        {
            clauses.Add(new Clause(start, end, ActorOf(text[start..end])));
            start = end;
        }
        if (Weighing.On("contrast-me")) KoreanContrast.GiveBackToParty(text, clauses);
        return clauses;
    }

    // ADR 73: "의료정보팀에 추출을 요청해 받은 데이터를 엑셀로 정리하고": what was received ends the other party's part.
    [GeneratedRegex(@"(?<=(?:^|\s)(?:전달|넘겨|제공)?받(?:은|아|아서))\s")]
    private static partial Regex ReceivedBreak();

    /// <summary>Where each clause of <paramref name="text"/> ends, ascending; the last is the text's length.</summary>
    public static IEnumerable<int> Ends(string text)
    {
        var start = 0;
        var breaks = Break().Matches(text).Select(m => (m.Index, m.Length, Received: false));
        if (Weighing.On("received-break")) breaks = breaks.Concat(ReceivedBreak().Matches(text).Select(m => (m.Index, m.Length, Received: true)));
        if (Weighing.On("topic-break")) breaks = breaks.Concat(KoreanContrast.TopicBreaks(text).Select(m => (m.Index, m.Length, Received: false)));
        foreach (var (index, length, received) in breaks.OrderBy(b => b.Index))
        {
            var end = index + length;
            if (end <= start || end >= text.Length) continue;
            // ADR 80: "업무지원팀이 점검 앱 데이터를 받아 한글 문서로 만들어": a party that is the subject of 받아 is the one
            // that receives, so what follows is still its part.
            if (received && Weighing.On("party-receives") && PartyIsSubject(text[start..index])) continue;
            yield return end;
            start = end;
        }
        yield return text.Length;
    }

    // People and organisations other than the writer. "my team" / "our team" / 저희 팀 / 우리 팀 include the writer.
    private const string EnglishParty =
        @"(?:teams?|colleagues?|co-?workers?|vendors?|contractors?|agenc(?:y|ies)|consultan(?:ts?|cy)|partners?|managers?|director(?:\s+of\s+\w+)?|supervisors?|boss|leads?|leaders?|department|dept|suppliers?|providers?|photographers?|designers?|engineers?|developers?|analysts?|specialists?|staff|desk|squad|firm|publishers?|freelancers?|studio|someone|somebody|predecessors?|(?-i:CFO|CTO|CEO|HQ|IT)|headquarters|outsourcer)";

    private const string EnglishWorkVerb =
        @"(?:built|builds|build|wrote|writes|made|makes|created|creates|designed|designs|set\s+up|sets\s+up|prepared|prepares|provided|provides|handled|handles|handle|owned|owns|own|ran|runs|run|maintained|maintains|maintain|configured|configures|developed|develops|managed|manages|manage|operated|operates|operate|did|does|do|shot|retouched|coded|codes|implemented|implements|performed|performs|conducted|conducts|led|leads|lead|extracted|extracts|pulled|pulls|delivered|delivers|produced|produces|took\s+care\s+of|takes\s+care\s+of|set|sets|decided|decides)";

    // Participles of reviewing, using or asking for the work, which the writer did ("reviewed by the delivery team").
    private const string OwnWorkParticiples = "reviewed|checked|signed|verified|audited|supervised|used|reused|adopted|requested|asked|commissioned|sponsored|funded|recognized|rated|praised|followed|accepted|cited|referenced|mentored|coached|trained|guided|hired|evaluated|assessed|tested|read|seen|given|chosen";

    // ADR 80: people named by their trade; with any determiner, "our" too, a person is never the writer.
    private const string TradeParty = "(?:editors?|coordinators?|interpreters?|translators?|tutors?|coach(?:es)?|technicians?)";

    // "written by a colleague", "set at area level by the Director of Finance", "run by the platform team".
    // Any participle (-ed / -en / -wn: "drawn by the enterprise architecture team") as well as the irregular ones (ADR 71),
    // except those of reviewing, using or asking for the work, which the writer did ("reviewed by the delivery team").
    [GeneratedRegex(@"\b(?:(?!(?:" + OwnWorkParticiples + @")\b)[a-z]{2,}(?:ed|en|wn)|written|built|done|made|run|prepared|provided|handled|set|owned|maintained|configured|designed|shot|managed|created|developed|supplied|delivered|produced|performed|conducted|led|carried\s+out|covered|extracted|pulled|coded|implemented|operated|defined|decided|approved|taken|retouched|drafted|authored|kept|held|bought|sent|spent|caught|taught|thought|brought|sought)\b(?:\s+[\w-]+){0,4}?\s+by\s+(?:the|a|an|another|other|our|their|his|her|its|external|outside)\s+(?:[\w&-]+\s+){0,3}?" + EnglishParty + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByAgent();

    // ADR 80: a thing's passive, whose subject cannot be the writer ("the model is trained by our ML team", "clips are cut by
    // our video editor"): ByAgent's participles, the ones it leaves out for people too (trained, used … stay out), and cut / put /
    // split.
    [GeneratedRegex(@"\b(?:is|are)\s+(?:(?!(?:" + OwnWorkParticiples + @")\b)[a-z]{2,}(?:ed|en|wn)|trained|cut|put|split|set|run|made|done|kept|held)\b(?:\s+[\w-]+){0,4}?\s+by\s+(?:the|a|an|another|other|our|their|his|her|its|external|outside)\s+(?:[\w&-]+\s+){0,3}?(?:" + EnglishParty + "|" + TradeParty + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThingPassive();

    // ADR 83: a thing's passive by the writer's own manager ("The budget is set and held by my manager"): ThingPassive with
    // "my", for the people above or beside the writer only ("my team", "my analysts" include the writer's own work), and with
    // approving and presenting left to the writer too ("reports I prepare are approved by my manager").
    [GeneratedRegex(@"\b(?:is|are)\s+(?:(?!(?:" + OwnWorkParticiples + @"|approved|presented|submitted|signed)\b)[a-z]{2,}(?:ed|en|wn)|trained|cut|put|split|set|run|made|done|kept|held)\b(?:\s+[\w-]+){0,4}?\s+by\s+my\s+(?:[\w&-]+\s+){0,1}?(?:managers?|supervisors?|boss|colleagues?|co-?workers?|predecessors?|director|line\s+manager)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThingPassiveByMy();

    // ADR 83: office staff keying in or keeping the record, as the subject of a clause of its own ("…; our site administrator
    // types them into the customer's spreadsheet"). Not inside the writer's sentence ("Built the Excel tracker that the site
    // administrators update weekly").
    [GeneratedRegex(@"^\W*(?:and\s+|but\s+|then\s+)?(?:the|our|their|my)\s+(?:[\w&-]+\s+){0,2}?(?:administrators?|assistants?|clerks?|secretar(?:y|ies)|operators?|officers?|planners?|accountants?|bookkeepers?|techs?)\s+(?:types?|typed|enters?|entered|keys|keyed|inputs?|logs|logged|records|recorded|updates?|updated|keeps?|kept|does|did|handles?|handled|runs|ran|writes|wrote|builds|built|makes|made)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StaffKeysIn();

    // ADR 80: a person of a trade doing the work ("our editor cuts the trailers") or the one it goes through ("through our
    // interpreter"). Working *with* them stays the writer's work.
    [GeneratedRegex(@"\b(?:through|via)\s+(?:the|a|an|our|their|another|other|external|outside)\s+(?:[\w&-]+\s+){0,2}?" + TradeParty + @"\b|\b(?:the|a|an|our|their|another|other|external|outside|my)\s+(?:[\w&-]+\s+){0,2}?" + TradeParty + @"\s+(?:" + EnglishWorkVerb + @"|cuts|edits|edited|translates|translated|interprets|interpreted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TradeDoes();

    // "the IR team, who handle …", "the dashboards the corporate BI team built", "the photographer shot": a party doing the
    // work. Not "my team" / "our team" (no determiner here), and not a party the writer led or is (see PartyDoesWork).
    [GeneratedRegex(@"\b(?:the|a|an|their|its|another|other|external|outside|whose|those|these|that|this|[\w-]+'s)\s+(?:[\w&-]+\s+){0,3}?" + EnglishParty + @"\b\s*,?\s*(?:who|which|that)?\s*(?:had\s+|has\s+|have\s+|already\s+|also\s+|still\s+)?\b" + EnglishWorkVerb + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartyDoes();

    // "led the team that built", "I am a backend engineer who builds": the writer leads or is that party.
    [GeneratedRegex(@"\b(?:led|managed|supervised|mentored|coached|directed|headed|hired|trained|am|as|was|being|I'm)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WriterLeadsOrIs();

    // "our vendor handles …", "my manager set …": people and firms outside the writer even with "my" / "our".
    [GeneratedRegex(@"\b(?:my|our)\s+(?:[\w&-]+\s+){0,2}?(?:vendors?|contractors?|agenc(?:y|ies)|consultan(?:ts?|cy)|partners?|suppliers?|providers?|colleagues?|co-?workers?|managers?|supervisors?|boss|photographers?|freelancers?|outsourcer)\b\s*,?\s*(?:who|which|that)?\s*(?:had\s+|has\s+|have\s+|already\s+|also\s+|still\s+)?\b" + EnglishWorkVerb + @"\b|\b(?:was|were|is|are|got|been|being)\s+outsourced\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnPartyDoes();

    // "escalate confirmed incidents to the IR team", "outsourced the shoot to an agency", "asked the data team to …".
    [GeneratedRegex(@"\b(?:escalat\w*|hand(?:ed|s|ing)?\s+(?:off|over)|outsourc\w*|delegat\w*|refer(?:red|s)?|pass(?:ed|es)?\s+(?:on|over))\b[^;]*?\bto\s+(?:the|an?|their|another|other|external|outside)\s+(?:[\w&-]+\s+){0,3}?" + EnglishParty + @"\b|\b(?:asked|asks|requested|requests|relied\s+on|relies\s+on|depended\s+on|depends\s+on)\s+(?:the|an?|their|another|other|external|outside)\s+(?:[\w&-]+\s+){0,3}?" + EnglishParty + @"\s+(?:to|for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HandedTo();

    // A Korean party word (IT팀, 현업, 외주, 선임, 영양사 …) with its ending, read word by word: as subject or topic (현업 리더가,
    // 외주 QA 업체가, IT팀이, 선임 영양사가), given the work (개발팀에 요청, 외주로 진행), or as the maker (협력사에 의해, 데이터팀에서
    // 만든). Not 저희 팀 / 우리 팀 / 본인.
    [GeneratedRegex(@"^(?:[가-힣A-Za-z]{0,8}(?:팀|부서|본부|센터|업체|외주사|협력사|파트너사|대행사|에이전시|벤더|약제부|개발사|제작사|퍼블리셔)|현업|외주|선임|사수|선배|동료|상사|팀장|팀원|리더|담당자|매니저|개발자|디자이너|엔지니어|기획자|관리자|컨설턴트|연구원|직원|사원|상담원|실장|본부장|교수|영양사|약사|간호사|세무사|노무사|회계사|변호사|의사|치료사|위생사|(?<firm>[가-힣]{0,6}(?:법인|사무소|자문사|파트너)))(?:분|님)?(?:들)?(?<ending>이|가|께서|은|는|에|에게|께|쪽에|쪽으로|에서|로|를)?$")]
    private static partial Regex KoreanPartyWord();

    [GeneratedRegex(@"^(?:요청|의뢰|맡기|맡겨|맡김|위탁|이관|전달|넘기|넘겨|에스컬레이션)")]
    private static partial Regex KoreanHandOff();

    [GeneratedRegex(@"^(?:만든|구축한|개발한|제작한|작성한|운영하는|관리하는|운영|제공한|제공하는|뽑아|추출해)")]
    private static partial Regex KoreanMade();

    /// <summary>What separates the words of a Korean clause for the party readings here and in <see cref="KoreanContrast"/>.</summary>
    internal static readonly char[] WordBreaks = [' ', '\t', ',', '(', ')', '·', '/', ':', '[', ']', ';'];

    private static bool KoreanPartyDoes(string clause)
    {
        var words = clause.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (KoreanContrast.IsTheWriters(words, i)) continue;
            var m = KoreanPartyWord().Match(w);
            if (!m.Success) continue;
            // Firms by their kind (설계사무소, 회계법인, 재무자문사, 파트너; ADR 73).
            if (m.Groups["firm"].Success && !Weighing.On("firm-parties")) continue;
            var ending = m.Groups["ending"].Value;
            var next = i + 1 < words.Length ? words[i + 1] : "";
            var after = i + 2 < words.Length ? words[i + 2] : "";
            var isOutsourcing = w.StartsWith("외주", StringComparison.Ordinal) && w.Length <= 3;
            switch (ending)
            {
                case "이" or "가" or "께서" or "은" or "는": return true;
                case "에" when next.StartsWith("의해", StringComparison.Ordinal): return true;
                // "서식을 정리해 개발사에 전달": handing over what the writer made is the writer's work (ADR 73).
                case "에" or "에게" or "께" or "쪽에" or "쪽으로" when Weighing.On("own-handoff") && i > 0 && MadeThenPassed(words[i - 1], next): break;
                case "에" or "에게" or "께" or "쪽에" or "쪽으로" when KoreanHandOff().IsMatch(next) || KoreanHandOff().IsMatch(after): return true;
                case "에서" when KoreanMade().IsMatch(next): return true;
                case "로" or "를" when isOutsourcing: return true;
                case "" when isOutsourcing && next.StartsWith("처리", StringComparison.Ordinal): return true;
                // "추론 서버 배포는 인프라팀 담당", "유입 분석은 마케팅팀 담당이라": the party named as the one in charge (ADR 71).
                case "" when !isOutsourcing && next.StartsWith("담당", StringComparison.Ordinal): return true;
            }
        }
        return false;
    }

    /// <summary>A party word of <see cref="KoreanPartyWord"/> marked as subject (이 / 가 / 께서) in <paramref name="part"/>.</summary>
    private static bool PartyIsSubject(string part)
    {
        var words = part.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (KoreanContrast.IsTheWriters(words, i)) continue;
            var m = KoreanPartyWord().Match(words[i]);
            if (!m.Success || m.Groups["firm"].Success && !Weighing.On("firm-parties")) continue;
            if (m.Groups["ending"].Value is "이" or "가" or "께서") return true;
        }
        return false;
    }

    private static bool MadeThenPassed(string before, string verb) =>
        (before.EndsWith("해", StringComparison.Ordinal) || before.EndsWith("하여", StringComparison.Ordinal) || before.EndsWith("어", StringComparison.Ordinal))
        && !before.StartsWith("요청", StringComparison.Ordinal) && !before.StartsWith("의뢰", StringComparison.Ordinal)
        && (verb.StartsWith("전달", StringComparison.Ordinal) || verb.StartsWith("넘기", StringComparison.Ordinal) || verb.StartsWith("넘겨", StringComparison.Ordinal));

    // ADR 73: a third-person pronoun opening a clause with a work verb ("…; they write the manifests and run the EKS clusters").
    [GeneratedRegex(@"^\W*(?:and\s+)?(?:they|he|she)\s+(?:also\s+|then\s+|still\s+)?" + EnglishWorkVerb + @"\b|^\W*(?:and\s+)?(?:they|he|she)\s+(?:write|writes|wrote)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounDoes();

    // ADR 73: a party that sends or supplies what the writer then uses ("The actuarial data team sends a monthly claims extract").
    [GeneratedRegex(@"\b(?:the|a|an|their|its|another|other|external|outside|our)\s+(?:[\w&-]+\s+){0,3}?" + EnglishParty + @"\s+(?:sends|sent|supplies|supplied|shares|shared|gives|gave|hands|handed|publishes|published|exports|exported)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartySends();

    // ADR 73: "made by group IT", "handled by corporate security": an organisational unit after "by" without an article.
    [GeneratedRegex(@"\b[a-z]{2,}(?:ed|en|wn|de|ne|un)\s+by\s+(?:group|corporate|central|regional|global|head\s+office)\s+[A-Za-z&-]+", RegexOptions.IgnoreCase)]
    private static partial Regex ByUnit();

    // The writer working on what another party made is the writer's own work: "took over the scripts the data team built",
    // "개발팀이 만든 배치를 인수해 유지보수", "개발팀이 만든 API를 직접 연동".
    [GeneratedRegex(@"\b(?:took\s+over|take\s+over|taking\s+over|inherited|maintain(?:ed|s)?|extended|refactored|rewrote|rewritten|migrated|fixed|debugged|rebuilt|reworked|upgraded)\b|인수|이어받|유지보수|고도화|리팩터|직접|본인이|제가", RegexOptions.IgnoreCase)]
    internal static partial Regex WriterWorksOnIt();

    // Every other-party cue names a party (or 외주 / "outsourced"): a clause without one is the candidate's, cheaply.
    [GeneratedRegex(@"\b" + EnglishParty + @"\b|outsourc|팀|부서|본부|센터|업체|외주|협력사|파트너사|대행사|에이전시|벤더|약제부|개발사|제작사|퍼블리셔|현업|선임|사수|선배|동료|상사|리더|담당자|매니저|개발자|디자이너|엔지니어|기획자|관리자|컨설턴트|연구원|직원|사원|상담원|실장|본부장|교수|영양사|약사|간호사|세무사|노무사|회계사|변호사|의사|치료사|위생사|법인|사무소|자문사|파트너", RegexOptions.IgnoreCase)]
    private static partial Regex NamesAParty();

    private static bool PartyDoesWork(string clause)
    {
        foreach (Match m in PartyDoes().Matches(clause))
            if (!WriterLeadsOrIs().IsMatch(clause.AsSpan(0, m.Index))) return true;
        return false;
    }

    public static ClauseActor ActorOf(string clause)
    {
        var pronoun = Weighing.On("pronoun-party") && PronounDoes().IsMatch(clause);
        var unit = Weighing.On("by-unit") && ByUnit().IsMatch(clause);
        var topicAgent = Weighing.On("topic-agent") && KoreanContrast.TopicThenAgentDoes(clause);
        var trade = Weighing.On("thing-passive-trade") && (ThingPassive().IsMatch(clause) || TradeDoes().IsMatch(clause))
            || Weighing.On("passive-by-my") && ThingPassiveByMy().IsMatch(clause)
            || Weighing.On("staff-keys-in") && StaffKeysIn().IsMatch(clause);
        if (!pronoun && !unit && !topicAgent && !trade && !NamesAParty().IsMatch(clause)) return ClauseActor.Candidate;
        var other = pronoun || unit || topicAgent || trade || ByAgent().IsMatch(clause) || HandedTo().IsMatch(clause) || PartyDoesWork(clause) || OwnPartyDoes().IsMatch(clause)
            || KoreanPartyDoes(clause) || Weighing.On("party-sends") && PartySends().IsMatch(clause);
        if (!other) return ClauseActor.Candidate;
        return WriterWorksOnIt().IsMatch(clause) ? ClauseActor.Candidate : ClauseActor.OtherParty;
    }
}
