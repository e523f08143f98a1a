using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>
/// The general classes read from fresh3's disagreements (ADR 63 addendum), each on text written for the test, not taken
/// from an evaluation batch: on text that needs the rule and on text it must leave alone.
/// </summary>
public sealed class EngineParaphraseClassesTests
{
    private static readonly SkillMatcher Matcher = new(SkillDictionary.Embedded);

    private static List<string> Skills(string text, bool skillList = false) =>
        Mentions(text, skillList).Where(m => !m.NotEvidence).Select(m => m.Skill.Name).Distinct().ToList();

    private static List<SkillMention> Mentions(string text, bool skillList = false)
    {
        var normalized = TextNormalizer.Normalize(text);
        return Matcher.Find(normalized, TextLine.Split(normalized), lineIsSkillList: _ => skillList);
    }

    private static Skill Named(string name) => SkillDictionary.Embedded.Skills.Single(s => s.Name == name);

    [Theory]
    [InlineData("Built monthly forecasts with exponential smoothing per SKU", "Time series analysis")]
    [InlineData("이동평균 기반 주간 판매 예측", "Time series analysis")]
    [InlineData("엑셀 매크로로 정산표 작성 자동화", "VBA")]
    [InlineData("Streamlined the invoice approval process", "Process improvement")]
    [InlineData("Answered data subject access requests for EU customers", "Security compliance")]
    [InlineData("Redlining supplier agreements before signature", "Contract negotiation")]
    [InlineData("현장 공정표 작성 및 진척 관리", "Project management")]
    [InlineData("인바운드 상담 응대 및 배송 문의 처리", "Customer service")]
    [InlineData("Handled guest complaints at the front desk", "Customer service")]
    [InlineData("월간 판매 데이터를 지역별로 집계해 감소 원인을 분석", "Data analysis")]
    [InlineData("Tracked monthly spend against the annual plan", "Budgeting")]
    [InlineData("Prepared the team's yearly cost plan", "Budgeting")]
    [InlineData("공사비 집행 관리", "Budgeting")]
    [InlineData("Trained the reception team to offer suite upgrades", "Upselling")]
    [InlineData("Counselled patients on inhaler technique", "Patient education")]
    [InlineData("Responsible for stock ordering across three branches", "Supply chain management")]
    [InlineData("Placed the weekly wholesaler orders", "Supply chain management")]
    [InlineData("Accessibility testing with people who use assistive technology", "Web accessibility")]
    [InlineData("Screened applicants for money-laundering red flags", "Anti-money laundering")]
    [InlineData("Reviewed transaction monitoring alerts", "Anti-money laundering")]
    [InlineData("피험자 방문 일정 관리", "Clinical research")]
    [InlineData("구글 드라이브로 수업 자료 공유", "Google Workspace")]
    [InlineData("Short clips cut in CapCut for TikTok", "Video editing")]
    [InlineData("신입 사원 OJT 교육 담당", "Training and development")]
    [InlineData("Ran task-based sessions on the checkout prototype", "Usability testing")]
    [InlineData("게시물별 도달 수치를 주간으로 정리", "Marketing analytics")]
    [InlineData("Scored vendors against our third-party risk methodology", "Risk management")]
    [InlineData("Every change went through pull requests with two approvals", "Code review")]
    public void Described_work_shows_the_skill(string line, string skill) => Skills(line).ShouldContain(skill);

    [Theory]
    [InlineData("Ordered stock photos for the spring campaign", "Supply chain management")]
    [InlineData("인바운드 마케팅 콘텐츠 기획", "Customer service")]
    [InlineData("Reviewed contract changes with the legal team", "Code review")]
    [InlineData("상담 품질(QA) 평가 기준 수립", "QA")]
    [InlineData("Word of mouth brought most new clients", "Microsoft Word")]
    [InlineData("Led expansion into the Korean market", "Korean language")]
    public void False_friends_stay_apart(string line, string skill) => Skills(line).ShouldNotContain(skill);

