using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>
/// ADR 73's mechanisms, each on text written for the test (not taken from an evaluation batch): on text that needs it and,
/// where it could overreach, on text it must leave alone.
/// </summary>
public sealed class EngineMechanisms73Tests
{
    private static string Status(string resume, string posting, string skill) => EngineVerdict.Of(resume, posting, skill);

    [Theory]
    // A two-word name written half in Korean, half in English.
    [InlineData("그로스 분석가\n[자격 요건]\n- Cohort 분석으로 이탈 원인을 찾은 경험", "Cohort analysis")]
    [InlineData("ML 엔지니어\n[자격 요건]\n- Docker 기반 모델 serving 경험", "Model serving")]
    // A hyphenated word holding a two-word name.
    [InlineData("Demand Planner\nRequirements\n- Time-series methods for weekly demand", "Time series analysis")]
    // A Korean compound whose tail is a name of four syllables.
    [InlineData("운용역\n[자격 요건]\n- 장외파생상품 평가 경험", "Derivatives")]
    // A bound noun (내) is not a word of its own in the paraphrase window: 보호자 … 교육 six words apart.
    [InlineData("물리치료사\n[자격 요건]\n- 보호자 대상 가정 내 운동 방법 교육", "Patient education")]
    public void A_requirement_written_in_a_compound_form_is_read(string posting, string skill) =>
        Status("- 회계 업무", posting, skill).ShouldNotBe("not asked");

    [Theory]
    [InlineData("- 영어: 업무에 사용한 적 없음", "[자격 요건]\n- 영어 회화 가능자", "English")]
    [InlineData("- Finished an online Terraform course; not used at work yet.", "Requirements\n- Terraform", "Terraform")]
    [InlineData("- C++: 대학 과제 수준", "[자격 요건]\n- C++ 개발 경험", "C++")]
    // A marker that begins inside a name ("CFA Level") and runs past it.
    [InlineData("- CFA Level I 합격 (2024)", "[자격 요건]\n- CFA 보유자", "CFA")]
    [InlineData("- 월간 보고는 엑셀로 따로 정리하지 않음", "[자격 요건]\n- 엑셀 활용", "Excel")]
    [InlineData("- 도면은 설계사무소가 AutoCAD로 그려 보내 줌", "[자격 요건]\n- AutoCAD 가능자", "AutoCAD")]
    [InlineData("- I package the service; they run the Kubernetes clusters.", "Requirements\n- Kubernetes", "Kubernetes")]
    [InlineData("- Firewall rules are changed by group IT from my tickets.", "Requirements\n- Firewall administration", "Firewall")]
    [InlineData("- The reporting team sends me SQL extracts every Monday.", "Requirements\n- SQL", "SQL")]
    public void Not_used_coursework_and_others_work_are_not_evidence(string resume, string posting, string skill) =>
        Status(resume, posting, skill).ShouldNotBe("MATCHED");

    [Theory]
    // What was received from another party ends that party's part of the clause.
    [InlineData("- 재무팀에 요청해 받은 자료를 엑셀로 정리하고 분석", "[자격 요건]\n- 엑셀 활용", "Excel")]
    // Handing over what the writer made is the writer's work.
    [InlineData("- 화면 설계서를 Figma로 작성해 개발사에 전달", "[자격 요건]\n- Figma 활용", "Figma")]
    // "planned" before a noun is an adjective, not a plan.
    [InlineData("- Every month I reforecast the year-end spend from run-rate and planned launches.", "Requirements\n- Forecasting", "Forecasting")]
    // Left alone: the writer's own work with a pronoun elsewhere, and the writer's own Kubernetes.
    [InlineData("- I run the Kubernetes clusters; they file the tickets.", "Requirements\n- Kubernetes", "Kubernetes")]
    public void The_writers_own_work_stays_evidence(string resume, string posting, string skill) =>
        Status(resume, posting, skill).ShouldBe("MATCHED");

    [Fact]
    public void A_course_planned_for_later_is_not_evidence() =>
        Status("- Forecasting course planned for 2027", "Requirements\n- Forecasting", "Forecasting").ShouldNotBe("MATCHED");

    [Theory]
    [InlineData("Seoul or Munich office; relocation support.")]
    [InlineData("Remote within the EU; two team weeks a year.")]
    public void A_line_about_where_the_work_is_done_is_other_matter(string line)
    {
        var posting = "Backend Engineer\nRequirements\n- Go\nNice to have\n- Kafka\n" + line;
        var split = PostingSplitter.Split(TextLine.Split(posting));
        split.Last().Section.ShouldBe(PostingSection.Other);
    }
}
