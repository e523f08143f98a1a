using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Planning;

namespace Forge.NotionForge.Tests.Planning;

/// <summary>The built-in planner picks the expected skill for Korean and English prompts, and its blueprint validates.</summary>
public sealed class PlannerSkillChoiceTests
{
    [Theory]
    [InlineData("프로젝트 관리 대시보드 만들어줘", "project_management", "ko")]
    [InlineData("팀 업무를 칸반으로 관리하고 싶어", "project_management", "ko")]
    [InlineData("습관 트래커 만들어줘", "habit_tracker", "ko")]
    [InlineData("매일 운동 루틴을 기록할 페이지", "habit_tracker", "ko")]
    [InlineData("독서를 기록하는 페이지가 필요해", "reading_log", "ko")]
    [InlineData("읽은 책과 서평을 정리하고 싶어요", "reading_log", "ko")]
    [InlineData("고객관리 CRM 만들어줘", "crm", "ko")]
    [InlineData("영업 파이프라인과 거래처를 관리", "crm", "ko")]
    [InlineData("분기별 OKR 목표와 핵심결과 관리", "okr", "ko")]
    [InlineData("가계부 만들어줘 월별 예산도", "budget", "ko")]
    [InlineData("감사일기를 쓰는 다이어리", "journal", "ko")]
    [InlineData("유튜브랑 블로그 콘텐츠 발행 일정", "content_calendar", "ko")]
    [InlineData("회의록 템플릿", "meeting_notes", "ko")]
    [InlineData("대학 강의와 과제를 관리할 공부 플래너", "course_tracker", "ko")]
    [InlineData("일본 여행 일정표 만들어줘", "travel_planner", "ko")]
    [InlineData("다이어트 식단표와 장보기 목록", "meal_planner", "ko")]
    [InlineData("스프린트 관리 보드", "project_management", "ko")]
    [InlineData("월급이랑 저축 관리", "budget", "ko")]
    [InlineData("Build me a project management dashboard for my team", "project_management", "en")]
    [InlineData("I want a habit tracker for my morning routines", "habit_tracker", "en")]
    [InlineData("A reading log for the books I read this year", "reading_log", "en")]
    [InlineData("Simple CRM for clients and sales deals", "crm", "en")]
    [InlineData("Quarterly OKRs with key results", "okr", "en")]
    [InlineData("Track my monthly budget and expenses", "budget", "en")]
    [InlineData("Daily journal with mood and gratitude", "journal", "en")]
    [InlineData("Content calendar for blog posts and YouTube", "content_calendar", "en")]
    [InlineData("Meeting notes with agenda and action items", "meeting_notes", "en")]
    [InlineData("Course tracker for my online classes and assignments", "course_tracker", "en")]
    [InlineData("Plan a trip to Kyoto: itinerary and packing", "travel_planner", "en")]
    [InlineData("Weekly meal planner with recipes and groceries", "meal_planner", "en")]
    public void Picks_the_expected_skill_and_produces_a_valid_blueprint(string prompt, string skill, string language)
    {
        PromptGuard.Check(prompt).ShouldBeNull();
        var result = BuiltInPlanner.Plan(prompt);
        result.Analysis.Skill.Id.ShouldBe(skill);
        result.Analysis.Confidence.ShouldBeGreaterThanOrEqualTo(0.7);
        result.Blueprint.Language.ShouldBe(language);
        result.Blueprint.Skill.ShouldBe(skill);
        BlueprintValidator.Validate(result.Blueprint).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("독서를", "독서")]
    [InlineData("회의록으로", "회의록")]
    [InlineData("가계부와", "가계부")]
    [InlineData("여행에서", "여행")]
    [InlineData("팀용", "팀용")]
    [InlineData("결과", "결과")]
    public void Korean_particles_are_stripped_but_short_nouns_are_kept(string word, string stem) =>
        PromptText.StripParticle(word).ShouldBe(stem);

    [Fact]
    public void A_prompt_without_a_known_keyword_has_no_confidence()
    {
        var result = BuiltInPlanner.Plan("만들어줘 뭔가 멋진 거");
        result.Analysis.Score.ShouldBe(0);
        result.Analysis.Confidence.ShouldBe(0);
        BlueprintValidator.Validate(result.Blueprint).ShouldBeEmpty();
    }

    [Fact]
    public void Two_equally_matched_skills_lower_the_confidence_below_the_clarifying_threshold()
    {
        var result = BuiltInPlanner.Plan("budget and journal");
        result.Analysis.Confidence.ShouldBeLessThan(0.7);
    }
}
