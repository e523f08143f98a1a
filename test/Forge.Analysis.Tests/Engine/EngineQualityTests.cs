using Forge.Analysis.Domain.Engine;
using Xunit.Abstractions;

namespace Forge.Analysis.Tests.Engine;

/// <summary>
/// Measured quality of the built-in engine on the hand-labelled evaluation set (EvalSet/, 40 pairs):
/// precision / recall / F1 of the matched and missing verdicts on essential skills (the quality gate:
/// F1 ≥ 0.90 for each), the same for preferred skills, section assignment accuracy of posting lines,
/// and years accuracy. Run: dotnet test test/Forge.Analysis.Tests --filter EngineQualityTests
/// --logger "console;verbosity=detailed" (README, "Analysis: engine quality").
/// </summary>
public sealed class EngineQualityTests(ITestOutputHelper output)
{
    private const double Gate = 0.90;

    [Fact]
    public void Essential_skill_verdicts_reach_the_quality_gate()
    {
        var engine = new AnalysisEngine();
        var cases = EvalCase.LoadAll();
        cases.Count.ShouldBeGreaterThanOrEqualTo(40);

        var essentialMatched = new VerdictTally("essential matched");
        var essentialMissing = new VerdictTally("essential missing");
        var preferredMatched = new VerdictTally("preferred matched");
        var preferredMissing = new VerdictTally("preferred missing");
        int linesRight = 0, lines = 0, candidateRight = 0, requiredRight = 0, found = 0, labelled = 0;
        var errors = new List<string>();

        foreach (var c in cases)
        {
            var result = engine.Analyze(new AnalysisInput(c.Resume, c.Posting, c.AsOf));
            var essential = result.Essential.SkillAnalysisResults.Where(s => s.Category != "Soft skill").ToDictionary(s => s.Skill, s => s.Status);
            var preferred = result.Preferred.SkillAnalysisResults.Where(s => s.Category != "Soft skill").ToDictionary(s => s.Skill, s => s.Status);
            Tally(c, "essential", c.Essential, essential, essentialMatched, essentialMissing, errors);
            Tally(c, "preferred", c.Preferred, preferred, preferredMatched, preferredMissing, errors);
            found += c.Essential.Count(l => essential.ContainsKey(l.Skill));
            labelled += c.Essential.Count;

            var split = PostingSplitter.Split(TextLine.Split(c.Posting));
            for (var i = 0; i < c.PostingLines.Count; i++)
            {
                var expected = Expected(c.PostingLines[i].Tag);
                var actual = split.FirstOrDefault(p => p.Line.Index == i).Section;
                lines++;
                if (expected == actual) linesRight++;
                else errors.Add($"{c.Id} section: '{c.PostingLines[i].Line}' expected {expected}, got {actual}");
            }

            if (Math.Abs(result.Extraction.CandidateYears - c.CandidateYears) <= 0.25) candidateRight++;
            else errors.Add($"{c.Id} years: expected {c.CandidateYears}, got {result.Extraction.CandidateYears}");
            var required = result.Extraction.EntryLevelAccepted ? "entry" : result.Extraction.RequiredYears?.ToString() ?? "none";
            if (required == c.RequiredYears) requiredRight++;
            else errors.Add($"{c.Id} required years: expected {c.RequiredYears}, got {required}");
        }

        output.WriteLine($"Evaluation set: {cases.Count} pairs, {labelled} essential and {cases.Sum(c => c.Preferred.Count)} preferred skill labels, {lines} posting lines");
        foreach (var tally in new[] { essentialMatched, essentialMissing, preferredMatched, preferredMissing }) output.WriteLine(tally.ToString());
        output.WriteLine($"essential extraction recall {(double)found / labelled:0.000} ({found}/{labelled} labelled skills found in the posting)");
        output.WriteLine($"section assignment accuracy {(double)linesRight / lines:0.000} ({linesRight}/{lines} lines)");
        output.WriteLine($"candidate years accuracy (±0.25 y) {(double)candidateRight / cases.Count:0.000} ({candidateRight}/{cases.Count})");
        output.WriteLine($"required years accuracy {(double)requiredRight / cases.Count:0.000} ({requiredRight}/{cases.Count})");
        output.WriteLine("");
        foreach (var error in errors) output.WriteLine(error);

        essentialMatched.F1.ShouldBeGreaterThanOrEqualTo(Gate, essentialMatched.ToString());
        essentialMissing.F1.ShouldBeGreaterThanOrEqualTo(Gate, essentialMissing.ToString());
    }

    /// <summary>
    /// Each labelled skill is judged by the engine's verdict for it; a labelled skill the engine did not
    /// extract counts against both classes' recall, and a skill the engine extracted that the labeller
    /// did not list counts against its verdict class's precision.
    /// </summary>
    private static void Tally(EvalCase c, string group, IReadOnlyList<(string Skill, bool Matched)> labels, Dictionary<string, string> engine,
        VerdictTally matched, VerdictTally missing, List<string> errors)
    {
        foreach (var (skill, isMatched) in labels)
        {
            var status = engine.GetValueOrDefault(skill);
            var engineMatched = status == "MATCHED";
            var engineMissing = status is "MISSING" or "LEARNING";
            matched.Add(isMatched, engineMatched);
            missing.Add(!isMatched, engineMissing);
            if (isMatched != engineMatched || status is null)
                errors.Add($"{c.Id} {group}: {skill} labelled {(isMatched ? "matched" : "missing")}, engine {status ?? "did not extract it"}");
        }
        foreach (var (skill, status) in engine.Where(e => labels.All(l => l.Skill != e.Key)))
        {
            matched.Add(false, status == "MATCHED");
            missing.Add(false, status != "MATCHED");
            errors.Add($"{c.Id} {group}: engine extracted unlabelled {skill} ({status})");
        }
    }

    private static PostingSection Expected(char tag) => tag switch
    {
        'T' => PostingSection.Title,
        'S' => PostingSection.Summary,
        'D' => PostingSection.Responsibilities,
        'Q' => PostingSection.Required,
        'P' => PostingSection.Preferred,
        'O' => PostingSection.Other,
        'H' => PostingSection.Heading,
        _ => throw new FormatException($"Unknown section tag '{tag}'"),
    };
}
