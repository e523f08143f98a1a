using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Domain.Readings;

/// <summary>
/// The branch and stem relations the reading uses, by index arithmetic on the 子=0 / 甲=0 numbering:
/// 충 (子午 丑未 寅申 卯酉 辰戌 巳亥) are branches six apart; 육합 (子丑 寅亥 卯戌 辰酉 巳申 午未) are the
/// pairs whose indices sum to 1 mod 12; 천간합 (甲己 乙庚 丙辛 丁壬 戊癸) are stems five apart.
/// </summary>
public static class PillarRelations
{
    public static bool Clash(EarthlyBranch a, EarthlyBranch b) => Math.Abs((int)a - (int)b) == 6;

    public static bool SixCombination(EarthlyBranch a, EarthlyBranch b) => ((int)a + (int)b) % 12 == 1;

    public static bool StemCombination(HeavenlyStem a, HeavenlyStem b) => Math.Abs((int)a - (int)b) == 5;

    /// <summary>"子午" — the pair in the order given, for factor labels.</summary>
    public static string Pair(EarthlyBranch a, EarthlyBranch b) => a.Hanja() + b.Hanja();

    public static string Pair(HeavenlyStem a, HeavenlyStem b) => a.Hanja() + b.Hanja();
}
