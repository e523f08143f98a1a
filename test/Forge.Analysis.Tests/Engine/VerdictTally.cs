namespace Forge.Analysis.Tests.Engine;

/// <summary>Precision, recall and F1 of one verdict class ("matched" or "missing").</summary>
public sealed class VerdictTally(string name)
{
    public string Name { get; } = name;
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }

    public void Add(bool labelled, bool predicted)
    {
        if (labelled && predicted) TruePositives++;
        else if (predicted) FalsePositives++;
        else if (labelled) FalseNegatives++;
    }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        $"{Name,-22} P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives})";
}
