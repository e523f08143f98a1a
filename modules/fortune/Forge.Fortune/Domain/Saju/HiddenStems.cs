namespace Forge.Fortune.Domain.Saju;

/// <summary>The role of a hidden stem within its branch, in the order the month's days pass through them.</summary>
public enum HiddenStemRole
{
    /// <summary>여기 餘氣: residue of the previous month's qi.</summary>
    Residual,
    /// <summary>중기 中氣: the middle qi (only in the 生 and 庫 branches).</summary>
    Middle,
    /// <summary>정기/본기 正氣·本氣: the branch's own qi; its ten god is the branch's ten god.</summary>
    Main,
}

public readonly record struct HiddenStem(HeavenlyStem Stem, HiddenStemRole Role);

/// <summary>
/// 지장간 (stems hidden in each branch), the Korean 월률분야 table in 여기 → 중기 → 정기 order:
/// 子 壬癸 · 丑 癸辛己 · 寅 戊丙甲 · 卯 甲乙 · 辰 乙癸戊 · 巳 戊庚丙 · 午 丙己丁 · 未 丁乙己 · 申 戊壬庚 ·
/// 酉 庚辛 · 戌 辛丁戊 · 亥 戊甲壬.
/// The table lists 子 癸, 卯 乙, 酉 辛 alone; that is the Chinese "main qi only" reading of the
/// three 旺 branches, while Korean manseryeok and textbooks print their 여기 too (壬 10 days, 甲 10 days,
/// 庚 10 days) — and the issue's own 午 丙己丁 already includes a 여기. We follow the Korean table; the
/// main stems, and so every branch's ten god, are identical under both.
/// </summary>
public static class HiddenStems
{
    private static readonly HiddenStem[][] Table =
    [
        Of(HeavenlyStem.Im, null, HeavenlyStem.Gye),                              // 子
        Of(HeavenlyStem.Gye, HeavenlyStem.Sin, HeavenlyStem.Gi),                  // 丑
        Of(HeavenlyStem.Mu, HeavenlyStem.Byeong, HeavenlyStem.Gap),               // 寅
        Of(HeavenlyStem.Gap, null, HeavenlyStem.Eul),                             // 卯
        Of(HeavenlyStem.Eul, HeavenlyStem.Gye, HeavenlyStem.Mu),                  // 辰
        Of(HeavenlyStem.Mu, HeavenlyStem.Gyeong, HeavenlyStem.Byeong),            // 巳
        Of(HeavenlyStem.Byeong, HeavenlyStem.Gi, HeavenlyStem.Jeong),             // 午
        Of(HeavenlyStem.Jeong, HeavenlyStem.Eul, HeavenlyStem.Gi),                // 未
        Of(HeavenlyStem.Mu, HeavenlyStem.Im, HeavenlyStem.Gyeong),                // 申
        Of(HeavenlyStem.Gyeong, null, HeavenlyStem.Sin),                          // 酉
        Of(HeavenlyStem.Sin, HeavenlyStem.Jeong, HeavenlyStem.Mu),                // 戌
        Of(HeavenlyStem.Mu, HeavenlyStem.Gap, HeavenlyStem.Im),                   // 亥
    ];

    public static IReadOnlyList<HiddenStem> Of(EarthlyBranch branch) => Table[(int)branch];

    /// <summary>The same row without the interface, for the engine's allocation-free hot path.</summary>
    internal static ReadOnlySpan<HiddenStem> Row(EarthlyBranch branch) => Table[(int)branch];

    public static HeavenlyStem MainStem(EarthlyBranch branch) => Table[(int)branch][^1].Stem;

    private static HiddenStem[] Of(HeavenlyStem residual, HeavenlyStem? middle, HeavenlyStem main) =>
        middle is { } m
            ? [new(residual, HiddenStemRole.Residual), new(m, HiddenStemRole.Middle), new(main, HiddenStemRole.Main)]
            : [new(residual, HiddenStemRole.Residual), new(main, HiddenStemRole.Main)];
}
