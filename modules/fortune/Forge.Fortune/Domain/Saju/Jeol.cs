namespace Forge.Fortune.Domain.Saju;

/// <summary>
/// The twelve 節 (절) — the solar terms that open a saju month — in calendar order, each with the Sun's
/// apparent longitude that defines it and the month branch it opens. (The other twelve terms, the 中氣
/// such as 춘분, never change a pillar.)
/// </summary>
public enum Jeol
{
    Sohan = 0,   // 소한 小寒 285° → 丑 month (about 6 Jan)
    Ipchun,      // 입춘 立春 315° → 寅 month, and the saju year (about 4 Feb)
    Gyeongchip,  // 경칩 驚蟄 345° → 卯
    Cheongmyeong,// 청명 淸明  15° → 辰
    Ipha,        // 입하 立夏  45° → 巳
    Mangjong,    // 망종 芒種  75° → 午
    Soseo,       // 소서 小暑 105° → 未
    Ipchu,       // 입추 立秋 135° → 申
    Baengno,     // 백로 白露 165° → 酉
    Hallo,       // 한로 寒露 195° → 戌
    Ipdong,      // 입동 立冬 225° → 亥
    Daeseol,     // 대설 大雪 255° → 子 (about 7 Dec)
}

public static class JeolInfo
{
    private static readonly string[] HangulNames = ["소한", "입춘", "경칩", "청명", "입하", "망종", "소서", "입추", "백로", "한로", "입동", "대설"];
    private static readonly string[] HanjaNames = ["小寒", "立春", "驚蟄", "淸明", "立夏", "芒種", "小暑", "立秋", "白露", "寒露", "立冬", "大雪"];

    public static string Hangul(this Jeol jeol) => HangulNames[(int)jeol];
    public static string Hanja(this Jeol jeol) => HanjaNames[(int)jeol];

    /// <summary>285° for 소한, then 30° per 節: 315° 입춘 … 255° 대설.</summary>
    public static double SolarLongitude(this Jeol jeol) => (285 + 30 * (int)jeol) % 360;

    /// <summary>소한 opens 丑, 입춘 寅, … 대설 子.</summary>
    public static EarthlyBranch MonthBranch(this Jeol jeol) => EarthlyBranchInfo.FromIndex((int)jeol + 1);

    /// <summary>Approximate calendar day, used only as the solver's starting point (it is within ±2 days).</summary>
    internal static DateTime ApproximateUtc(this Jeol jeol, int year) =>
        new DateTime(year, 1, 6, 0, 0, 0, DateTimeKind.Utc).AddDays(30.44 * (int)jeol);
}
