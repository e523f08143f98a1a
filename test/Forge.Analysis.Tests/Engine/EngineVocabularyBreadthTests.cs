using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>
/// The general classes read from fresh4's disagreements (ADR 63 second addendum), and the breadth added beside them in
/// every domain: work described rather than named, notes in parentheses and trailing "not yet used", terms of employment
/// left under a qualifications heading, "Also welcome", "2 years in a …", a "WORK" heading. Each on text written for
/// the test, not taken from an evaluation batch, with the text the rule must leave alone.
/// </summary>
public sealed class EngineVocabularyBreadthTests
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

    private static PostingProfile Read(string posting) =>
        new PostingReader(Matcher).Read(TextNormalizer.Normalize(posting));

    private static string[] Names(IEnumerable<PostingSkill> skills) => skills.Select(s => s.Skill.Name).ToArray();

    [Theory]
    // data
    [InlineData("Worked through three years of maintenance records to find repeat faults", "Data analysis")]
    [InlineData("Analysis of sales data for the weekly trading meeting", "Data analysis")]
    [InlineData("불량 유형별로 나눠 원인 파악", "Data analysis")]
    [InlineData("Made bar and line charts for the weekly sales meeting", "Data visualization")]
    [InlineData("불량 건수를 월별 그래프로 정리해 보고", "Data visualization")]
    [InlineData("배지 조성을 인자로 한 반응표면 실험 설계", "Experiment design")]
    [InlineData("Ran a design of experiments on filling speed", "Experiment design")]
    [InlineData("Minitab으로 공정 데이터 분산분석", "Statistics")]
    [InlineData("Object detection for parcels on a conveyor", "Computer vision")]
    [InlineData("A script that pulls prices off competitor websites each night", "Web scraping")]
    [InlineData("Kept a claims workbook with formulas for the team", "Excel")]
    // design
    [InlineData("Shot product photos for the online shop", "Photography")]
    [InlineData("Cut short promo clips for Instagram", "Video editing")]
    [InlineData("브랜드 아이덴티티 개편 작업", "Branding")]
    // marketing
    [InlineData("Drafted press releases for product launches", "Public relations")]
    [InlineData("보도자료 작성 및 기자 응대", "Public relations")]
    [InlineData("Ran focus groups with first-time buyers", "Market research")]
    [InlineData("Posted daily on the brand's Instagram account", "Social media marketing")]
    [InlineData("박람회 참가 부스 운영 및 행사 기획", "Event marketing")]
    // finance
    [InlineData("Reported spend against budget every month with a variance note", "Budgeting")]
    [InlineData("분기별 예산 대비 집행 실적 보고", "Budgeting")]
    [InlineData("Chased overdue invoices with key accounts", "Accounts receivable")]
    [InlineData("Posted journal entries for accruals", "Bookkeeping")]
    // healthcare
    [InlineData("환자 혈액 채취 및 검체 이송", "Phlebotomy")]
    [InlineData("Took blood samples from outpatients", "Phlebotomy")]
    [InlineData("말초 정맥 카테터 삽입 및 관리", "IV therapy")]
    [InlineData("Inserted cannulas and set up IV fluids on the ward", "IV therapy")]
    [InlineData("입원 환자 체온·혈압 측정", "Vital signs")]
    [InlineData("Recorded temperature, pulse and respiration every four hours", "Vital signs")]
    [InlineData("격리실 소독 절차 운영", "Infection control")]
    [InlineData("Cleaned and disinfected the isolation room between patients", "Infection control")]
    // sales
    [InlineData("Compared supplier quotes before raising purchase orders", "Purchasing")]
    [InlineData("사무기기 견적 비교 후 구매 진행", "Purchasing")]
    [InlineData("Renewal terms negotiated with twelve office tenants", "Contract negotiation")]
    [InlineData("상가 임차인과 재계약 조건 협의", "Contract negotiation")]
    [InlineData("Calmed upset callers and resolved complaints on the first call", "Customer service")]
    [InlineData("매장 방문 손님 응대 및 교환·환불 처리", "Customer service")]
    [InlineData("Worked the shop floor on weekends", "Retail sales")]
    // hr
    [InlineData("Screened CVs and booked interviews for hiring managers", "Recruiting")]
    [InlineData("Ran induction for new starters each month", "Onboarding")]
    [InlineData("직원 고충 처리 및 징계 위원회 운영", "Employee relations")]
    [InlineData("Delivered training sessions to new cashiers", "Training and development")]
    // general
    [InlineData("Ran the production schedule and tracked deliverables against deadlines", "Project management")]
    [InlineData("거래처 계약서 검토 및 약관 정비", "Legal review")]
    [InlineData("Kept the project risk register up to date", "Risk management")]
    [InlineData("월별 수요 예측 후 생산 계획 수립", "Forecasting")]
    [InlineData("Managed a team of six technicians", "Leadership")]
    [InlineData("처방전 조제 및 복약 안내", "Pharmacy")]
    [InlineData("네이버 키워드 광고 입찰가 조정", "SEM")]
    public void Described_work_shows_the_skill(string line, string skill) => Skills(line).ShouldContain(skill);

    [Theory]
    [InlineData("영상 촬영(X-ray) 보조", "Photography")]
    [InlineData("Cut costs by 12% across the warehouse", "Video editing")]
    [InlineData("Improved core web vitals on the product pages", "Vital signs")]
    [InlineData("Property appraisal reports for lenders", "Performance management")]
    [InlineData("Chased the courier about late deliveries", "Accounts receivable")]
    [InlineData("Spotted buying signals in sales calls", "Purchasing")]
    [InlineData("Observations from the field study shaped the roadmap", "Vital signs")]
    [InlineData("Supplier negotiation on cost and lead times", "Supply chain management")]
    [InlineData("Read the team's contracts of employment policy", "Legal review")]
    public void A_word_of_the_work_alone_is_not_the_skill(string line, string skill) => Skills(line).ShouldNotContain(skill);

    [Theory]
    [InlineData("Premiere Pro", "Video editing")]
    [InlineData("OpenCV", "Computer vision")]
    [InlineData("Pivot tables", "Excel")]
    [InlineData("Tableau", "Data visualization")]
    [InlineData("Google Ads", "SEM")]
    [InlineData("Mailchimp", "Email marketing")]
    [InlineData("QuickBooks", "Bookkeeping")]
    [InlineData("Greenhouse", "Recruiting")]
    [InlineData("Vital signs", "Patient care")]
    [InlineData("Cold calling", "Lead generation")]
    public void A_tool_or_task_shows_its_practice(string specific, string general) =>
        SkillDictionary.Embedded.Skills.Single(s => s.Name == specific).Implies.Select(s => s.Name).ShouldContain(general);

    [Theory]
    [InlineData("React Native", "React")]
    [InlineData("Figma", "UI design")]
    [InlineData("Excel", "Data analysis")]
    public void A_tool_does_not_show_a_neighbouring_practice(string specific, string general) =>
        SkillDictionary.Embedded.Skills.Single(s => s.Name == specific).Implies.Select(s => s.Name).ShouldNotContain(general);

    [Fact]
    public void React_and_react_native_java_and_javascript_stay_apart()
    {
        Skills("Built screens in React Native").ShouldNotContain("React");
        Skills("Wrote JavaScript for the checkout").ShouldNotContain("Java");
    }

    [Theory]
    [InlineData("Some SQL from an evening workshop, not yet used at work", "SQL")]
    [InlineData("Kotlin (학습 중)", "Kotlin")]
    [InlineData("basic Mandarin (HSK 2, still learning)", "Chinese")]
    [InlineData("Python은 입문 강의만 수강 (실무 미사용)", "Python")]
    [InlineData("Currently teaching myself Tableau", "Tableau")]
    [InlineData("방사선 촬영 보조 (초음파는 참관만 함)", "Ultrasound")]
    public void A_note_that_it_is_only_learned_or_observed_is_not_evidence(string line, string skill)
    {
        Skills(line).ShouldNotContain(skill);
        NotEvidence(line).ShouldContain(skill);
    }

    [Theory]
    [InlineData("방사선 촬영 보조 (초음파는 참관만 함)", "Radiology")]
    [InlineData("Excel (advanced), Tableau (learning)", "Excel")]
    [InlineData("Used SQL daily, Kotlin (learning)", "SQL")]
    public void A_note_covers_only_what_it_names(string line, string skill) => Skills(line).ShouldContain(skill);

    [Fact]
    public void Terms_of_employment_after_the_pluses_are_other_matter_but_a_duty_about_pay_is_work()
    {
        var posting = Read("""
            People Operations Coordinator
            What you'll do
            - Run the monthly payroll and the annual salary review
            Requirements
            - Workday and Power BI
            Nice to have
            - Tableau
            Salary band £40,000-£45,000; hybrid working and a Python training budget.
            """);
        Names(posting.Essential).ShouldBe(["Workday", "Power BI"]);
        Names(posting.Preferred).ShouldBe(["Tableau"]);
        Names(posting.Responsibilities).ShouldContain("Payroll");
    }

    [Fact]
    public void Also_welcome_is_a_preferred_heading_and_years_in_a_role_are_a_minimum()
    {
        var posting = Read("""
            Video Producer
            What we need
            - 2 years in a production company
            - Premiere Pro
            Also welcome
            - DaVinci Resolve
            """);
        Names(posting.Essential).ShouldBe(["Premiere Pro"]);
        Names(posting.Preferred).ShouldBe(["DaVinci Resolve"]);
        posting.Years.MinimumYears.ShouldBe(2);
    }

    [Fact]
    public void A_work_heading_is_the_experience_section()
    {
        var resume = new ResumeReader(Matcher).Read(TextNormalizer.Normalize("""
            Alex Reed
            WORK
            Sound editor - Jan 2022 - Dec 2023
            """), DateRange.MonthIndex(2026, 12));
        resume.Experience.Years.ShouldBe(2.0, 0.1);
    }
}
