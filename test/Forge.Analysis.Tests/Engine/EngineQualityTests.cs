using Forge.Analysis.Domain.Engine;
using Xunit.Abstractions;

namespace Forge.Analysis.Tests.Engine;

/// <summary>
/// Measured quality of the built-in engine on the hand-labelled evaluation set (EvalSet/): the quality
/// gate is F1 ≥ 0.90 for both the matched and the missing verdicts on essential skills of the 40-pair
/// development set. Each set also has floors at its figures measured when the ADR 63 second addendum was settled
/// (floored to two decimals), so a regression on any of them fails: the development set, the first held-out batch (EvalSet/holdout,
/// read for ADR 48), the fresh batch (EvalSet/fresh, read for ADR 57), the fresh2 batch (EvalSet/fresh2, read for
/// ADR 63), the fresh3 batch (EvalSet/fresh3, read for the ADR 63 addendum), the fresh4 batch (EvalSet/fresh4,
/// committed before fresh3 was read, measured once at the end of that work, then read for the ADR 63 second addendum):
/// and the fresh5 batch (EvalSet/fresh5, another labeller, committed before fresh4 was read, measured once after the
/// second addendum, then read for the ADR 63 third addendum) and the fresh6 batch (EvalSet/fresh6, a new labeller, committed
/// before fresh5 was read, measured once after the third addendum, then read for ADR 66), the fresh7 batch (EvalSet/fresh7,
/// a new labeller, written while fresh6 was read for ADR 66, measured unseen before and after it) and the fresh8 batch
/// (EvalSet/fresh8, a new labeller, written after ADR 66 and measured unseen on it), both read for ADR 68: upper bounds,
/// all nine, and the fresh9 batch (EvalSet/fresh9, a new labeller, written while ADR 68 was built elsewhere, measured unseen
/// before and after it, then read for ADR 71): upper bounds, all ten, and every disagreement is printed.
/// The fresh10 batch (EvalSet/fresh10, a new labeller, written while ADR 71 was built elsewhere, measured unseen before and
/// after it, then read for ADR 73): an upper bound too, and its disagreements print with the others'.
/// The fresh11 batch (EvalSet/fresh11, a new labeller, measured unseen on ADR 71 and 73, then read for ADR 80): an upper
/// bound too, and its disagreements print with the others'. The fresh12 batch (EvalSet/fresh12, a new labeller, measured
/// unseen before and after ADR 80, then read for ADR 83): an upper bound too. The fresh13 batch (EvalSet/fresh13, unseen,
/// two new labellers, the dictionary's own domains, committed before any engine run on it) is printed, figures only, with
/// floors at its measurement.
/// Run: dotnet test test/Forge.Analysis.Tests --filter EngineQualityTests --logger "console;verbosity=detailed"
/// (README, "Analysis: engine quality").
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
        var fresh2 = EvalCase.LoadFresh2();
        var fresh3 = EvalCase.LoadFresh3();
        var fresh4 = EvalCase.LoadFresh4();
        var fresh5 = EvalCase.LoadFresh5();
        var fresh6 = EvalCase.LoadFresh6();
        var fresh7 = EvalCase.LoadFresh7();
        var fresh8 = EvalCase.LoadFresh8();
        var fresh9 = EvalCase.LoadFresh9();
        var fresh10 = EvalCase.LoadFresh10();
        var fresh11 = EvalCase.LoadFresh11();
        var fresh12 = EvalCase.LoadFresh12();
        var fresh13 = EvalCase.LoadFresh13();
        development.Count.ShouldBeGreaterThanOrEqualTo(40);
        fresh.Count.ShouldBeGreaterThanOrEqualTo(10);
        fresh2.Count.ShouldBeGreaterThanOrEqualTo(12);
        fresh3.Count.ShouldBeGreaterThanOrEqualTo(13);
        fresh4.Count.ShouldBeGreaterThanOrEqualTo(11);
        fresh5.Count.ShouldBeGreaterThanOrEqualTo(12);
        fresh6.Count.ShouldBeGreaterThanOrEqualTo(12);
        fresh7.Count.ShouldBeGreaterThanOrEqualTo(12);
        fresh8.Count.ShouldBeGreaterThanOrEqualTo(12);
        fresh9.Count.ShouldBeGreaterThanOrEqualTo(12);
        fresh10.Count.ShouldBeGreaterThanOrEqualTo(12);
        fresh11.Count.ShouldBeGreaterThanOrEqualTo(14);
        fresh12.Count.ShouldBeGreaterThanOrEqualTo(14);
        fresh13.Count.ShouldBeGreaterThanOrEqualTo(14);

        var dev = QualityReport.Measure(engine, development);
        var held = QualityReport.Measure(engine, holdout);
        var read = QualityReport.Measure(engine, fresh);
        var read2 = QualityReport.Measure(engine, fresh2);
        var read3 = QualityReport.Measure(engine, fresh3);
        var read4 = QualityReport.Measure(engine, fresh4);
        var read5 = QualityReport.Measure(engine, fresh5);
        var read6 = QualityReport.Measure(engine, fresh6);
        var read7 = QualityReport.Measure(engine, fresh7);
        var read8 = QualityReport.Measure(engine, fresh8);
        var read9 = QualityReport.Measure(engine, fresh9);
        var read10 = QualityReport.Measure(engine, fresh10);
        var read11 = QualityReport.Measure(engine, fresh11);
        var read12 = QualityReport.Measure(engine, fresh12);
        var unseen13 = QualityReport.Measure(engine, fresh13);
        var all = QualityReport.Measure(engine, development.Concat(holdout).Concat(fresh).Concat(fresh2).Concat(fresh3).Concat(fresh4).Concat(fresh5).Concat(fresh6).Concat(fresh7).Concat(fresh8).Concat(fresh9).Concat(fresh10).Concat(fresh11).Concat(fresh12));
        Print("Development set", dev);
        Print("Held-out set", held);
        Print("Fresh held-out set (read for ADR 57: an upper bound)", read);
        Print("Fresh2 held-out set (read for ADR 63: an upper bound)", read2);
        Print("Fresh3 held-out set (another labeller; read for the ADR 63 addendum: an upper bound)", read3);
        Print("Fresh4 held-out set (read for the ADR 63 second addendum: an upper bound)", read4);
        Print("Fresh5 held-out set (another labeller; read for the ADR 63 third addendum: an upper bound)", read5);
        Print("Fresh6 held-out set (a new labeller; measured unseen after the ADR 63 third addendum, read for ADR 66: an upper bound)", read6);
        Print("Fresh7 held-out set (a new labeller; measured unseen before and after ADR 66, read for ADR 68: an upper bound)", read7);
        Print("Fresh8 held-out set (a new labeller; measured unseen on ADR 66, read for ADR 68: an upper bound)", read8);
        Print("Fresh9 held-out set (a new labeller; measured unseen before and after ADR 68, read for ADR 71: an upper bound)", read9);
        Print("Fresh10 held-out set (a new labeller; measured unseen before and after ADR 71, read for ADR 73: an upper bound)", read10);
        Print("Fresh11 held-out set (a new labeller; measured unseen on ADR 71 and 73, read for ADR 80: an upper bound)", read11);
        Print("Fresh12 held-out set (a new labeller; measured unseen before and after ADR 80, read for ADR 83: an upper bound)", read12);
        Print("Fresh13 held-out set (unseen, two new labellers, the dictionary's own domains; figures only)", unseen13);
        Print("All read pairs (development, held-out, fresh, fresh2, … fresh12)", all);
        output.WriteLine("Disagreements with the labels:");
        foreach (var line in all.Disagreements) output.WriteLine("  " + line);

        dev.EssentialMatched.F1.ShouldBeGreaterThanOrEqualTo(Gate, dev.EssentialMatched.ToString());
        dev.EssentialMissing.F1.ShouldBeGreaterThanOrEqualTo(Gate, dev.EssentialMissing.ToString());

        // Floors: the figures measured on 2026-12-03 when the ADR 63 second addendum was settled, floored to two decimals
        // (README table); fresh4 has one essential "missing" label (1 TP / 1 FP / 0 FN: missing F1 0.667). Raise them when
        // the engine improves.
        AtLeast("development", dev, matched: 0.98, missing: 0.91, sections: 1.00, candidateYears: 1.00, requiredYears: 1.00);
        AtLeast("held-out", held, matched: 0.98, missing: 0.96, sections: 1.00, candidateYears: 1.00, requiredYears: 1.00);
        // ADR 83: the bullets under "About the role" are duties (sections 0.990 → 1.000).
        AtLeast("fresh held-out", read, matched: 0.97, missing: 0.88, sections: 1.00, candidateYears: 1.00, requiredYears: 1.00);
        AtLeast("fresh2 held-out", read2, matched: 0.99, missing: 1.00, sections: 1.00, candidateYears: 1.00, requiredYears: 1.00);
        AtLeast("fresh3 held-out", read3, matched: 1.00, missing: 0.90, sections: 1.00, candidateYears: 1.00, requiredYears: 1.00);
        AtLeast("fresh4 held-out", read4, matched: 1.00, missing: 0.66, sections: 1.00, candidateYears: 1.00, requiredYears: 1.00);
        // fresh5: measured unseen after the ADR 63 second addendum (0.635 / 0.640), then read for the third addendum
        // (0.861 / 0.905, sections 0.985 → 1.000): an upper bound since.
        AtLeast("fresh5 held-out", read5, matched: 0.87, missing: 0.90, sections: 1.00, candidateYears: 1.00, requiredYears: 1.00);
        // fresh6: measured unseen after the ADR 63 third addendum (0.702 / 0.636, the same as before it), then read for
        // ADR 66 (evidence scoped to the candidate's clause, near misses as data: 0.782 / 0.767): an upper bound since.
        AtLeast("fresh6 held-out", read6, matched: 0.78, missing: 0.76, sections: 0.97, candidateYears: 1.00, requiredYears: 1.00);
        // fresh7: measured unseen once before ADR 66 (0.629 / 0.464) and once after it (0.667 / 0.590), then read for ADR 68
        // (0.942 / 0.833): an upper bound since; ADR 71's negation ("못함") 0.951 / 0.857.
        // ADR 80 (fresh11 read): 0.951 / 0.880.
        // ADR 83: roles above a résumé's only headings count (candidate years 0.833 → 1.000).
        AtLeast("fresh7 held-out", read7, matched: 0.95, missing: 0.87, sections: 0.98, candidateYears: 1.00, requiredYears: 1.00);
        // fresh8: written after ADR 66 and measured unseen once on it (0.685 / 0.698), then read for ADR 68 (0.921 / 0.880):
        // an upper bound since.
        // ADR 80 (fresh11 read): 0.932 / 0.902.
        // ADR 83 measures the soft skills a label names (Stakeholder management here): missing 0.902 → 0.885.
        AtLeast("fresh8 held-out", read8, matched: 0.93, missing: 0.88, sections: 0.99, candidateYears: 1.00, requiredYears: 1.00);
        // fresh9: written while ADR 68 was built elsewhere; measured unseen once before it (0.788 / 0.793) and once after
        // it (0.765 / 0.759), then read for ADR 71 (0.877 / 0.852): an upper bound since.
        // ADR 73 lowers the missing floor 0.85 → 0.83: "an engineer exports them to Markdown and merges them" is now read as the
        // engineer's work, so the unlabelled Code review the posting's wording matched (ADR 71) is MISSING — a false "matched"
        // became a false "missing"; no labelled verdict of fresh9 moved.
        // ADR 83 measures the soft skills a label names (Communication, Stakeholder management): 0.892 / 0.821.
        AtLeast("fresh9 held-out", read9, matched: 0.89, missing: 0.82, sections: 0.98, candidateYears: 1.00, requiredYears: 1.00);
        // fresh10: written while ADR 71 was built elsewhere; measured unseen once before it (0.563 / 0.506) and once after
        // it (0.594 / 0.486), then read for ADR 73 (0.889 / 0.806, sections 0.962 → 1.000, required years 0.929 → 1.000): an upper bound since.
        // ADR 83 measures the soft skills a label names (Negotiation): missing 0.806 → 0.794.
        AtLeast("fresh10 held-out", read10, matched: 0.88, missing: 0.79, sections: 1.00, candidateYears: 1.00, requiredYears: 1.00);
        // fresh11: committed (4161613) before any engine run on it; measured unseen on the engine of ADR 71 (0.761 / 0.618)
        // and after ADR 73 (0.753 / 0.593, sections 0.992), then read for ADR 80 (0.928 / 0.836, sections 1.000, required
        // years 0.929 → 1.000): an upper bound since.
        AtLeast("fresh11 held-out", read11, matched: 0.92, missing: 0.83, sections: 1.00, candidateYears: 1.00, requiredYears: 1.00);
        // fresh12: committed (02c66d3) before any engine run on it; measured unseen on main before ADR 80 (0.701 / 0.538,
        // sections 0.919, candidate years 0.929) and once after it (0.708 / 0.566), then read for ADR 83 (0.845 / 0.764,
        // sections 0.996, candidate years 1.000): an upper bound since.
        AtLeast("fresh12 held-out", read12, matched: 0.84, missing: 0.76, sections: 0.99, candidateYears: 1.00, requiredYears: 1.00);
        // fresh13: committed (e590c21) before any engine run on it, in the dictionary's own domains; measured unseen on main
        // before ADR 83 (0.734 / 0.684) and on ADR 83 (0.743 / 0.693). Floors at the second; its disagreements stay unprinted.
        AtLeast("fresh13 held-out", unseen13, matched: 0.74, missing: 0.69, sections: 0.99, candidateYears: 1.00, requiredYears: 1.00);
    }

    private static void AtLeast(string set, QualityReport report, double matched, double missing, double sections, double candidateYears, double requiredYears)
    {
        report.EssentialMatched.F1.ShouldBeGreaterThanOrEqualTo(matched, $"{set}: {report.EssentialMatched}");
        report.EssentialMissing.F1.ShouldBeGreaterThanOrEqualTo(missing, $"{set}: {report.EssentialMissing}");
        report.SectionAccuracy.ShouldBeGreaterThanOrEqualTo(sections, $"{set}: section assignment accuracy");
        report.CandidateYearsAccuracy.ShouldBeGreaterThanOrEqualTo(candidateYears, $"{set}: candidate years accuracy");
        report.RequiredYearsAccuracy.ShouldBeGreaterThanOrEqualTo(requiredYears, $"{set}: required years accuracy");
    }

    private void Print(string title, QualityReport report)
    {
        output.WriteLine(title + ":");
        foreach (var line in report.Summary()) output.WriteLine("  " + line);
        output.WriteLine("");
    }
}
