using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>
/// ADR 83's mechanisms, each on text written for the test (not taken from an evaluation batch): on text that needs it and,
/// where it could overreach, on text it must leave alone.
/// </summary>
public sealed class EngineMechanisms83Tests
{
    private static readonly AnalysisEngine Engine = new();

    private static string Status(string resume, string posting, string skill) => EngineVerdict.Of(resume, posting, skill);

    private static List<PostingLine> Split(string posting) => PostingSplitter.Split(TextLine.Split(TextNormalizer.Normalize(posting)));

    private static PostingSection SectionOf(List<PostingLine> lines, string text) =>
        lines.Single(l => l.Line.Text.Trim() == text).Section;

    [Theory]
    // A note in parentheses that names no skill is about the item it follows.
    [InlineData("- JLPT N2 (2019 취득, 업무에서 써 본 적 없음)", "- JLPT N2 (2019 취득, 일본 거래처 메일 응대)", "[자격 요건]\n- 일본어 가능자", "Japanese")]
    // What the writer has no access to do.
    [InlineData("- 월간 실적은 공유 폴더의 파일로 확인 (SQL 직접 조회 권한 없음)", "- 월간 실적은 SQL로 직접 조회해 확인", "[자격 요건]\n- SQL 활용 가능자", "SQL")]
    // A course taken is not work done.
    [InlineData("- 대학 교양 과목에서 파이썬 입문 수강", "- 파이썬으로 주간 보고서 자동화", "[자격 요건]\n- Python 활용", "Python")]
    // A clause of "not yet applied" points back.
    [InlineData("- Built a practice dashboard in Tableau on a course; not yet applied at work.", "- Built a practice dashboard in Tableau on a course.", "Requirements\n- Tableau", "Tableau")]
    // A said subject and what it made, before the name or after it as a topic; a person named with 님 before it.
    [InlineData("- 연구소장이 세운 실험 계획에 따라 시료를 만들어 점도를 측정", "- 직접 세운 실험 계획에 따라 시료를 만들어 점도를 측정", "[자격 요건]\n- 실험 계획 수립 경험", "Experiment design")]
    [InlineData("- 월말 보고서의 엑셀 매크로는 전임자가 만든 것을 매달 그대로 실행", "- 월말 보고서의 엑셀 매크로를 매달 고쳐 실행", "[자격 요건]\n- 엑셀 VBA 활용", "VBA")]
    [InlineData("- 연구소장이 만들어 둔 실험 계획에 따라 시료를 만들어 점도를 측정", "- 직접 세운 실험 계획에 따라 시료를 만들어 점도를 측정", "[자격 요건]\n- 실험 계획 수립 경험", "Experiment design")]
    // A thing's passive by the writer's own manager; office staff keying in the record.
    [InlineData("- The annual budgeting for the unit is done and tracked by my manager.", "- The annual budgeting for the unit is done and tracked by me.", "Requirements\n- Budgeting", "Budgeting")]
    [InlineData("- Inspection results go on paper forms; our office assistant records them in Excel.", "- Inspection results go on paper forms; I record them in Excel.", "Requirements\n- Advanced Excel skills", "Excel")]
    // A name used as a label is what the text after the colon says of it.
    [InlineData("- 중국어: 메일은 번역기로 작성, 중국어로 회의해 본 경험 없음", "- 중국어: 현지 공장과 주간 회의를 중국어로 직접 진행", "[자격 요건]\n- 중국어 가능자", "Chinese")]
    public void Notes_courses_access_and_what_others_made_are_not_evidence(string resume, string control, string posting, string skill)
    {
        Status(control, posting, skill).ShouldBe("MATCHED");
        Status(resume, posting, skill).ShouldNotBe("MATCHED");
    }

