using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>
/// ADR 66: a skill mention is evidence only in a clause whose actor is the candidate. The clause split and the actor
/// test on their own, in English and Korean, and through the matcher on mixed sentences where the candidate did one
/// part. Text written for the test, not taken from an evaluation batch.
/// </summary>
public sealed class EvidenceClausesTests
{
    private static readonly SkillMatcher Matcher = new(SkillDictionary.Embedded);

    private static List<SkillMention> Mentions(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return Matcher.Find(normalized, TextLine.Split(normalized));
    }

    private static List<string> Evidence(string text) => Mentions(text).Where(m => !m.NotEvidence).Select(m => m.Skill.Name).Distinct().ToList();

    private static List<string> OthersWork(string text) => Mentions(text).Where(m => m.OthersWork).Select(m => m.Skill.Name).Distinct().ToList();

    [Theory]
    [InlineData("The reporting macros were written by a contractor")]
    [InlineData("Monthly extracts are prepared by the finance systems team")]
    [InlineData("Send clients the dashboards the analytics team built")]
    [InlineData("Escalate suspicious logins to the identity team, who handle the lockouts")]
    [InlineData("Asked the platform team to provision the cluster")]
    [InlineData("Targets are set each quarter by the regional director")]
    [InlineData("디자인 시안은 외주 업체가 제작")]
    [InlineData("배포 스크립트는 인프라팀이 관리하는 서버에서 실행")]
    [InlineData("통계 분석은 선임 연구원이 담당")]
    [InlineData("데이터 추출은 개발팀에 요청해 받음")]
    [InlineData("앱 개발은 외주로 진행")]
    [InlineData("Our vendor handles the payroll configuration")]
    [InlineData("Packaging artwork was outsourced")]
    [InlineData("정산 쿼리는 재무팀 담당자분이 작성")]
    [InlineData("협력사에 의해 구축된 물류 시스템 사용")]
    [InlineData("데이터팀에서 만든 대시보드를 매주 공유")]
    public void A_clause_whose_agent_is_another_party_is_theirs(string clause) =>
        EvidenceClauses.ActorOf(clause).ShouldBe(ClauseActor.OtherParty);

    [Theory]
    [InlineData("Built the dashboards for the analytics team")]
    [InlineData("Led the team that built the billing service")]
    [InlineData("Took over the reporting scripts the data team built")]
    [InlineData("Worked with the platform team on the cluster upgrade")]
    [InlineData("I am a backend engineer who builds payment services")]
    [InlineData("Reduced build time by 40%")]
    [InlineData("Our team built the ingestion pipeline")]
    [InlineData("저희 팀이 사용하는 배포 파이프라인 설계")]
    [InlineData("데이터팀에서 매출 리포트 작성")]
    [InlineData("개발팀이 만든 배치 작업을 인수해 유지보수")]
    [InlineData("영업팀 요청으로 대시보드 제작")]
    public void A_clause_the_candidate_did_stays_theirs(string clause) =>
        EvidenceClauses.ActorOf(clause).ShouldBe(ClauseActor.Candidate);

    [Fact]
    public void Clauses_end_where_the_subject_changes()
    {
        var text = "면접은 현업 리더가 진행하며, 본인은 일정 조율 담당";
        var clauses = EvidenceClauses.Split(text);
        clauses.Count.ShouldBe(2);
        clauses[0].Actor.ShouldBe(ClauseActor.OtherParty);
        clauses[1].Actor.ShouldBe(ClauseActor.Candidate);
        text[clauses[1].Start..clauses[1].End].ShouldStartWith("본인은");

        var english = EvidenceClauses.Split("The macros were written by a colleague and I documented the workbook");
        english.Select(c => c.Actor).ShouldBe([ClauseActor.OtherParty, ClauseActor.Candidate]);
        EvidenceClauses.Split("- Wrote Terraform modules; the vendor set up the Kafka cluster").Select(c => c.Actor)
            .ShouldBe([ClauseActor.Candidate, ClauseActor.OtherParty]);
    }

    [Theory]
    [InlineData("Wrote the Airflow DAGs; the vendor ran the Kafka cluster", "Airflow", "Kafka")]
    [InlineData("Kafka topics were configured by the platform team and I wrote the PySpark jobs that read them", "Apache Spark", "Kafka")]
    [InlineData("Forwarded managers the Tableau reports the BI team built, and wrote SQL checks on the totals", "SQL", "Tableau")]
    [InlineData("iOS 테스트는 외주 업체가 진행하고 Android 기기 테스트 직접 수행", "Android", "iOS")]
    [InlineData("Jira 설정은 IT팀이 하며, 본인은 Confluence 문서 작성", "Confluence", "Jira")]
    [InlineData("SQL 추출은 데이터팀이 해 주고 Python으로 리포트 자동화", "Python", "SQL")]
    public void In_a_mixed_sentence_only_the_candidates_part_is_evidence(string line, string own, string theirs)
    {
        Evidence(line).ShouldContain(own);
        Evidence(line).ShouldNotContain(theirs);
        OthersWork(line).ShouldContain(theirs);
    }

    [Theory]
    [InlineData("Month-end budgeting sits with the controller; I was not involved", "Budgeting")]
    [InlineData("Not responsible for Kubernetes upgrades", "Kubernetes")]
    [InlineData("환율 헤지와 파생상품 거래는 담당하지 않음", "Derivatives")]
    [InlineData("Tableau 대시보드 제작은 미경험", "Tableau")]
    public void Not_being_involved_is_not_evidence(string line, string skill) =>
        Evidence(line).ShouldNotContain(skill);

    [Fact]
    public void A_skill_shown_only_in_others_work_is_missing_and_the_evaluation_says_so()
    {
        var engine = new AnalysisEngine();
        var posting = "Data Analyst\nRequirements\n- SQL\n- Excel";
        var resume = "Experience\nAnalyst - Acme | Jan 2020 - Present\n- Built the forecast model in Excel with pivot tables and INDEX/MATCH\n- SQL extracts are prepared by the data engineering team";
        var result = engine.Analyze(new AnalysisInput(resume, posting, new DateOnly(2026, 12, 1)));
        var sql = result.Essential.SkillAnalysisResults.Single(s => s.Skill == "SQL");
        sql.Status.ShouldBe("MISSING");
        sql.Evaluation.ShouldContain("someone else");
        result.Essential.SkillAnalysisResults.Single(s => s.Skill == "Excel").Status.ShouldBe("MATCHED");
    }
}