    [Fact]
    public void A_tool_shows_its_suite_or_practice()
    {
        foreach (var name in new[] { "Excel", "Microsoft Word", "PowerPoint" })
            Named(name).Implies.Select(s => s.Name).ShouldContain("Microsoft Office", name);
        foreach (var name in new[] { "GitLab", "GitHub", "Bitbucket" })
            Named(name).Implies.Select(s => s.Name).ShouldContain("Git", name);
        foreach (var name in new[] { "SketchUp", "3ds Max", "Blender", "Rhino" })
            Named(name).Implies.Select(s => s.Name).ShouldContain("3D modeling", name);
        Named("Figma").Implies.Select(s => s.Name).ShouldNotContain("3D modeling");
    }

    [Fact]
    public void Word_and_Korean_need_their_context()
    {
        Skills("MS Office (Excel, Word) 능숙").ShouldContain("Microsoft Word");
        Skills("Fluent Japanese and Korean").ShouldContain("Korean language");
        Skills("QA 자동화 테스트 코드 작성").ShouldContain("QA");
    }

    [Theory]
    [InlineData("I have tried Terraform but have not used it at work.", "Terraform")]
    [InlineData("I can read Kotlin but have not written code in it.", "Kotlin")]
    [InlineData("Tableau는 온라인 강의를 수강 중입니다.", "Tableau")]
    [InlineData("SQL은 사내 과정을 수강하고 있습니다.", "SQL")]
    [InlineData("Spanish (beginner, taking evening classes)", "Spanish")]
    [InlineData("Blender는 사용해 보지 않았습니다.", "Blender")]
    [InlineData("I review designs in Figma but have not built prototypes myself.", "Prototyping")]
    public void Learning_or_not_done_is_not_evidence(string line, string skill) =>
        Mentions(line).Where(m => m.Skill.Name == skill).ShouldAllBe(m => m.NotEvidence);

    [Fact]
    public void A_marker_pointing_back_covers_only_the_clause_before_it()
    {
        Skills("Built APIs in Python daily but have never done on-call work.").ShouldContain("Python");
        Skills("Used Python daily but have not used Django.").ShouldContain("Python");
    }

    [Fact]
    public void Notes_about_applying_and_friendly_headings_are_read_as_their_section()
    {
        var posting = new PostingReader(Matcher).Read(TextNormalizer.Normalize(
            "CS 매니저\n이런 일을 하게 돼요\n- 상담 채널 운영\n이런 분을 찾아요\n- 고객 상담 경력 3년 이상\n우대 사항\n- SQL 가능자\n※ 포트폴리오 필수 제출\n합류 여정\n- 서류 → 인터뷰"));
        posting.Lines.Single(l => l.Line.Text.Contains("상담 채널")).Section.ShouldBe(PostingSection.Responsibilities);
        posting.Lines.Single(l => l.Line.Text.Contains("포트폴리오")).Section.ShouldBe(PostingSection.Other);
        posting.Lines.Single(l => l.Line.Text.Contains("서류")).Section.ShouldBe(PostingSection.Other);
        posting.Lines.Single(l => l.Line.Text.Contains("SQL")).Section.ShouldBe(PostingSection.Preferred);
    }

    [Fact]
    public void A_labelled_education_line_inside_the_experience_section_is_not_work()
    {
        var result = new AnalysisEngine().Analyze(new AnalysisInput(
            "이하늘\n경력\n(주)한빛학원 | 수학 강사 | 2023.01 ~ 2024.12\n- 중등 내신반 수업\n학력: 한국대학교 수학과 (2018.03 ~ 2022.02)",
            "수학 강사\n자격 요건\n- 강의 경력 1년 이상", new DateOnly(2026, 12, 1)));
        result.Extraction.CandidateYears.ShouldBe(2.0);
    }
}