    [Theory]
    // A course the writer then applied.
    [InlineData("- 파이썬 온라인 강의 수강 후 주간 보고서 자동화 스크립트를 직접 작성", "[자격 요건]\n- Python 활용", "Python")]
    // The writer's work reviewed by a manager stays the writer's.
    [InlineData("- I own the unit's annual budgeting; the plan is reviewed by my manager.", "Requirements\n- Budgeting", "Budgeting")]
    // The writer keying in for office staff.
    [InlineData("- I record the inspection results in Excel for our office assistant.", "Requirements\n- Advanced Excel skills", "Excel")]
    // Overreach a review found, each a sentence that must stay the writer's:
    // 수강 as a noun of the work; 권한 없는 / 권한 없이 describing the work.
    [InlineData("- Spring Boot 기반 수강 신청 시스템 백엔드 개발", "[자격 요건]\n- Spring Boot 경험", "Spring Boot")]
    [InlineData("- SQL로 수강 이력 데이터 추출해 월간 리포트 작성", "[자격 요건]\n- SQL 활용 가능자", "SQL")]
    [InlineData("- Linux 서버 계정 정기 점검으로 권한 없는 접근 차단", "[자격 요건]\n- Linux 서버 운영", "Linux")]
    [InlineData("- PowerShell 스크립트를 관리자 권한 없이도 실행되도록 개선", "[자격 요건]\n- PowerShell 스크립팅", "PowerShell")]
    // The writer working on what another made.
    [InlineData("- 고객사가 작성한 SQL 쿼리를 튜닝해 응답 시간 90% 단축", "[자격 요건]\n- SQL 활용 가능자", "SQL")]
    [InlineData("- 매출 집계 SQL은 전임자가 짠 것을 전부 재작성해 실행 시간 단축", "[자격 요건]\n- SQL 활용 가능자", "SQL")]
    // A person named with 님 before the name is no longer read as the doer.
    [InlineData("- 대표님 영어 통역 및 해외 바이어 미팅 동행", "[자격 요건]\n- 영어 가능자", "English")]
    // Approving or presenting by "my manager", and "my team", leave the writer's work the writer's.
    [InlineData("- Monthly variance reports I prepare in Excel are approved by my manager.", "Requirements\n- Advanced Excel skills", "Excel")]
    [InlineData("- The Tableau dashboards are designed and delivered by my team of three analysts.", "Requirements\n- Tableau", "Tableau")]
    // Office staff inside the writer's own sentence.
    [InlineData("- Built the Excel tracker in VLOOKUP and pivot tables that the site administrators update weekly.", "Requirements\n- Advanced Excel skills", "Excel")]
    // A label line with one part of real use; a note about something other than the item's use.
    [InlineData("- 영어: 미국 본사와 주간 화상회의 직접 진행, 영어 계약서 검토 경험은 없음", "[자격 요건]\n- 영어 회의 가능자", "English")]
    [InlineData("- Python으로 재고 알림 봇 개발 (단독 수행, 유료 툴 미사용)", "[자격 요건]\n- Python 활용", "Python")]
    public void The_writers_own_work_stays_evidence(string resume, string posting, string skill) =>
        Status(resume, posting, skill).ShouldBe("MATCHED");

    [Theory]
    [InlineData("Requirements\n- Solid understanding of the month-end close process: accruals, prepayments, reconciliations")]
    [InlineData("Requirements\n- Knowledge of the S&OP process: demand review, supply review, sign-off")]
    [InlineData("[자격 요건]\n- 채용 프로세스(공고 → 서류 → 면접) 운영 경험 3년 이상")]
    [InlineData("Requirements\n- GDC-registered Dental Nurse")]
    public void A_requirement_about_a_process_stays_a_requirement(string posting)
    {
        var lines = Split(posting);
        lines.Last().Section.ShouldBe(PostingSection.Required);
    }

    [Fact]
    public void A_note_that_negates_names_no_section()
    {
        var lines = Split("""
            Data Analyst
            Requirements
            - SQL
            Nice to have (not required)
            - dbt
            """);
        SectionOf(lines, "- dbt").ShouldBe(PostingSection.Preferred);
    }

    private const string EnglishResume = """
        EXPERIENCE
        Field Service Engineer, Northgate Energy Services, Mar 2019 – Present
        - Write the visit report for every service call: what we found, what we changed and what needs a follow-up visit.
        - Agree the maintenance schedule with the site owner and explain changes to their operations team.
        - Train new starters on the lock-out procedure and the tooling checks before their first climb.
        """;

    private const string KoreanResume = """
        경력
        (주)한빛계측 | 현장 엔지니어 | 2019.03 ~ 현재
        - 고객사 공장을 방문해 계측 장비 설치와 교정 작업을 진행하고, 작업 결과 보고서를 작성해 담당자에게 설명
        - 신규 입사자에게 장비 점검 절차와 안전 수칙을 교육하고 첫 현장 작업에 동행
        - 고객 문의를 전화로 응대하고 장애 원인과 조치 내용을 정리해 공유
        """;

