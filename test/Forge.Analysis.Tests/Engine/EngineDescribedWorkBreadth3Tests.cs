using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>
/// Described work and tool names added for the ADR 63 third addendum (classes read from fresh5, added across domains):
/// each on text written for the test, with text the data must leave alone (near misses stay apart).
/// </summary>
public sealed class EngineDescribedWorkBreadth3Tests
{
    private static readonly SkillMatcher Matcher = new(SkillDictionary.Embedded);

    private static List<string> Skills(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return Matcher.Find(normalized, TextLine.Split(normalized)).Where(m => !m.NotEvidence).Select(m => m.Skill.Name).Distinct().ToList();
    }

    [Theory]
    [InlineData("가격 결정 요인을 다중회귀 모형으로 추정", "Regression analysis")]
    [InlineData("Cleaned survey data with GeoPandas", "pandas")]
    [InlineData("Drew new wordmarks and monograms for two clients", "Logo design")]
    [InlineData("Wrote the brand guidelines for a retail chain", "Branding")]
    [InlineData("Prepared dielines and print-ready files for the juice range", "Packaging design")]
    [InlineData("Wrote automated tests for the checkout in Cypress", "Test automation")]
    [InlineData("Wrote how-to guides for the support portal", "Technical writing")]
    [InlineData("설비 정비 절차서 작성 및 개정", "Technical writing")]
    [InlineData("Fixed a DHCP scope and VLAN tagging on the office switch", "Computer networking")]
    [InlineData("Edited ladder logic on the palletiser line", "PLC")]
    [InlineData("구 시스템 고객 데이터 이관 검증", "Data migration")]
    [InlineData("총계정원장 계정 체계 설계", "Financial accounting")]
    [InlineData("Added schema markup and meta tags to product pages", "HTML")]
    [InlineData("신입 교육: 해부·생리와 주요 질환 용어", "Medical terminology")]
    [InlineData("Planned and tracked four office moves against fixed dates", "Project management")]
    public void Described_work_shows_the_skill(string line, string skill) => Skills(line).ShouldContain(skill);

    [Theory]
    [InlineData("Ran MySQL spatial queries for the retail study", "PostgreSQL")]
    [InlineData("Dashboards in Power BI for the client", "Tableau")]
    [InlineData("Pipelines in GitHub Actions on each pull request", "Jenkins")]
    [InlineData("Keyword gap analysis in Semrush", "Ahrefs")]
    [InlineData("Wrote the brand guidelines for a retail chain", "Logo design")]
    [InlineData("Cleaned survey data with GeoPandas", "R")]
    [InlineData("Planned a trip to the office", "Project management")]
    public void Near_misses_stay_apart(string line, string skill) => Skills(line).ShouldNotContain(skill);

    [Fact]
    public void Perks_under_a_plus_heading_are_other_matter_but_a_plus_that_asks_stays()
    {
        var reader = new PostingReader(Matcher);
        var english = reader.Read(TextNormalizer.Normalize("""
            Data Analyst
            Nice to have
            - Tableau
            - Hybrid cloud experience with Kubernetes
            Hybrid in Leeds; free lunch and a learning budget for Python courses.
            """));
        english.Preferred.Select(s => s.Skill.Name).ShouldBe(["Tableau", "Kubernetes"], ignoreOrder: true);
        var korean = reader.Read(TextNormalizer.Normalize("""
            데이터 분석가
            우대사항
            - Jira 사용 경험
            - 재택 주 2일, 도서·교육비 지원 (SQL 강의 포함)
            """));
        korean.Preferred.Select(s => s.Skill.Name).ShouldBe(["Jira"]);
    }
}
