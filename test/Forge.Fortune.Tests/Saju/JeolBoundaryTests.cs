using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Tests.Saju;

/// <summary>A few minutes either side of a computed 節 instant the month pillar must change (and at 입춘 the year).</summary>
public class JeolBoundaryTests
{
    [Theory]
    [InlineData(1990, Jeol.Gyeongchip)]
    [InlineData(1955, Jeol.Mangjong)]
    [InlineData(2000, Jeol.Daeseol)]
    [InlineData(2050, Jeol.Ipha)]
    [InlineData(1901, Jeol.Hallo)]
    [InlineData(2100, Jeol.Ipdong)]
    public void The_month_pillar_changes_at_the_jeol_instant(int year, Jeol jeol)
    {
        var instant = JeolCalendar.InstantOf(jeol, year);
        var before = Charts.Of(Charts.KstMinute(instant.AddMinutes(-2)));
        var after = Charts.Of(Charts.KstMinute(instant.AddMinutes(2)));

        after.Month.Pillar.Branch.ShouldBe(jeol.MonthBranch());
        before.Month.Pillar.ShouldBe(after.Month.Pillar.Shift(-1));
        after.Year.Pillar.ShouldBe(before.Year.Pillar); // only 입춘 moves the year
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(1984)]
    [InlineData(2024)]
    [InlineData(2100)]
    public void Year_and_month_change_together_at_ipchun(int year)
    {
        var instant = JeolCalendar.InstantOf(Jeol.Ipchun, year);
        var before = Charts.Of(Charts.KstMinute(instant.AddMinutes(-2)));
        var after = Charts.Of(Charts.KstMinute(instant.AddMinutes(2)));

        before.Year.Pillar.ShouldBe(PillarRules.YearPillar(year - 1));
        after.Year.Pillar.ShouldBe(PillarRules.YearPillar(year));
        before.Month.Pillar.Branch.ShouldBe(EarthlyBranch.Chuk);
        after.Month.Pillar.Branch.ShouldBe(EarthlyBranch.In);
    }

    [Fact]
    public void Sohan_changes_the_month_but_not_the_year()
    {
        // 소한 opens 丑, the last month of the saju year that began at the previous 입춘.
        var instant = JeolCalendar.InstantOf(Jeol.Sohan, 2024);
        var before = Charts.Of(Charts.KstMinute(instant.AddMinutes(-2)));
        var after = Charts.Of(Charts.KstMinute(instant.AddMinutes(2)));

        before.Hangul()[..5].ShouldBe("계묘 갑자");
        after.Hangul()[..5].ShouldBe("계묘 을축");
    }

    [Fact]
    public void Jeol_instants_are_twelve_per_year_in_order_about_a_month_apart()
    {
        for (var year = 1900; year <= 2100; year += 25)
        {
            var terms = JeolCalendar.Of(year);
            terms.Count.ShouldBe(12);
            for (var i = 1; i < 12; i++)
                (terms[i].Utc - terms[i - 1].Utc).TotalDays.ShouldBeInRange(29.3, 31.6);
        }
    }
}
