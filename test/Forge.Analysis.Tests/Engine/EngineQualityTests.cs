using Forge.Analysis.Domain.Engine;
using Xunit.Abstractions;

namespace Forge.Analysis.Tests.Engine;

/// <summary>
/// Measured quality of the built-in engine on the hand-labelled evaluation set (EvalSet/): the quality
/// gate is F1 ≥ 0.90 for both the matched and the missing verdicts on essential skills of the 40-pair
/// development set; the held-out pairs (EvalSet/holdout, never used to fix the engine) are measured and
/// printed beside it. Run: dotnet test test/Forge.Analysis.Tests --filter EngineQualityTests
/// --logger "console;verbosity=detailed" (README, "Analysis: engine quality").
/// </summary>
public sealed class EngineQualityTests(ITestOutputHelper output)
{
    private const double Gate = 0.90;

    [Fact]
    public void Essential_skill_verdicts_reach_the_quality_gate()
    {
        var engine = new AnalysisEngine();
        var development = EvalCase.LoadAll();
        var holdout = EvalCase.LoadHoldout();
        var fresh = EvalCase.LoadFresh();
        development.Count.ShouldBeGreaterThanOrEqualTo(40);
        fresh.Count.ShouldBeGreaterThanOrEqualTo(10);

        var dev = QualityReport.Measure(engine, development);
        var held = QualityReport.Measure(engine, holdout);
        var all = QualityReport.Measure(engine, development.Concat(holdout));
        Print("Development set", dev);
        Print("Held-out set", held);
        Print("Fresh held-out set (figures only)", QualityReport.Measure(engine, fresh));
        Print("All pairs", all);
        output.WriteLine("Disagreements with the labels:");
        foreach (var line in all.Disagreements) output.WriteLine("  " + line);

        dev.EssentialMatched.F1.ShouldBeGreaterThanOrEqualTo(Gate, dev.EssentialMatched.ToString());
        dev.EssentialMissing.F1.ShouldBeGreaterThanOrEqualTo(Gate, dev.EssentialMissing.ToString());
    }

    private void Print(string title, QualityReport report)
    {
        output.WriteLine(title + ":");
        foreach (var line in report.Summary()) output.WriteLine("  " + line);
        output.WriteLine("");
    }
}
