using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>
/// ADR 80's mechanisms, each on text written for the test (not taken from an evaluation batch): on text that needs it and,
/// where it could overreach, on text it must leave alone.
/// </summary>
public sealed class EngineMechanisms80Tests
{
    private static readonly AnalysisEngine Engine = new();

    private static string Status(string resume, string posting, string skill) => EngineVerdict.Of(resume, posting, skill);

    [Theory]
    // A said subject, then the writer taking over with 저는: the part before is the subject's, however many clauses.
    [InlineData("- 월별 손익표는 본부 재무 담당관이 엑셀로 만들고 검증까지 맡았으며, 저는 부서 비용 내역만 정리", "[자격 요건]\n- 엑셀 활용", "Excel")]
    [InlineData("- 행사 영상은 구청 홍보 도우미가 편집하고 저는 촬영 일정을 잡음", "[자격 요건]\n- 영상 편집 가능자", "Video editing")]
    [InlineData("- 보고서 초안은 사무장님이 한글로 작성하시고, 제가 맞춤법을 봄", "[자격 요건]\n- 한글(HWP) 문서 작성", "HWP")]
    // The topic, then a said subject in charge of it: "X은 Y가 담당".
    [InlineData("- 법인세 신고는 외부 세무 대리인이 담당", "[자격 요건]\n- 법인세 신고 경험", "Corporate tax")]
    // A party that is the subject of 받아 receives, and what follows is still its part.
    [InlineData("- 설문 원자료는 리서치 업체가 받아 SPSS로 분석해 보고서로 보냄", "[자격 요건]\n- SPSS 활용", "SPSS")]
    // What the writer cannot do or only just manages.
    [InlineData("- 파이썬은 모름", "[자격 요건]\n- Python 활용", "Python")]
    [InlineData("- 중국어 회의 진행은 어려움", "[자격 요건]\n- 중국어 가능자", "Chinese")]
    [InlineData("- 영어는 기술 문서를 읽는 정도", "[자격 요건]\n- 영어 회의 가능자", "English")]
    // Only checking or passing on someone's work.
    [InlineData("- 급여 계산 자료 전달만 담당", "[자격 요건]\n- 급여 계산 경험", "Payroll")]
    // The name right after a negation is what is absent.
    [InlineData("- Shipped the control loop on bare metal with no RTOS.", "Requirements\n- RTOS experience", "RTOS")]
    // A language named before the people the work was with.
    [InlineData("- Handled escalations from Japanese customers through our interpreter.", "Requirements\n- Japanese", "Japanese")]
    // A thing's passive ("is trained by our X team") and a short participle ("cut by").
    [InlineData("- The recommendation model is trained by our ML platform team; I call it from the API.", "Requirements\n- Machine learning", "Machine learning")]
    [InlineData("- Trailers are cut by our in-house editor from my shot lists.", "Requirements\n- Video editing", "Video editing")]
    public void Others_work_and_what_the_writer_cannot_do_are_not_evidence(string resume, string posting, string skill) =>
        Status(resume, posting, skill).ShouldNotBe("MATCHED");

