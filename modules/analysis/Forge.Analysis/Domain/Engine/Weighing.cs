namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Names of ADR 73's, 80's and 83's mechanisms that a measurement may turn off, to count the labelled verdicts each one
/// flips on every evaluation batch (ADR 71, 73, 80, 83). Empty in the product: every mechanism is on. Only
/// <c>EngineWeighingHarness</c> (tests) fills it, in a test collection xUnit runs alone and only when FORGE_WEIGH=1;
/// nothing else writes it.
/// </summary>
internal static class Weighing
{
    internal static readonly HashSet<string> Disabled = new(StringComparer.Ordinal);

    public static bool On(string mechanism) => Disabled.Count == 0 || !Disabled.Contains(mechanism);
}
