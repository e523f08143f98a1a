using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>
/// ADR 68: recall on skills shown through described work. Tools and libraries that show a broader skill, described-work
/// signatures written for the dictionary (what doing the skill looks like, English and Korean), a skill's own Latin name
/// inside a Korean sentence, and evidence-only tools that a posting does not turn into requirements. Every sentence is
/// written for the test, not taken from an evaluation batch; the negatives keep siblings and ordinary words apart.
/// </summary>
public sealed class EngineRecallTests
{
    private static readonly SkillMatcher Matcher = new(SkillDictionary.Embedded);

    private static List<string> Skills(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var found = Matcher.Find(normalized, TextLine.Split(normalized)).Where(m => !m.NotEvidence).Select(m => m.Skill).ToList();
        return found.SelectMany(s => s.Implies.Prepend(s)).Select(s => s.Name).Distinct().ToList();
    }

    [Theory]
    // a tool or library shows the skill it is used for
    [InlineData("Wrote a Biopython parser for the FASTA exports", "Python")]
    [InlineData("Plots in ggplot2 and summaries with dplyr for the trial team", "R")]
    [InlineData("Config backups pulled nightly with Paramiko", "Python")]
    [InlineData("Jobs queued on the SLURM scheduler of the campus cluster", "Linux")]
    [InlineData("Covered the parser with pytest fixtures", "Unit testing")]
    [InlineData("XCTest cases for the login flow", "Unit testing")]
    [InlineData("Rule reviews on the Palo Alto Networks pair at the head office", "Firewall")]
    [InlineData("Forecast monthly demand with SARIMA per store", "Time series analysis")]
    [InlineData("보증 해지 확률을 로지스틱 회귀로 추정", "Regression analysis")]
    [InlineData("Applied a Bonferroni correction across the twelve endpoints", "Hypothesis testing")]
    [InlineData("Welcome series built in Klaviyo for new subscribers", "Marketing automation")]
    [InlineData("ViewModel 로직을 suspend 함수로 옮김", "Coroutines")]
    [InlineData("Replaced callbacks with async/await in the sync layer", "Concurrency")]
    [InlineData("Cleaned up build.gradle.kts across the modules", "Gradle")]
    [InlineData("Fanned the fetches out over goroutines with a worker pool", "Go")]
    [InlineData("Moved shared state from Vuex to Pinia", "Vue.js")]
    [InlineData("Rewrote the report queries in LINQ", "C#")]
    [InlineData("Nightly jobs in crontab on the reporting box", "Linux")]
    // described work, English
    [InlineData("Read the execution plans and added a covering index to the report query", "Query optimization")]
    [InlineData("Promoted a replica when the primary failed during the drill", "Database replication")]
    [InlineData("Compared churn between the two arms of a 50/50 holdout", "A/B testing")]
    [InlineData("Grouped customers by recency and frequency of purchase for the winter mailing", "Customer segmentation")]
    [InlineData("Grew the portfolio through added seats at renewal", "Upselling")]
    [InlineData("Ran the war room during the checkout outage and wrote the postmortem", "Incident response")]
    [InlineData("Scored each hazard by likelihood and severity and agreed controls with the supervisors", "Risk management")]
    [InlineData("Cut the defect rate on line 3 by a third with a root cause study", "Process improvement")]
    [InlineData("Handled disputes and chargebacks for the card issuer", "Payment systems")]
    [InlineData("Set up drift alerts and scheduled model retraining for the pricing models", "MLOps")]
    [InlineData("Wrote help center articles for the billing pages", "Technical writing")]
    // described work, Korean
    [InlineData("주간 재고표를 만들고 COUNTIFS로 품목별 결품을 집계", "Excel")]
    [InlineData("신규 가입자를 절반씩 나눠 두 가지 온보딩 문구를 비교", "A/B testing")]
    [InlineData("장바구니 이탈 고객에게 알림톡이 자동으로 발송되도록 설정", "Marketing automation")]
    [InlineData("외래 진료비 청구와 삭감 건 이의신청서 작성", "Medical billing")]
    [InlineData("격리 환자 처치 후 보호구 착탈 순서를 신규 직원에게 교육", "Infection control")]
    [InlineData("작업별 유해 위험요인을 빈도와 강도로 평가", "Risk management")]
    [InlineData("복합 인덱스를 추가해 조회 쿼리 응답을 단축", "Query optimization")]
    [InlineData("제품 패키지를 3D로 모델링하고 렌더링", "3D modeling")]
    [InlineData("브이로그 컷 편집과 자막 작업", "Video editing")]
    [InlineData("간호사 면허 취득 후 내과 병동 근무", "Registered nurse license")]
    [InlineData("옵션 가격결정 모형과 그릭스 산출 검증", "Derivatives")]
    public void Described_work_and_tools_show_the_skill(string line, string skill) => Skills(line).ShouldContain(skill);

    [Theory]
    [InlineData("Rule reviews on the Palo Alto Networks pair", "Network security")]
    [InlineData("Covered the parser with pytest fixtures", "JUnit")]
    [InlineData("Plots in ggplot2 for the trial team", "Python")]
    [InlineData("Wrote a Biopython parser for the FASTA exports", "R")]
    [InlineData("Welcome series built in Klaviyo for new subscribers", "Braze")]
    [InlineData("Built nightly batch pipelines in Airflow for finance", "CI/CD")]
    [InlineData("Pivoted the product to a B2B market", "Pivot tables")]
    [InlineData("We went to Palo Alto for the offsite", "Firewall")]
    [InlineData("Moved shared state from Vuex to Pinia", "React")]
    [InlineData("통계적 검정으로 두 그룹의 차이를 확인", "Regression analysis")]
    public void Near_misses_and_words_stay_apart(string line, string skill) => Skills(line).ShouldNotContain(skill);

    [Theory]
    [InlineData("- Excel 물량 정리 가능", "Excel")]
    [InlineData("- Unity 빌드에서 문자열 확인", "Unity")]
    public void A_skills_own_name_inside_a_Korean_sentence_is_the_name(string line, string skill) => Skills(line).ShouldContain(skill);

    [Theory]
    [InlineData("- B2B SaaS 기획 경력 3년", "B2B sales")]
    [InlineData("- We excel at Korean customer care 고객 응대", "Excel")]
    public void A_Korean_sentence_does_not_make_every_Latin_word_a_name(string line, string skill) => Skills(line).ShouldNotContain(skill);

    [Fact]
    public void A_posting_naming_an_evidence_only_tool_asks_for_the_skill_it_names_not_the_tool()
    {
        var reader = new PostingReader(Matcher);
        var posting = reader.Read(TextNormalizer.Normalize("""
            Bioinformatician
            Requirements
            - Python scripting (pysam, Biopython)
            - Unit testing with pytest
            """));
        posting.Essential.Select(s => s.Skill.Name).ShouldBe(["Python", "Unit testing"], ignoreOrder: true);
    }

    [Fact]
    public void A_tool_in_someone_elses_clause_is_still_not_evidence()
    {
        Skills("클러스터 작업 스크립트는 인프라팀이 SLURM으로 작성").ShouldNotContain("Linux");
        Skills("보호구 착탈 교육은 감염관리팀이 진행").ShouldNotContain("Infection control");
    }
}
