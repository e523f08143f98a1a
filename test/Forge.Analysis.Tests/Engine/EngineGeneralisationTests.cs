using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>The general rules of ADR 48, each on text that needs it and on text it must leave alone.</summary>
public sealed class EngineGeneralisationTests
{
    private static readonly SkillMatcher Matcher = new(SkillDictionary.Embedded);

    private static PostingProfile Read(string posting) => new PostingReader(Matcher).Read(TextNormalizer.Normalize(posting));

    private static string[] Names(IEnumerable<PostingSkill> skills) => skills.Select(s => s.Skill.Name).ToArray();

    private static List<string> Skills(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return Matcher.Find(normalized, TextLine.Split(normalized)).Where(m => !m.NotEvidence).Select(m => m.Skill.Name).Distinct().ToList();
    }

    [Fact]
    public void Headings_outside_the_vocabulary_are_read_by_their_cue_words()
    {
        var posting = Read("""
            데이터 엔지니어
            [함께 만들어 갈 일]
            - Airflow 파이프라인 운영
            [이런 분과 함께하고 싶어요]
            - Python, SQL 능숙자
            [이런 경험이 있으면 더 좋아요]
            - Spark 경험
            - Kafka 경험
            [합류 과정은 이렇게 진행돼요]
            - Slack으로 안내드립니다
            """);
        Names(posting.Essential).ShouldBe(["Python", "SQL"]);
        Names(posting.Preferred).ShouldBe(["Apache Spark", "Kafka"]);
        Names(posting.Responsibilities).ShouldBe(["Airflow"]);
    }

    [Fact]
    public void Numbered_colon_and_list_led_headings_open_sections_but_items_never_do()
    {
        var posting = Read("""
            Data Engineer
            1. 담당업무
            - ETL 개발
            2. 지원자격
            - Python 3년 이상
            Kotlin 경험 3년 이상 우대
            It would be great if you also have:
            - dbt
            """);
        Names(posting.Essential).ShouldBe(["Python"]);
        Names(posting.Preferred).ShouldBe(["Kotlin", "dbt"]);
        posting.Lines.Count(l => l.Section == PostingSection.Heading).ShouldBe(3);
    }

    [Theory]
    [InlineData("병동 간호사 채용\n자격요건\n- 간호사 면허", false)]
    [InlineData("[채용] 회계 담당자\n자격요건\n- 더존 사용 경험", false)]
    [InlineData("물류센터 정규직 채용 (경력)\n자격요건\n- 엑셀 능숙자", false)]
    [InlineData("We are recruiting nurses\nRequirements\n- BLS", false)]
    [InlineData("채용 담당자\n자격요건\n- 인하우스 채용 경력 3년 이상", true)]
    [InlineData("HR 매니저\n자격요건\n- 개발자 채용 운영 경험", true)]
    public void A_postings_own_act_of_hiring_is_not_the_skill_recruiting(string posting, bool asksForRecruiting) =>
        Names(Read(posting).Essential).Contains("Recruiting").ShouldBe(asksForRecruiting);

    [Fact]
    public void Hiring_words_in_a_preferred_aside_are_not_the_skill()
    {
        var posting = Read("세무 담당자\n자격요건\n- 법인세 신고 경험\n우대사항\n- 세무사 자격 보유자 채용 시 우대");
        Names(posting.Preferred).ShouldNotContain("Recruiting");
    }

    [Theory]
    [InlineData("Wrote unit tests for every service", "Unit testing")]
    [InlineData("Senior Product Manager, Shoply", "Product management")]
    [InlineData("Designed data models for the warehouse", "Data modeling")]
    [InlineData("마켓컴퍼니 서비스 기획자", "Product management")]
    [InlineData("Negotiated supply contracts with 12 vendors", "Contract negotiation")]
    [InlineData("공급사와 단가 및 계약 조건 협상", "Contract negotiation")]
    public void Inflections_role_nouns_and_paraphrases_show_the_skill(string text, string skill) => Skills(text).ShouldContain(skill);

    [Theory]
    [InlineData("Maintained open source code", "Sourcing")]
    [InlineData("Reviewed contracts; negotiation training is planned for next year in another team", "Contract negotiation")]
    [InlineData("Built a global food brand", "Branding")]
    public void Stemming_and_paraphrase_stay_within_their_limits(string text, string skill) => Skills(text).ShouldNotContain(skill);

    [Theory]
    [InlineData("DCF", "Financial analysis")]
    [InlineData("DCF", "Financial statements")]
    [InlineData("Tailwind CSS", "CSS")]
    [InlineData("Scrum", "Agile")]
    [InlineData("Terraform", "Infrastructure as Code")]
    [InlineData("Amplitude", "Product analytics")]
    public void Implication_is_transitive(string specific, string general) =>
        SkillDictionary.Embedded.Skills.Single(s => s.Name == specific).Implies.Select(s => s.Name).ShouldContain(general);
}
