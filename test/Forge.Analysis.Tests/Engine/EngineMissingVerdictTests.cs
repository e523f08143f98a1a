using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>
/// The general rules of ADR 63 against false "missing" verdicts, each on text that needs it and on text it must
/// leave alone (no false friends: React Native is not React, GitHub Actions asks no GitHub, a B2B market is no sale).
/// </summary>
public sealed class EngineMissingVerdictTests
{
    private static readonly SkillMatcher Matcher = new(SkillDictionary.Embedded);

    private static List<string> Skills(string text, bool skillList = false) =>
        Mentions(text, skillList).Where(m => !m.NotEvidence).Select(m => m.Skill.Name).Distinct().ToList();

    private static List<SkillMention> Mentions(string text, bool skillList = false)
    {
        var normalized = TextNormalizer.Normalize(text);
        return Matcher.Find(normalized, TextLine.Split(normalized), lineIsSkillList: _ => skillList);
    }

    [Fact]
    public void A_platform_written_first_in_a_product_name_shows_the_platform()
    {
        Skills("Deep AWS IAM knowledge").ShouldBe(["IAM", "AWS"], ignoreOrder: true);
        Skills("Tuned Azure Sentinel analytics rules").ShouldContain("Azure");
        Skills("Mobile apps in React Native").ShouldNotContain("React");
        Skills("CI pipelines on GitHub Actions").ShouldNotContain("GitHub");
        Skills("Month-end reporting from Oracle NetSuite").ShouldNotContain("Oracle Database");
    }

    [Fact]
    public void An_AWS_only_service_shows_AWS()
    {
        var dictionary = SkillDictionary.Embedded;
        foreach (var name in new[] { "AWS Lambda", "Amazon S3", "DynamoDB", "CloudFormation" })
            dictionary.Skills.Single(s => s.Name == name).Implies.Select(s => s.Name).ShouldContain("AWS", name);
        dictionary.Skills.Single(s => s.Name == "Kubernetes").Implies.Select(s => s.Name).ShouldNotContain("AWS");
    }

    [Fact]
    public void Export_and_channel_selling_are_selling_to_businesses()
    {
        var result = new AnalysisEngine().Analyze(new AnalysisInput(
            "정우성\n경력\n(주)코리아밸브 해외사업부 | 2021.05 ~ 현재\n- 베트남 신규 바이어 15곳 개척, 수출 영업 담당",
            "해외영업 매니저\n자격 요건\n- B2B 영업 경력 3년 이상", new DateOnly(2026, 12, 1)));
        result.Essential.SkillAnalysisResults.Single(s => s.Skill == "B2B sales").Status.ShouldBe("MATCHED");
    }

    [Theory]
    [InlineData("Product Manager (B2B SaaS)", false)]
    [InlineData("B2B 커머스 플랫폼 프론트엔드 개발", false)]
    [InlineData("Closed $1.8M ARR in B2B deals, 120% of quota two years running", true)]
    [InlineData("B2B 해외영업 경력 3년 이상", true)]
    [InlineData("B2B 영업 경력", true)]
    public void A_bare_B2B_is_a_market_unless_the_line_is_about_selling(string line, bool sales) =>
        Skills(line).Contains("B2B sales").ShouldBe(sales);

    [Fact]
    public void A_resume_skills_list_is_context_for_a_name_that_is_also_a_word()
    {
        Skills("Argus Safety, MedDRA, Excel, Veeva Vault", skillList: true).ShouldContain("Excel");
        Skills("Argus Safety, MedDRA, Excel, Veeva Vault").ShouldNotContain("Excel");
        // A form two skills share still needs its domain: GCP beside drug-safety tools is Good Clinical Practice only.
        Skills("Argus Safety, MedDRA, GCP", skillList: true).ShouldNotContain("GCP");
        // The word rules still apply: "excel at" is the verb.
        Skills("I excel at stakeholder updates", skillList: true).ShouldNotContain("Excel");
    }

    [Theory]
    [InlineData("I have not done offensive security or pen testing work myself.", "Penetration testing")]
    [InlineData("I haven't done any Kubernetes work in production.", "Kubernetes")]
    public void Have_not_done_is_not_evidence(string line, string skill) =>
        Mentions(line).Where(m => m.Skill.Name == skill).ShouldAllBe(m => m.NotEvidence);

    [Fact]
    public void Articles_and_conjunctions_do_not_count_towards_a_paraphrase_distance()
    {
        Skills("Designed the iOS and Android onboarding and refill flows for a pharmacy app").ShouldContain("Product design");
        Skills("Designed quarterly surveys, interview guides, screeners, consent forms, recruitment emails, flows").ShouldNotContain("Product design");
    }

    [Theory]
    [InlineData("기능 사용률은 Redash에서 쿼리를 짜서 직접 확인", "SQL")]
    [InlineData("기능 사용률은 Redash에서 쿼리를 짜서 직접 확인", "Product analytics")]
    [InlineData("주간 매출 리포트를 엑셀로 작성하고 재고 회전율 분석", "Data analysis")]
    [InlineData("Built the refunds service in Kotlin on Spring Boot", "Payment systems")]
    [InlineData("Ran paid search campaigns for a £70k monthly budget", "Budgeting")]
    [InlineData("flex로 근태·급여 시스템 전환 프로젝트 리드", "Flex HR")]
    public void Work_described_rather_than_named_shows_the_skill(string line, string skill) =>
        Skills(line).ShouldContain(skill);

    [Fact]
    public void Flex_as_a_word_is_not_the_HR_system() =>
        Skills("We offer flex time and remote work").ShouldNotContain("Flex HR");
}