    [Theory]
    // The writer's own clause after the hand-back stays the writer's.
    [InlineData("- 견적 산정은 영업팀장이 하고, 저는 엑셀로 원가 계산표를 만들어 관리", "[자격 요건]\n- 엑셀 활용", "Excel")]
    // A subject that is a thing, with no writer taking over, leaves the line the writer's.
    [InlineData("- 재고 데이터가 늘어나 엑셀 집계 시트를 새로 설계", "[자격 요건]\n- 엑셀 활용", "Excel")]
    // A comma before a one-word topic does not split a list from its verb.
    [InlineData("- 엑셀, 파워포인트는 매주 보고서 작성에 사용", "[자격 요건]\n- 엑셀 활용", "Excel")]
    // The writer receiving from a party: what follows is the writer's (ADR 73, unchanged).
    [InlineData("- 영업팀에 요청해 받은 실적 자료를 엑셀로 집계", "[자격 요건]\n- 엑셀 활용", "Excel")]
    // "no" that is not right before the name.
    [InlineData("- Moved billing to Kubernetes with no downtime.", "Requirements\n- Kubernetes", "Kubernetes")]
    // Working with a person of a trade is the writer's own work.
    [InlineData("- Cut the weekly highlight reels in Premiere Pro with our editors.", "Requirements\n- Premiere Pro", "Premiere Pro")]
    // A language before a word that is not the people worked with.
    [InlineData("- Translated Japanese product manuals into English for five years.", "Requirements\n- Japanese", "Japanese")]
    // Words ending in 이 / 가 that are no subject at work: an adverb, a compound noun, a thing with no work verb.
    [InlineData("- 월말 결산은 누락없이 엑셀로 처리", "[자격 요건]\n- 엑셀 활용", "Excel")]
    [InlineData("- 인사 업무는 성과평가 운영과 급여 계산을 담당", "[자격 요건]\n- 급여 계산 경험", "Payroll")]
    [InlineData("- 프로젝트 규모가 커지며 Jira로 일정 관리 체계를 도입했고, 제가 스프린트 운영을 맡음", "[자격 요건]\n- Jira 활용", "Jira")]
    // A difficulty the writer removed, a level the writer went past, what the writer used to do before changing it.
    [InlineData("- Tableau 도입으로 현업 데이터 접근 어려움 해소", "[자격 요건]\n- Tableau 활용", "Tableau")]
    [InlineData("- 원서를 읽는 수준을 넘어 영어로 해외 법인 회의 진행", "[자격 요건]\n- 영어 회의 가능자", "English")]
    [InlineData("- 엑셀 입력만 하던 정산 업무를 VBA 매크로로 자동화", "[자격 요건]\n- 엑셀 활용", "Excel")]
    // A bare "no" before a name, and the writer's work used (not done) by a party.
    [InlineData("- Made sure no SQL query ran without an index after the schema change.", "Requirements\n- SQL", "SQL")]
    [InlineData("- Dashboards I build in Tableau are used by the sales team.", "Requirements\n- Tableau", "Tableau")]
    public void The_writers_own_work_stays_evidence(string resume, string posting, string skill) =>
        Status(resume, posting, skill).ShouldBe("MATCHED");

    [Theory]
    [InlineData("Paralegal\nRequirements\n- Deadline tracking in Excel")]
    [InlineData("Broker\nRequirements\n- Excel for freight calculations")]
    [InlineData("Purchasing\nRequirements\n- Quotes prepared using Excel")]
    public void An_everyday_word_used_as_a_tool_is_the_tool(string posting) =>
        Status("- 회계 업무", posting, "Excel").ShouldNotBe("not asked");

    [Theory]
    [InlineData("Coach\nRequirements\n- Help players excel in their roles", "Excel")]
    [InlineData("Sales lead\nRequirements\n- Excel at building relationships", "Excel")]
    // Names of services and frameworks that are also common nouns are not read as tools by a preposition.
    [InlineData("Account manager\nRequirements\n- Liaised with Branch managers across the region", "Branch")]
    [InlineData("Kitchen lead\nRequirements\n- Head Chef for five years", "Chef")]
    [InlineData("Planner\nRequirements\n- Adjust for seasonality in weekly plans", "Adjust")]
    [InlineData("Intern\nRequirements\n- Graduated in Spring semester", "Spring")]
    public void The_everyday_word_stays_a_word(string posting, string skill) =>
        Status("- 회계 업무", posting, skill).ShouldBe("not asked");

    [Fact]
    public void A_note_welcoming_newcomers_counts_even_in_parentheses()
    {
        var result = Engine.Analyze(new AnalysisInput("- 회계 업무", "사무원\n[지원 자격]\n- 전산회계 1급 이상 (신입 지원 가능)\n- 엑셀 활용", new DateOnly(2026, 12, 1)));
        result.Extraction.EntryLevelAccepted.ShouldBeTrue();
    }

    [Theory]
    [InlineData("사무원\n[지원 자격]\n- 전산회계 1급 (신입 지원 불가)\n- 엑셀 활용")]
    [InlineData("사무원\n[지원 자격]\n- 전산회계 1급 (신입사원 교육 담당 포함)\n- 엑셀 활용")]
    public void A_note_that_only_names_newcomers_does_not_welcome_them(string posting) =>
        Engine.Analyze(new AnalysisInput("- 회계 업무", posting, new DateOnly(2026, 12, 1))).Extraction.EntryLevelAccepted.ShouldBeFalse();

    [Fact]
    public void A_preference_in_parentheses_is_still_no_minimum()
    {
        var result = Engine.Analyze(new AnalysisInput("- 회계 업무", "사무원\n[지원 자격]\n- 전산회계 자격 (3년 이상 우대)\n- 엑셀 활용", new DateOnly(2026, 12, 1)));
        result.Extraction.RequiredYears.ShouldBeNull();
    }
}