    [Fact]
    public void A_resume_written_in_the_language_asked_for_shows_it()
    {
        Status(EnglishResume, "Requirements\n- Clear written English for customer reports", "English").ShouldBe("MATCHED");
        Status(KoreanResume, "Requirements\n- Fluent Korean", "Korean language").ShouldBe("MATCHED");
        // Not another language: a Korean résumé does not show English, an English one does not show Korean.
        Status(KoreanResume, "Requirements\n- Clear written English", "English").ShouldNotBe("MATCHED");
        Status(EnglishResume, "Requirements\n- Fluent Korean", "Korean language").ShouldNotBe("MATCHED");
        // Not when the résumé says the writer does not use it.
        Status(KoreanResume + "\n어학\n- 한국어: 읽는 정도", "Requirements\n- Fluent Korean", "Korean language").ShouldNotBe("MATCHED");
    }

    [Fact]
    public void A_headings_note_in_parentheses_names_its_section()
    {
        var lines = Split("""
            의약품 구매 담당자
            지원 자격 (필수)
            - 구매 경력 3년 이상
            지원 자격 (우대)
            - SAP MM 사용 경험
            """);
        SectionOf(lines, "지원 자격 (우대)").ShouldBe(PostingSection.Heading);
        SectionOf(lines, "- 구매 경력 3년 이상").ShouldBe(PostingSection.Required);
        SectionOf(lines, "- SAP MM 사용 경험").ShouldBe(PostingSection.Preferred);
    }

    [Fact]
    public void Headings_asked_as_questions_and_the_items_about_the_role()
    {
        var korean = Split("""
            해외여행 상품기획 MD
            어떤 일을 하나요
            - 일본 패키지 상품 기획과 가격 책정
            함께하면 받는 것들
            - 점심 식대, 자기계발비
            """);
        SectionOf(korean, "- 일본 패키지 상품 기획과 가격 책정").ShouldBe(PostingSection.Responsibilities);
        SectionOf(korean, "- 점심 식대, 자기계발비").ShouldBe(PostingSection.Other);

        var english = Split("""
            Individual Giving Manager
            About the role
            We are growing our supporter base across the country.
            - Lead the cash appeals programme
            Essential criteria
            - Experience in direct marketing
            """);
        SectionOf(english, "We are growing our supporter base across the country.").ShouldBe(PostingSection.Summary);
        SectionOf(english, "- Lead the cash appeals programme").ShouldBe(PostingSection.Responsibilities);
    }

    [Fact]
    public void Applying_and_perks_left_under_a_qualifications_heading_are_other_matter()
    {
        var lines = Split("""
            Production Supervisor
            Nice to have
            - Power BI dashboards for production reporting
            - Interview candidates for the night shift
            To apply, send your CV and a short note.
            Process: a call with the manager, then a practical day.
            $72-80k, medical/dental/vision, 401(k) match.
            """);
        SectionOf(lines, "- Power BI dashboards for production reporting").ShouldBe(PostingSection.Preferred);
        SectionOf(lines, "- Interview candidates for the night shift").ShouldBe(PostingSection.Preferred);
        SectionOf(lines, "To apply, send your CV and a short note.").ShouldBe(PostingSection.Other);
        SectionOf(lines, "Process: a call with the manager, then a practical day.").ShouldBe(PostingSection.Other);
        SectionOf(lines, "$72-80k, medical/dental/vision, 401(k) match.").ShouldBe(PostingSection.Other);
    }

    [Fact]
    public void Roles_above_the_only_headings_count_as_work()
    {
        var result = Engine.Analyze(new AnalysisInput("""
            Hannah Price
            Fundraising Officer, Riverside Hospice, March 2021 to present
            - Run the spring and winter cash appeals.
            Supporter Care Assistant, City Books Trust, September 2019 to February 2021
            - Answered supporter calls and emails.

            Education
            BA English, University of Leeds, 2016 to 2019
            """, "Requirements\n- Direct marketing", new DateOnly(2026, 12, 1)));
        // 2019-09 to 2026-12 inclusive: 88 months; the degree's years are not work.
        result.Extraction.CandidateYears.ShouldBe(7.3);
    }
}
