using Forge.Analysis.Domain.Engine;
using Forge.Analysis.Contracts.Results;

namespace Forge.Analysis.Tests.Engine;

/// <summary>
/// The engine's figures on a labelled set: verdict P/R/F1 for essential and preferred skills, essential
/// extraction recall, section assignment accuracy, years accuracy, and every disagreement as a line.
/// Each labelled skill is judged by the engine's verdict for it; a labelled skill the engine did not
/// extract counts against both classes' recall, and a skill the engine extracted that the labeller did not
/// list counts against its verdict class's precision. Soft skills count only where a label names one (ADR 83).
/// </summary>
public sealed class QualityReport
{
    public VerdictTally EssentialMatched { get; } = new("essential matched");
    public VerdictTally EssentialMissing { get; } = new("essential missing");
    public VerdictTally PreferredMatched { get; } = new("preferred matched");
    public VerdictTally PreferredMissing { get; } = new("preferred missing");
    public List<string> Disagreements { get; } = [];

    private int _cases, _labelled, _found, _lines, _linesRight, _candidateRight, _requiredRight, _preferredLabels;

    public double SectionAccuracy => (double)_linesRight / _lines;
    public double CandidateYearsAccuracy => (double)_candidateRight / _cases;
    public double RequiredYearsAccuracy => (double)_requiredRight / _cases;

    public static QualityReport Measure(AnalysisEngine engine, IEnumerable<EvalCase> cases)
    {
        var report = new QualityReport();
        foreach (var c in cases) report.Add(engine, c);
        return report;
    }

    private void Add(AnalysisEngine engine, EvalCase c)
    {
        _cases++;
        var result = engine.Analyze(new AnalysisInput(c.Resume, c.Posting, c.AsOf));
        // Soft skills are measured only where a label names one: labellers list them when a line asks for one by name
        // ("Experience mentoring graduate geologists"), but no batch labels every soft skill a posting implies.
        var essential = Verdicts(result.Essential.SkillAnalysisResults, c.Essential);
        var preferred = Verdicts(result.Preferred.SkillAnalysisResults, c.Preferred);
        Tally(c, "essential", c.Essential, essential, EssentialMatched, EssentialMissing);
        Tally(c, "preferred", c.Preferred, preferred, PreferredMatched, PreferredMissing);
        _found += c.Essential.Count(l => essential.ContainsKey(l.Skill));
        _labelled += c.Essential.Count;
        _preferredLabels += c.Preferred.Count;

        var split = PostingSplitter.Split(TextLine.Split(c.Posting));
        for (var i = 0; i < c.PostingLines.Count; i++)
        {
            var expected = Expected(c.PostingLines[i].Tag);
            var actual = split.FirstOrDefault(p => p.Line.Index == i).Section;
            _lines++;
            if (expected == actual) _linesRight++;
            else Disagreements.Add($"{c.Id} section: '{c.PostingLines[i].Line}' expected {expected}, got {actual}");
        }

        if (Math.Abs(result.Extraction.CandidateYears - c.CandidateYears) <= 0.25) _candidateRight++;
        else Disagreements.Add($"{c.Id} years: expected {c.CandidateYears}, got {result.Extraction.CandidateYears}");
        var required = result.Extraction.EntryLevelAccepted ? "entry" : result.Extraction.RequiredYears?.ToString() ?? "none";
        if (required == c.RequiredYears) _requiredRight++;
        else Disagreements.Add($"{c.Id} required years: expected {c.RequiredYears}, got {required}");
    }

    /// <summary>The engine's status per skill, soft skills only where a label names one (ADR 83).</summary>
    internal static Dictionary<string, string> Verdicts(IEnumerable<SkillAnalysisResult> results, IReadOnlyList<(string Skill, bool Matched)> labels) =>
        results.Where(s => s.Category != "Soft skill" || labels.Any(l => l.Skill == s.Skill)).ToDictionary(s => s.Skill, s => s.Status);

    private void Tally(EvalCase c, string group, IReadOnlyList<(string Skill, bool Matched)> labels, Dictionary<string, string> engine,
        VerdictTally matched, VerdictTally missing)
    {
        foreach (var (skill, isMatched) in labels)
        {
            var status = engine.GetValueOrDefault(skill);
            var engineMatched = status == "MATCHED";
            matched.Add(isMatched, engineMatched);
            missing.Add(!isMatched, status is "MISSING" or "LEARNING");
            if (isMatched != engineMatched || status is null)
                Disagreements.Add($"{c.Id} {group}: {skill} labelled {(isMatched ? "matched" : "missing")}, engine {status ?? "did not extract it"}");
        }
        foreach (var (skill, status) in engine.Where(e => labels.All(l => l.Skill != e.Key)))
        {
            matched.Add(false, status == "MATCHED");
            missing.Add(false, status != "MATCHED");
            Disagreements.Add($"{c.Id} {group}: engine extracted unlabelled {skill} ({status})");
        }
    }

    public IEnumerable<string> Summary()
    {
        yield return $"{_cases} pairs, {_labelled} essential and {_preferredLabels} preferred skill labels, {_lines} posting lines";
        foreach (var tally in new[] { EssentialMatched, EssentialMissing, PreferredMatched, PreferredMissing }) yield return tally.ToString();
        yield return $"essential extraction recall {Ratio(_found, _labelled)}";
        yield return $"section assignment accuracy {Ratio(_linesRight, _lines)}";
        yield return $"candidate years accuracy (±0.25 y) {Ratio(_candidateRight, _cases)}";
        yield return $"required years accuracy {Ratio(_requiredRight, _cases)}";
    }

    private static string Ratio(int right, int total) => $"{(double)right / total:0.000} ({right}/{total})";

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
