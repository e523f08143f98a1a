using System.Text.Json;
using Forge.Analysis.Domain.Engine;

namespace Forge.Analysis.Tests.Engine;

/// <summary>The engine's contract: deterministic, grounded evidence spans, feedback in the posting's language.</summary>
public sealed class AnalysisEngineTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly IReadOnlyList<EvalCase> Cases = EvalCase.LoadAll();

    [Fact]
    public void Same_input_gives_the_same_bytes_across_fresh_engines()
    {
        foreach (var c in Cases)
        {
            var input = new AnalysisInput(c.Resume, c.Posting, c.AsOf);
            var first = JsonSerializer.Serialize(new AnalysisEngine(SkillDictionary.LoadEmbedded()).Analyze(input), Json);
            var second = JsonSerializer.Serialize(new AnalysisEngine(SkillDictionary.LoadEmbedded()).Analyze(input), Json);
            var shared = JsonSerializer.Serialize(new AnalysisEngine().Analyze(input), Json);
            second.ShouldBe(first, c.Id);
            shared.ShouldBe(first, c.Id);
        }
    }

    [Fact]
    public void Evidence_spans_point_at_the_quoted_resume_text()
    {
        var engine = new AnalysisEngine();
        foreach (var c in Cases)
        {
            var result = engine.Analyze(new AnalysisInput(c.Resume, c.Posting, c.AsOf));
            var resume = TextNormalizer.Normalize(c.Resume);
            var items = result.Essential.SkillAnalysisResults.Concat(result.Preferred.SkillAnalysisResults).ToList();
            foreach (var item in items)
            {
                (item.Status == "MATCHED").ShouldBe(item.Evidence.Count > 0, $"{c.Id} {item.Skill}");
                foreach (var evidence in item.Evidence) resume.Substring(evidence.Start, evidence.Length).ShouldBe(evidence.Text, $"{c.Id} {item.Skill}");
            }
            foreach (var period in result.Extraction.Periods)
                resume.Substring(period.Evidence.Start, period.Evidence.Length).ShouldBe(period.Evidence.Text);
        }
    }

    [Fact]
    public void Result_has_every_section_and_the_reference_spelling_of_applicant_perspective()
    {
        var c = Cases.First(x => x.Id == "ko-backend-01");
        var json = JsonSerializer.Serialize(new AnalysisEngine().Analyze(new AnalysisInput(c.Resume, c.Posting, c.AsOf)), Json);
        using var doc = JsonDocument.Parse(json);
        var analysis = doc.RootElement.GetProperty("analysis");
        foreach (var section in new[] { "jobTitle", "summary", "responsibilities", "requiredQualifications", "preferredQualifications", "hardSkills", "softSkills", "experience" })
        {
            var score = analysis.GetProperty(section).GetProperty("score").GetDouble();
            score.ShouldBeInRange(0, 1, section);
            analysis.GetProperty(section).GetProperty("comments").GetProperty("applicant_perspective").GetString().ShouldNotBeNullOrWhiteSpace();
        }
        doc.RootElement.GetProperty("essential").GetProperty("skillAnalysisResults").GetArrayLength().ShouldBeGreaterThan(0);
        doc.RootElement.GetProperty("interviewQuestions").GetArrayLength().ShouldBeGreaterThan(0);
        foreach (var key in new[] { "feedback", "recommendations", "improvementSuggestionsForApplicant", "resumeFeedback", "coverLetterFeedback" })
            doc.RootElement.GetProperty("overallEvaluation").GetProperty(key).GetArrayLength().ShouldBeGreaterThan(0, key);
    }

    [Theory]
    [InlineData("ko-backend-01", "ko")]
    [InlineData("en-backend-11", "en")]
    [InlineData("mix-data-34", "en")]
    [InlineData("mix-backend-33", "ko")]
    public void Feedback_is_written_in_the_posting_language(string id, string language)
    {
        var c = Cases.First(x => x.Id == id);
        var result = new AnalysisEngine().Analyze(new AnalysisInput(c.Resume, c.Posting, c.AsOf));
        result.Language.ShouldBe(language);
        // Questions quote the resume, which may be in the other language; the engine's own sentences may not.
        var text = string.Concat(result.OverallEvaluation.Feedback) + result.Analysis.Experience.Comments.ApplicantPerspective
            + string.Concat(result.InterviewQuestions.Select(q => q.Reason));
        var hangul = text.Count(ch => ch is >= '\uAC00' and <= '\uD7A3');
        if (language == "ko") hangul.ShouldBeGreaterThan(text.Length / 5);
        else hangul.ShouldBeLessThan(text.Length / 20);
    }

    [Fact]
    public void Questions_probe_gaps_and_evidenced_strengths()
    {
        var c = Cases.First(x => x.Id == "ko-backend-01");
        var result = new AnalysisEngine().Analyze(new AnalysisInput(c.Resume, c.Posting, c.AsOf));
        result.InterviewQuestions.ShouldContain(q => q.FocusType == "GAP" && q.Focus == "Kotlin");
        result.InterviewQuestions.ShouldContain(q => q.FocusType == "STRENGTH" && q.Focus == "Spring Boot");
        result.Essential.SkillAnalysisResults.Single(s => s.Skill == "Kotlin").Status.ShouldBe("LEARNING");
    }

    [Fact]
    public void Years_count_overlaps_once_and_read_every_date_style()
    {
        const string resume = """
            Experience
            Alpha — Mar 2019 – Present
            Beta | 2019-03 - 2021-08
            감마 | 2017.01 ~ 2017.12
            델타 | 2016년 1월 ~ 2016년 6월
            Education
            University 2010.03 ~ 2015.02
            """;
        var result = new AnalysisEngine().Analyze(new AnalysisInput(resume, "Engineer\nRequirements\n- 5+ years", new DateOnly(2026, 12, 1)));
        // Mar 2019–Dec 2026 (94) with the Beta overlap counted once, + 12 + 6 months = 112 months.
        result.Extraction.CandidateYears.ShouldBe(9.3);
        result.Extraction.RequiredYears.ShouldBe(5);
        result.Extraction.Periods.Count.ShouldBe(4);
    }

    [Theory]
    [InlineData("자격요건\n- 경력 3년 이상", 3, false)]
    [InlineData("Requirements\n- 5+ years of experience", 5, false)]
    [InlineData("자격요건\n- 신입 또는 경력 무관", null, true)]
    [InlineData("Requirements\n- Python\n우대사항\n- 7년 이상 우대", null, false)]
    [InlineData("Requirements\n- 3-5 years in sales", 3, false)]
    public void Required_years_come_from_requirements_only(string posting, int? years, bool entry)
    {
        var result = new AnalysisEngine().Analyze(new AnalysisInput("경력\n회사 2020.01 ~ 현재", "제목\n" + posting, new DateOnly(2026, 12, 1)));
        result.Extraction.RequiredYears.ShouldBe(years);
        result.Extraction.EntryLevelAccepted.ShouldBe(entry);
    }
}
