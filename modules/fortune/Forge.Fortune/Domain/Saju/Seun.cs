namespace Forge.Fortune.Domain.Saju;

/// <summary>
/// 세운 (the year's own pillar) of a Gregorian year, read against a day master. It is the pillar in force
/// from that year's 입춘 — i.e. for all of the year except its first five weeks.
/// </summary>
public sealed record Seun(int Year, Pillar Pillar, TenGod StemTenGod, TenGod BranchTenGod)
{
    public static Seun For(HeavenlyStem dayMaster, int year)
    {
        if (year is < SajuCalculator.MinYear or > SajuCalculator.MaxYear)
            throw new SajuValidationException("target_year",
                $"target_year must be between {SajuCalculator.MinYear} and {SajuCalculator.MaxYear}.");
        var pillar = PillarRules.YearPillar(year);
        return new(year, pillar, TenGods.Of(dayMaster, pillar.Stem), TenGods.Of(dayMaster, pillar.Branch));
    }
}
