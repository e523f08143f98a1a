using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>
/// ADR 71's mechanisms, each on text written for the test (not taken from an evaluation batch), on text that needs it
/// and on text it must leave alone: the posting's own wording as evidence, ability negation, a party named as the one in
/// charge, any participle before "by" a party, the parts of a hyphenated word, a therapist naming the therapy.
/// </summary>
public sealed class EngineMechanismsTests
{
    private static readonly AnalysisEngine Engine = new();
    private static readonly SkillMatcher Matcher = new(SkillDictionary.Embedded);

    private static string Status(string resume, string posting, string skill) => EngineVerdict.Of(resume, posting, skill);

    private static List<SkillMention> Mentions(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return Matcher.Find(normalized, TextLine.Split(normalized));
    }

    private const string StoreOpenings = """
        Retail Expansion Coordinator
        Requirements
        - Project management of store openings: lease handover, fit-out and opening day
        - Excel
        """;

    [Fact]
    public void A_clause_of_the_candidates_own_work_that_repeats_the_requirement_lines_wording_shows_the_skill()
    {
        const string resume = """
            Experience
            Area Coordinator, Northfield Stores (2021.01 ~ 현재)
            - Took 14 store openings from lease handover through fit-out to opening day
            - Weekly sales reports in Excel
            """;
        var result = Engine.Analyze(new AnalysisInput(resume, StoreOpenings, new DateOnly(2026, 12, 1)));
        var pm = result.Essential.SkillAnalysisResults.Single(s => s.Skill == "Project management");
        pm.Status.ShouldBe("MATCHED");
        // The evidence is the candidate's own line.
        var evidence = pm.Evidence.ShouldHaveSingleItem();
        resume.Substring(evidence.Start, evidence.Length).ShouldBe(evidence.Text);
        evidence.Text.ShouldContain("store openings");
    }

    [Theory]
    // Another party's clause (ADR 66 scoping applies here too).
    [InlineData("- Store openings from lease handover to fit-out are run by the property team; I order the stock")]
    // Fewer than two of the line's words.
    [InlineData("- Ordered stock for the new store")]
    // A learning / not-used marker in the clause.
    [InlineData("- Shadowed only: store openings, lease handover and fit-out")]
    public void The_posting_wording_is_no_evidence_in_others_work_below_the_threshold_or_under_a_marker(string line)
    {
        var resume = "Experience\nArea Coordinator, Northfield Stores (2021.01 ~ 현재)\n" + line + "\n- Weekly sales reports in Excel\n";
        Status(resume, StoreOpenings, "Project management").ShouldBe("MISSING");
    }

    [Fact]
    public void The_postings_domain_nouns_are_shared_by_every_clause_and_show_nothing()
    {
        const string posting = """
            Store Openings Coordinator
            We open forty stores a year across the north.
            Requirements
            - Project management of store openings: lease handover, fit-out and opening day
            """;
        const string resume = """
            Experience
            Cashier, Northfield Stores (2021.01 ~ 현재)
            - Worked the tills at three store openings
            """;
        Status(resume, posting, "Project management").ShouldBe("MISSING");
    }

    [Fact]
    public void A_line_asking_for_two_skills_or_a_product_without_described_work_is_never_shown_by_wording()
    {
        const string twoSkills = """
            Retail Expansion Coordinator
            Requirements
            - Project management and budgeting of store openings: lease handover, fit-out and opening day
            """;
        const string resume = """
            Experience
            Area Coordinator, Northfield Stores (2021.01 ~ 현재)
            - Took 14 store openings from lease handover through fit-out to opening day
            - Tracked campaign landing traffic and signup conversion in Naver Analytics
            """;
        Status(resume, twoSkills, "Project management").ShouldBe("MISSING");
        const string product = """
            Growth Marketer
            Requirements
            - Google Analytics for campaign landing traffic and signup conversion
            """;
        Status(resume, product, "Google Analytics").ShouldBe("MISSING");
    }

    [Theory]
    [InlineData("일본어는 못함", "Japanese")]
    [InlineData("중국어는 할 줄 모름", "Chinese")]
    [InlineData("I cannot speak Japanese", "Japanese")]
    public void Saying_one_cannot_is_not_evidence(string line, string skill)
    {
        Mentions(line).Where(m => m.Skill.Name == skill).ShouldAllBe(m => m.NotEvidence);
        Mentions(line).ShouldContain(m => m.Skill.Name == skill);
    }

    [Fact]
    public void Ability_words_that_are_not_negation_leave_the_skill_alone()
    {
        Mentions("일본어 비즈니스 회화 가능, 못다 한 현지 출장 보고서 작성").Single(m => m.Skill.Name == "Japanese").NotEvidence.ShouldBeFalse();
    }

    [Theory]
    [InlineData("추론 서버 Docker 이미지 빌드는 인프라팀 담당", "Docker")]
    [InlineData("The Jira workflows were drawn up by the delivery team", "Jira")]
    [InlineData("Tableau dashboards are kept by the BI team", "Tableau")]
    public void A_party_in_charge_or_any_participle_by_a_party_is_that_partys_work(string line, string skill)
    {
        Mentions(line).Where(m => m.Skill.Name == skill).ShouldAllBe(m => m.OthersWork);
        Mentions(line).ShouldContain(m => m.Skill.Name == skill);
    }

    [Theory]
    [InlineData("Docker 이미지 빌드와 배포 담당")]
    [InlineData("Jira workflows I configured, reviewed by the delivery team")]
    public void The_candidate_in_charge_or_reviewed_by_others_stays_the_candidates_work(string line)
    {
        Mentions(line).ShouldContain(m => !m.OthersWork && !m.NotEvidence);
    }

    [Fact]
    public void The_parts_of_a_hyphenated_word_meet_described_work()
    {
        Mentions("Maintain the cash-flow-statement forecast model for the lenders").ShouldContain(m => m.Skill.Name == "Financial modeling" && !m.NotEvidence);
        Mentions("Read the cash-flow statement every month").ShouldNotContain(m => m.Skill.Name == "Financial modeling");
    }

    [Fact]
    public void A_therapist_names_the_therapy()
    {
        Mentions("작업치료사 면허 소지자").ShouldContain(m => m.Skill.Name == "Occupational therapy");
        Mentions("물리치료사로 근무").ShouldContain(m => m.Skill.Name == "Physical therapy");
        Mentions("치료사 선생님과 상담").ShouldNotContain(m => m.Skill.Name == "Physical therapy" || m.Skill.Name == "Occupational therapy");
    }
}
