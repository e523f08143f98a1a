namespace Forge.Fortune.Domain.Saju;

public enum DaeunDirection
{
    Forward,
    Backward,
}

/// <summary>One ten-year luck pillar, in force from <see cref="StartAge"/> for ten years.</summary>
public readonly record struct DaeunPillar(int Order, int StartAge, Pillar Pillar, TenGod StemTenGod, TenGod BranchTenGod);

/// <summary>
/// 대운 (ten-year luck pillars). <see cref="DaysToJeol"/> is the exact span from the birth instant to the
/// 節 that sets the count — kept so a later layer can show finer start ages (3 days = 1 year).
/// </summary>
public sealed record Daeun(
    DaeunDirection Direction,
    JeolInstant ReferenceJeol,
    double DaysToJeol,
    int StartAge,
    IReadOnlyList<DaeunPillar> Pillars)
{
    public const int PillarCount = 10;

    /// <summary>
    /// Direction: forward for a man born in a yang year (year stem 甲丙戊庚壬) or a woman born in a yin year,
    /// backward otherwise. Start age (대운수): days from birth to the next 節 (forward) or back to the
    /// previous one (backward), divided by three, rounded half up (4.5 → 5), and at least 1 — a birth
    /// within a day and a half of a 節 would otherwise start at 0, which manseryeok never print. The pillars
    /// step the month pillar one place per decade along the 60-cycle.
    /// </summary>
    public static Daeun Compute(FourPillars pillars, DateTime birthInstantUtc, Gender gender)
    {
        var yangYear = pillars.Year.Stem.IsYang();
        var forward = yangYear == (gender == Gender.Male);

        var jeol = forward ? JeolCalendar.After(birthInstantUtc) : JeolCalendar.OnOrBefore(birthInstantUtc);
        var days = Math.Abs((jeol.Utc - birthInstantUtc).TotalDays);
        var startAge = Math.Max(1, (int)Math.Floor(days / 3 + 0.5));

        var dayMaster = pillars.Day.Stem;
        var list = new DaeunPillar[PillarCount];
        for (var i = 0; i < PillarCount; i++)
        {
            var pillar = pillars.Month.Shift(forward ? i + 1 : -(i + 1));
            list[i] = new(i + 1, startAge + 10 * i, pillar,
                TenGods.Of(dayMaster, pillar.Stem), TenGods.Of(dayMaster, pillar.Branch));
        }
        return new(forward ? DaeunDirection.Forward : DaeunDirection.Backward, jeol, days, startAge, list);
    }
}
