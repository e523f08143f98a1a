using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>The general rules of ADR 57, each on text that needs it and on text it must leave alone.</summary>
public sealed class EngineDescribedWorkTests
{
    private static readonly SkillMatcher Matcher = new(SkillDictionary.Embedded);

    private static List<string> Skills(string text) => Mentions(text).Where(m => !m.NotEvidence).Select(m => m.Skill.Name).Distinct().ToList();

    private static List<SkillMention> Mentions(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return Matcher.Find(normalized, TextLine.Split(normalized));
    }

    [Theory]
    [InlineData("Built a three-statement model for the Series C raise", "Financial modeling")]
    [InlineData("Led 30 grievance and disciplinary investigations", "Employee relations")]
    [InlineData("Monthly headcount and attrition reporting", "HR analytics")]
    [InlineData("Scaled paid installs on Facebook and Instagram ads", "Meta Ads")]
    [InlineData("Blood sampling and sample processing per protocol", "Phlebotomy")]
    [InlineData("일일 자금일보 작성 및 월간 자금수지 계획 수립", "Treasury")]
    [InlineData("인스타그램 계정 운영, 팔로워 2만 → 9만 성장", "Social media marketing")]
    [InlineData("광고 채널별 ROAS 분석 및 리포트", "Marketing analytics")]
    [InlineData("Own the monthly forecast and the annual budget", "Budgeting")]
    public void Work_described_rather_than_named_shows_the_skill(string line, string skill) =>
        Skills(line).ShouldContain(skill);

    [Theory]
    [InlineData("Financial modelling and labour law", "Financial modeling", "Labor law")]
    [InlineData("Containerised services; data visualisation", "Docker", "Data visualization")]
    public void British_spellings_read_as_the_dictionary_writes_them(string line, string first, string second)
    {
        var skills = Skills(line);
        skills.ShouldContain(first);
        skills.ShouldContain(second);
    }

    [Fact]
    public void Korean_role_nouns_name_their_field_and_span_the_written_word()
    {
        const string text = "콘텐츠 마케터로 3년 근무";
        var mention = Mentions(text).Single(m => m.Skill.Name == "Content marketing");
        TextNormalizer.Normalize(text).Substring(mention.Start, mention.Length).ShouldBe("콘텐츠 마케터");
    }

    [Fact]
    public void A_shared_abbreviation_is_the_skill_whose_domain_surrounds_it()
    {
        Skills("간호사 면허, GCP 교육 이수").ShouldContain("Good Clinical Practice");
        Skills("간호사 면허, GCP 교육 이수").ShouldNotContain("GCP");
        Skills("AWS, GCP, Kubernetes").ShouldContain("GCP");
        Skills("AWS, GCP, Kubernetes").ShouldNotContain("Good Clinical Practice");
        Skills("Product Designer (UX/UI)").ShouldBe(["Product design", "UX design", "UI design"], ignoreOrder: true);
    }

    [Fact]
    public void A_language_name_before_a_place_noun_is_not_the_language()
    {
        Skills("Investigations under German labour law").ShouldNotContain("German");
        Skills("Languages: German, English").ShouldContain("German");
    }

    [Theory]
    [InlineData("CFA Level I candidate (exam in 2027)", "CFA")]
    [InlineData("자격: FRM Part 1 합격", "FRM")]
    [InlineData("공인노무사 1차 합격", "Certified Labor Attorney")]
    public void A_certification_not_yet_held_is_not_evidence(string line, string skill) =>
        Mentions(line).Where(m => m.Skill.Name == skill).ShouldAllBe(m => m.NotEvidence);

    [Theory]
    [InlineData("신입 또는 경력 2년 이하", null, true)]
    [InlineData("Up to 2 years of experience", null, false)]
    [InlineData("At least 2 years as a clinical research coordinator", 2, false)]
    [InlineData("경력 3년 이상", 3, false)]
    public void A_ceiling_is_no_minimum(string line, int? minimum, bool entry)
    {
        var years = RequiredYearsParser.Parse([(line, line)]);
        years.MinimumYears.ShouldBe(minimum);
        years.EntryLevelAccepted.ShouldBe(entry);
    }

    [Fact]
    public void An_internship_heading_opens_dated_experience()
    {
        var engine = new AnalysisEngine();
        var result = engine.Analyze(new AnalysisInput("윤소희\n학력: 한국대학교 (2021.03 ~ 2025.02)\n인턴\n푸드마켓 마케팅팀 인턴 | 2025.07 ~ 2025.12\n- 엑셀로 판매 데이터 정리",
            "마케팅 어시스턴트\n자격요건\n- 엑셀 활용 가능자", new DateOnly(2026, 12, 1)));
        result.Extraction.CandidateYears.ShouldBe(0.5);
    }
}
