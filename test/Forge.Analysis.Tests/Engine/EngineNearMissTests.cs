using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>
/// ADR 66: near misses are dictionary data (sibling groups). A sibling is never evidence for another, no implication or
/// paraphrase turns one into another, a sibling weighed and passed over is not evidence, and a missing skill's
/// evaluation names what the resume has instead. Text written for the test, not taken from an evaluation batch.
/// </summary>
public sealed class EngineNearMissTests
{
    private static readonly AnalysisEngine Engine = new();
    private static readonly SkillMatcher Matcher = new(SkillDictionary.Embedded);

    private static Forge.Analysis.Contracts.Results.SkillAnalysisResult Verdict(string resumeLine, string asked, string posting)
    {
        var resume = "Experience\nEngineer - Acme | Jan 2020 - Present\n- " + resumeLine;
        var result = Engine.Analyze(new AnalysisInput(resume, posting, new DateOnly(2026, 12, 1)));
        return result.Essential.SkillAnalysisResults.Single(s => s.Skill == asked);
    }

    [Theory]
    [InlineData("Wrote Pulumi stacks for the VPC and database layers", "Terraform", "Pulumi")]
    [InlineData("Built the booking pages in Vue.js with Nuxt.js server rendering", "Next.js", "Nuxt.js")]
    [InlineData("Wrote end-to-end tests in Cypress for checkout", "Playwright", "Cypress")]
    [InlineData("Ran MariaDB replicas for the order service", "PostgreSQL", "MariaDB")]
    [InlineData("Built Looker dashboards on revenue for the sales leads", "Tableau", "Looker")]
    [InlineData("Rolled out Linkerd for mTLS between services", "Istio", "Linkerd")]
    [InlineData("Loaded the event tables into BigQuery and modelled the marts", "Snowflake", "BigQuery")]
    [InlineData("Filed and tracked bugs in Redmine with repro videos", "Jira", "Redmine")]
    public void A_sibling_is_not_evidence_and_the_evaluation_names_it(string line, string asked, string sibling)
    {
        var posting = $"Engineer\nRequirements\n- Hands-on {asked} in production\n- Data warehouse and SQL skills";
        var verdict = Verdict(line, asked, posting);
        verdict.Status.ShouldBe("MISSING");
        verdict.Evaluation.ShouldContain(sibling);
        verdict.Evaluation.ShouldContain("instead");
    }

    [Fact]
    public void The_korean_evaluation_names_the_sibling_too()
    {
        var posting = "데이터 엔지니어\n자격 요건\n- Snowflake 운영 경험";
        var resume = "경력\n(주)에이 | 2021.01 ~ 현재\n- BigQuery에 주문 마트 설계 및 운영";
        var result = Engine.Analyze(new AnalysisInput(resume, posting, new DateOnly(2026, 12, 1)));
        var snowflake = result.Essential.SkillAnalysisResults.Single(s => s.Skill == "Snowflake");
        snowflake.Status.ShouldBe("MISSING");
        snowflake.Evaluation.ShouldContain("BigQuery");
    }

    [Theory]
    [InlineData("Evaluated Istio for mTLS; we chose Linkerd and rolled it out", "Istio", "Linkerd")]
    [InlineData("Defined the network in Pulumi instead of Terraform", "Terraform", "Pulumi")]
    [InlineData("Terraform 대신 Pulumi로 인프라 정의", "Terraform", "Pulumi")]
    [InlineData("Tableau와 Power BI를 비교 검토한 뒤 Power BI를 도입해 보고서 제작", "Tableau", "Power BI")]
    public void A_sibling_weighed_and_passed_over_is_not_evidence(string line, string passed, string chosen)
    {
        var normalized = TextNormalizer.Normalize(line);
        var mentions = Matcher.Find(normalized, TextLine.Split(normalized));
        mentions.Where(m => m.Skill.Name == passed).ShouldAllBe(m => m.NotEvidence && m.PassedOver);
        mentions.ShouldContain(m => m.Skill.Name == chosen && !m.NotEvidence);
    }

    [Fact]
    public void Using_both_siblings_shows_both()
    {
        var posting = "Engineer\nRequirements\n- Terraform\n- Pulumi";
        var resume = "Experience\nEngineer - Acme | Jan 2020 - Present\n- Migrated the Terraform modules to Pulumi and kept both running for a quarter";
        var result = Engine.Analyze(new AnalysisInput(resume, posting, new DateOnly(2026, 12, 1)));
        result.Essential.SkillAnalysisResults.Where(s => s.Skill is "Terraform" or "Pulumi").ShouldAllBe(s => s.Status == "MATCHED");
    }

    [Fact]
    public void Every_group_names_dictionary_skills_that_do_not_imply_one_another()
    {
        var skills = SkillDictionary.Embedded.Skills;
        var grouped = skills.Where(s => s.Siblings.Count > 0).ToList();
        grouped.Count.ShouldBeGreaterThan(100);
        grouped.Select(s => s.Domain).Distinct().Count().ShouldBeGreaterThanOrEqualTo(8);
        foreach (var s in grouped)
        foreach (var sibling in s.Siblings)
        {
            sibling.Siblings.ShouldContain(s);
            s.Implies.ShouldNotContain(sibling);
        }
    }

    [Fact]
    public void A_group_whose_skill_implies_another_is_refused()
    {
        var file = new SkillDictionaryFile
        {
            Groups = [new SkillGroupFile { Category = "Frontend", Domain = "software", Skills = [new SkillFile { Name = "React" }, new SkillFile { Name = "Next.js", Implies = ["React"] }] }],
            Siblings = [["React", "Next.js"]],
        };
        Should.Throw<InvalidOperationException>(() => SkillDictionary.Build(file)).Message.ShouldContain("sibling");
    }
}
