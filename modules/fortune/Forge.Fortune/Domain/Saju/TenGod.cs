namespace Forge.Fortune.Domain.Saju;

/// <summary>
/// The ten gods (십신): how a stem relates to the day master — by element (same, produced by it, controlled
/// by it, controlling it, producing it) and by polarity (same → the "편/비/식" member, different → the
/// "정/겁/상" member).
/// </summary>
public enum TenGod
{
    BiGyeon,      // 비견 比肩: same element, same polarity
    GeopJae,      // 겁재 劫財: same element, other polarity
    SikSin,       // 식신 食神: day master produces it, same polarity
    SangGwan,     // 상관 傷官: day master produces it, other polarity
    PyeonJae,     // 편재 偏財: day master controls it, same polarity
    JeongJae,     // 정재 正財: day master controls it, other polarity
    PyeonGwan,    // 편관 偏官 (칠살): it controls the day master, same polarity
    JeongGwan,    // 정관 正官: it controls the day master, other polarity
    PyeonIn,      // 편인 偏印: it produces the day master, same polarity
    JeongIn,      // 정인 正印: it produces the day master, other polarity
}

public static class TenGods
{
    private static readonly string[] HangulNames = ["비견", "겁재", "식신", "상관", "편재", "정재", "편관", "정관", "편인", "정인"];
    private static readonly string[] HanjaNames = ["比肩", "劫財", "食神", "傷官", "偏財", "正財", "偏官", "正官", "偏印", "正印"];

    public static string Hangul(this TenGod god) => HangulNames[(int)god];
    public static string Hanja(this TenGod god) => HanjaNames[(int)god];

    /// <summary>The ten god of <paramref name="other"/> seen from <paramref name="dayMaster"/>.</summary>
    public static TenGod Of(HeavenlyStem dayMaster, HeavenlyStem other)
    {
        // Steps along the generating cycle from the day master's element to the other's:
        // 0 same, 1 produced by the day master, 2 controlled by it, 3 controls it, 4 produces it.
        var steps = HeavenlyStemInfo.Modulo((int)other.Element() - (int)dayMaster.Element(), 5);
        var samePolarity = dayMaster.IsYang() == other.IsYang();
        return (TenGod)(steps * 2 + (samePolarity ? 0 : 1));
    }

    /// <summary>A branch's ten god is that of its main hidden stem (본기/정기).</summary>
    public static TenGod Of(HeavenlyStem dayMaster, EarthlyBranch branch) =>
        Of(dayMaster, HiddenStems.MainStem(branch));
}
