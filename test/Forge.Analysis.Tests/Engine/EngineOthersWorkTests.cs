using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>
/// The classes read from fresh5's disagreements (ADR 63 third addendum): work someone else did, a course being taken,
/// a basic level and a note that only viewed or submitted are not evidence; the candidate's own work beside them still
/// is. Each on text written for the test, not taken from an evaluation batch.
/// </summary>
public sealed class EngineOthersWorkTests
{
    private static readonly SkillMatcher Matcher = new(SkillDictionary.Embedded);

    private static List<string> Skills(string text) =>
        Mentions(text).Where(m => !m.NotEvidence).Select(m => m.Skill.Name).Distinct().ToList();

    private static List<string> NotEvidence(string text) =>
        Mentions(text).Where(m => m.NotEvidence).Select(m => m.Skill.Name).Distinct().ToList();

    private static List<SkillMention> Mentions(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return Matcher.Find(normalized, TextLine.Split(normalized));
    }

    [Theory]
    [InlineData("The photographer shot the product photos for the catalogue", "Photography")]
    [InlineData("Attended one Kubernetes migration run by the platform team", "Kubernetes")]
    [InlineData("Sat in on a Tableau training for managers", "Tableau")]
    [InlineData("Currently taking an online course in Python for analysts", "Python")]
    [InlineData("Enrolled in an evening Figma course", "Figma")]
    [InlineData("Languages: Spanish (B1, learning)", "Spanish")]
    [InlineData("Jira는 개발팀이 사용하고, 우리는 메일로 요청", "Jira")]
    [InlineData("Tableau 대시보드는 데이터팀이 제작, 영업팀은 조회만 함", "Tableau")]
    [InlineData("Salesforce 리포트는 조회만 가능", "Salesforce")]
    [InlineData("SQL 추출은 개발팀에 요청해서 받음", "SQL")]
    [InlineData("일본어는 기초 수준", "Japanese")]
    public void Work_someone_else_did_or_a_course_being_taken_is_not_evidence(string line, string skill)
    {
        Skills(line).ShouldNotContain(skill);
        NotEvidence(line).ShouldContain(skill);
    }

    [Theory]
    [InlineData("Shot and retouched product photos for the web shop", "Photography")]
    [InlineData("Ran the Kubernetes migration with the platform team", "Kubernetes")]
    [InlineData("Built Tableau dashboards for the sales team", "Tableau")]
    [InlineData("Took over the Python reporting scripts the data team built", "Python")]
    [InlineData("저희 팀이 사용하는 Jira 워크플로 설계", "Jira")]
    [InlineData("데이터팀에서 SQL로 매출 리포트 작성", "SQL")]
    [InlineData("Python 기초 강의 진행 (사내 교육 강사)", "Python")]
    public void The_candidates_own_work_beside_a_team_stays_evidence(string line, string skill) =>
        Skills(line).ShouldContain(skill);
}
