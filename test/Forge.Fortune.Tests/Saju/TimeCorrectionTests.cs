using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Tests.Saju;

public class TimeCorrectionTests
{
    [Theory]
    [InlineData("1907-06-01 12:00", 9.0)]     // before standard time: the UTC+9
    [InlineData("1908-04-01 00:00", 8.5)]     // 127.5°E standard time begins
    [InlineData("1911-12-31 23:59", 8.5)]
    [InlineData("1912-01-01 00:00", 9.0)]
    [InlineData("1948-06-01 00:00", 10.0)]    // first summer time
    [InlineData("1948-09-12 23:59", 10.0)]
    [InlineData("1948-09-13 00:00", 9.0)]
    [InlineData("1954-03-21 00:00", 8.5)]
    [InlineData("1955-06-01 12:00", 9.5)]     // UTC+8:30 plus summer time
    [InlineData("1961-08-09 23:59", 8.5)]
    [InlineData("1961-08-10 00:00", 9.0)]
    [InlineData("1987-05-10 01:59", 9.0)]
    [InlineData("1987-05-10 02:00", 10.0)]    // Olympic-era summer time starts at 02:00
    [InlineData("1988-10-09 02:30", 10.0)]    // the repeated hour is read as its first (DST) occurrence
    [InlineData("1988-10-09 03:00", 9.0)]
    [InlineData("2024-07-01 12:00", 9.0)]
    public void Historical_offsets_follow_Koreas_time_history(string wall, double hours) =>
        KoreanTimeHistory.UtcOffsetAt(DateTime.ParseExact(wall, "yyyy-MM-dd HH:mm", null))
            .ShouldBe(TimeSpan.FromHours(hours));

    [Fact]
    public void Historical_correction_moves_the_instant_across_a_jeol_but_reads_the_hour_on_the_wall_clock()
    {
        // In June 1955 clocks ran at UTC+9:30. A wall time ten minutes after 망종 read as KST (none) is
        // twenty minutes before it in reality (historical): the month changes, the hour does not.
        var mangjong = JeolCalendar.InstantOf(Jeol.Mangjong, 1955);
        var request = Charts.Request(Charts.KstMinute(mangjong.AddMinutes(10)));

        var none = SajuCalculator.Calculate(request);
        var historical = SajuCalculator.Calculate(request with { TimeCorrection = TimeCorrection.Historical });

        none.Month.Pillar.Branch.ShouldBe(EarthlyBranch.O);
        historical.Month.Pillar.Branch.ShouldBe(EarthlyBranch.Sa);
        historical.Conventions.Time.UtcOffset.ShouldBe(TimeSpan.FromHours(9.5));
        historical.Hour!.Pillar.ShouldBe(none.Hour!.Pillar);
        historical.Day.Pillar.ShouldBe(none.Day.Pillar);
    }

    [Fact]
    public void True_solar_time_reads_the_hour_on_local_apparent_time()
    {
        // 1990-05-15 07:05 KST in Seoul: local mean time is 32 min behind KST (126.978° vs 135°) and the
        // equation of time is +3.7 min, so the sundial says about 06:37 — 卯, not 辰.
        var request = Charts.Request("1990-05-15 07:05") with { TimeCorrection = TimeCorrection.TrueSolar };

        var chart = SajuCalculator.Calculate(request);

        chart.Hour!.Pillar.Branch.ShouldBe(EarthlyBranch.Myo);
        chart.Conventions.Longitude.ShouldBe(SajuRequest.SeoulLongitude);
        chart.Conventions.Time.EquationOfTimeMinutes!.Value.ShouldBe(3.7, 0.1);
        chart.Conventions.Time.LocalClockForDayAndHour.ShouldBe(new DateTime(1990, 5, 15, 6, 36, 48), TimeSpan.FromSeconds(30));
        SajuCalculator.Calculate(request with { TimeCorrection = TimeCorrection.None }).Hour!.Pillar.Branch.ShouldBe(EarthlyBranch.Jin);
    }

    [Fact]
    public void True_solar_time_can_move_the_day_back()
    {
        // 2024-03-11 00:20 KST in Seoul is ~23:38 on the 10th by the sundial (EoT ≈ −10 min): the 癸酉 day
        // and, under 야자시, a 子 hour with the next day's stem.
        var chart = SajuCalculator.Calculate(Charts.Request("2024-03-11 00:20") with { TimeCorrection = TimeCorrection.TrueSolar });

        chart.Day.Pillar.Hangul.ShouldBe("계유");
        chart.Hour!.Pillar.Hangul.ShouldBe("갑자");
    }

    [Fact]
    public void Longitude_changes_only_the_true_solar_reading()
    {
        var busan = SajuCalculator.Calculate(Charts.Request("2000-01-01 07:10") with { TimeCorrection = TimeCorrection.TrueSolar, Longitude = 129.075 });
        var seoul = SajuCalculator.Calculate(Charts.Request("2000-01-01 07:10") with { TimeCorrection = TimeCorrection.TrueSolar });
        var none = SajuCalculator.Calculate(Charts.Request("2000-01-01 07:10") with { Longitude = 129.075 });

        // EoT on 1 Jan ≈ −3 min: Busan ≈ 06:43 (卯), Seoul ≈ 06:35 (卯) — both 卯; KST 07:10 is 辰.
        (busan.Conventions.Time.LocalClockForDayAndHour - seoul.Conventions.Time.LocalClockForDayAndHour).TotalMinutes.ShouldBe(8.39, 0.01);
        busan.Hour!.Pillar.Branch.ShouldBe(EarthlyBranch.Myo);
        none.Hour!.Pillar.Branch.ShouldBe(EarthlyBranch.Jin);
        none.Conventions.Longitude.ShouldBeNull();
    }
}
