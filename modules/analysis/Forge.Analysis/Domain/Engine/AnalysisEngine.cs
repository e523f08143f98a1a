using Forge.Analysis.Contracts.Results;

namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// The built-in analysis engine (ADR 37, 38): plain resume text and plain posting text in, a complete
/// <see cref="AnalysisResult"/> out. Pure and deterministic — no clock (the input carries the date that
/// "현재" means), no randomness, no per-process hashing in any ordering — so the same input gives the
/// same result byte for byte, on any host. Thread-safe; one instance serves the process.
/// </summary>
public sealed class AnalysisEngine
{
    public const string Name = "builtin";

    private readonly PostingReader _postings;
    private readonly ResumeReader _resumes;

    public AnalysisEngine() : this(SkillDictionary.Embedded) { }

    internal AnalysisEngine(SkillDictionary dictionary)
    {
        var matcher = new SkillMatcher(dictionary);
        _postings = new PostingReader(matcher);
        _resumes = new ResumeReader(matcher);
    }

    public AnalysisResult Analyze(AnalysisInput input)
    {
        var findings = Read(input);
        var (sections, overall) = SectionScorer.Score(findings);
        var p = findings.Phrases;
        return new AnalysisResult
        {
            Engine = Name,
            Language = findings.Posting.Language,
            MatchScore = overall,
            Analysis = sections,
            Essential = new SkillGroup { SkillAnalysisResults = findings.Essential.Select(v => Item(findings, v, essential: true)).ToList() },
            Preferred = new SkillGroup { SkillAnalysisResults = findings.Preferred.Select(v => Item(findings, v, essential: false)).ToList() },
            InterviewQuestions = InterviewQuestionWriter.Write(findings),
            OverallEvaluation = FeedbackWriter.Write(findings, overall),
            Extraction = Facts(findings),
        };
    }

    internal EngineFindings Read(AnalysisInput input)
    {
        var resumeText = TextNormalizer.Normalize(input.ResumeText);
        var postingText = TextNormalizer.Normalize(input.PostingText);
        var asOf = DateRange.MonthIndex(input.AsOf.Year, input.AsOf.Month);
        var posting = _postings.Read(postingText);
        var resume = _resumes.Read(resumeText, asOf);
        return new EngineFindings(
            posting,
            resume,
            SkillEvaluator.Evaluate(posting.Essential, posting, resume),
            SkillEvaluator.Evaluate(posting.Preferred, posting, resume),
            SkillEvaluator.Evaluate(posting.Responsibilities, posting, resume),
            Phrasebook.For(posting.Language));
    }

    private static SkillAnalysisResult Item(EngineFindings f, SkillVerdict verdict, bool essential) => new()
    {
        Skill = verdict.Skill.Name,
        Category = verdict.Skill.Category,
        Status = verdict.Status switch { SkillStatus.Matched => "MATCHED", SkillStatus.Learning => "LEARNING", _ => "MISSING" },
        Rating = verdict.Rating,
        Evaluation = f.Phrases.SkillEvaluation(verdict, essential),
        Evidence = verdict.Status == SkillStatus.Matched ? verdict.Evidence.Select(m => EvidenceOf(f.Resume, m)).ToList() : [],
    };

    /// <summary>The resume line that shows the skill, without its indentation, and its span.</summary>
    internal static Evidence EvidenceOf(ResumeProfile resume, SkillMention mention)
    {
        var line = resume.Lines[mention.Line];
        var lead = line.Text.Length - line.Text.TrimStart().Length;
        var text = line.Text.Trim();
        return new Evidence { Text = text, Start = line.Start + lead, Length = text.Length };
    }

    private static ExtractionFacts Facts(EngineFindings f) => new()
    {
        CandidateYears = f.Resume.Experience.Years,
        RequiredYears = f.Posting.Years.MinimumYears,
        EntryLevelAccepted = f.Posting.Years.EntryLevelAccepted,
        Periods = f.Resume.Experience.Periods.Select(p => new ExperiencePeriod
        {
            Start = DateRange.Format(p.StartMonth),
            End = p.EndMonth is { } end ? DateRange.Format(end) : null,
            Months = f.Resume.Experience.MonthsOf(p),
            Evidence = new Evidence { Text = f.Resume.Text.Substring(p.Start, p.Length), Start = p.Start, Length = p.Length },
        }).ToList(),
    };
}
