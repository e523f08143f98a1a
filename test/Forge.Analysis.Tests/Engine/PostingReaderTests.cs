using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>How a posting is split and which skills become essential or preferred (ADR 38).</summary>
public sealed class PostingReaderTests
{
    private static PostingProfile Read(string posting) =>
        new PostingReader(new SkillMatcher(SkillDictionary.Embedded)).Read(TextNormalizer.Normalize(posting));

    private static string[] Names(IEnumerable<PostingSkill> skills) => skills.Select(s => s.Skill.Name).ToArray();

    [Fact]
    public void Korean_headings_split_duties_requirements_and_pluses()
    {
        var posting = Read("""
            백엔드 개발자
            우리 팀을 소개합니다.
            [주요 업무]
            - Kafka 기반 이벤트 처리
            [자격요건]
            - Java 3년 이상 (Kotlin 경험 우대)
            - Docker를 이용한 배포 경험
            [우대사항]
            - AWS 운영 경험
            [혜택 및 복지]
            - Slack, Notion으로 일합니다
            """);
        Names(posting.Essential).ShouldBe(["Java", "Docker"]);
        Names(posting.Preferred).ShouldBe(["Kotlin", "AWS"]);
        Names(posting.Responsibilities).ShouldBe(["Kafka"]);
        posting.Years.MinimumYears.ShouldBe(3);
        posting.Title.ShouldBe("백엔드 개발자");
        posting.Language.ShouldBe("ko");
    }

    [Fact]
    public void English_headings_inline_content_and_a_plus_clause()
    {
        var posting = Read("""
            Position: Data Engineer
            Requirements: Python and SQL; Scala is a plus
            - 4+ years with Airflow
            Nice to have
            - Kubernetes
            Benefits
            - Python books budget
            """);
        posting.Title.ShouldBe("Data Engineer");
        Names(posting.Essential).ShouldBe(["Python", "SQL", "Airflow"]);
        Names(posting.Preferred).ShouldBe(["Scala", "Kubernetes"]);
        posting.Years.MinimumYears.ShouldBe(4);
        posting.Language.ShouldBe("en");
    }

    [Fact]
    public void Without_a_required_section_the_duties_skills_are_essential()
    {
        var posting = Read("""
            Marketing Manager
            What you'll do
            - Run Google Ads and Meta Ads campaigns
            """);
        Names(posting.Essential).ShouldBe(["Google Ads", "Meta Ads"]);
    }
}
