using Forge.Analysis.Application.Writing;
using Forge.Analysis.Domain.Engine;
using Forge.Hosting.AI;

namespace Forge.Analysis.Tests.Provider;

/// <summary>The validator and merge of a model's analysis text (ADR 47), on real engine results: what is refused, by name, and what is kept.</summary>
public sealed class AiAnalysisReplyRulesTests
{
    private static readonly AnalysisEngine Engine = new();

    private const string KoreanPosting = """
        백엔드 개발자
        자격요건
        - Java, Spring Boot 3년 이상
        우대사항
        - Kubernetes
        """;

    private static AiAnalysisReply Reply(string text, string skill = "Spring Boot") => AiStructuredOutput.Parse<AiAnalysisReply>($$"""
        {"sections": {"jobTitle": "{{text}}", "summary": "{{text}}", "responsibilities": "{{text}}", "requiredQualifications": "{{text}}",
          "preferredQualifications": "{{text}}", "hardSkills": "{{text}}", "softSkills": "{{text}}", "experience": "{{text}}"},
         "skills": [{"skill": "{{skill}}", "evaluation": "{{text}}"}],
         "overallEvaluation": {"feedback": ["{{text}}"], "recommendations": ["{{text}}"], "improvementSuggestionsForApplicant": ["{{text}}"],
          "resumeFeedback": [], "coverLetterFeedback": [{"category": "{{text}}", "feedback": ["{{text}}"]}]}
        }
        """, json: AiAnalysisReply.Json);

    [Fact]
    public void A_Korean_postings_text_must_be_Korean_and_every_fault_is_named()
    {
        var result = Engine.Analyze(new AnalysisInput(Api.AnalysisApi.Resume, KoreanPosting, new DateOnly(2026, 12, 1)));
        result.Language.ShouldBe("ko");

        AiAnalysisReplyRules.Validate(Reply("스프링 부트 경험이 충분합니다."), result).ShouldBeEmpty();

        var faults = AiAnalysisReplyRules.Validate(Reply("Plenty of Spring Boot experience."), result).ToList();
        faults.ShouldContain("sections.summary must be written in Korean");
        faults.ShouldContain("overallEvaluation.coverLetterFeedback[0].feedback[0] must be written in Korean");
    }

    [Fact]
    public void A_skill_the_engine_did_not_judge_or_an_empty_list_is_refused()
    {
        var result = Engine.Analyze(new AnalysisInput(Api.AnalysisApi.Resume, Api.AnalysisApi.Posting, new DateOnly(2026, 12, 1)));

        AiAnalysisReplyRules.Validate(Reply("Fine.", skill: "COBOL"), result)
            .ShouldContain(f => f.StartsWith("skills[0].skill must be one of the listed skills exactly", StringComparison.Ordinal));
        var empty = AiStructuredOutput.Parse<AiAnalysisReply>("""{"sections": null, "overallEvaluation": {"feedback": []}}""", json: AiAnalysisReply.Json);
        var faults = AiAnalysisReplyRules.Validate(empty, result).ToList();
        faults.ShouldContain("sections is required");
        faults.ShouldContain("overallEvaluation.feedback must be an array of 1–8 strings");
    }

    [Fact]
    public void Merging_changes_the_words_only()
    {
        var engine = Engine.Analyze(new AnalysisInput(Api.AnalysisApi.Resume, Api.AnalysisApi.Posting, new DateOnly(2026, 12, 1)));

        var merged = AiAnalysisReplyRules.Merge(engine, Reply("Model text."), "anthropic");

        merged.Engine.ShouldBe("anthropic");
        merged.Analysis.Summary.Comments.ApplicantPerspective.ShouldBe("Model text.");
        merged.Analysis.Summary.Score.ShouldBe(engine.Analysis.Summary.Score);
        merged.MatchScore.ShouldBe(engine.MatchScore);
        merged.InterviewQuestions.ShouldBe(engine.InterviewQuestions);
        merged.Extraction.ShouldBe(engine.Extraction);
        var skills = merged.Essential.SkillAnalysisResults.Zip(engine.Essential.SkillAnalysisResults).ToList();
        skills.ShouldAllBe(p => p.First.Status == p.Second.Status && p.First.Rating == p.Second.Rating && p.First.Evidence.SequenceEqual(p.Second.Evidence));
        skills.Single(p => p.First.Skill == "Spring Boot").First.Evaluation.ShouldBe("Model text.");
        skills.Where(p => p.First.Skill != "Spring Boot").ShouldAllBe(p => p.First.Evaluation == p.Second.Evaluation);
    }
}
