using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Tests.Saju;

public class LunarAndValidationTests
{
    [Theory]
    [InlineData(2023, 11, 20, false, "2024-01-01")]
    [InlineData(2020, 4, 1, false, "2020-04-23")]
    [InlineData(2020, 4, 1, true, "2020-05-23")]   // 윤4월: GetLeapMonth(2020) = 5, the 5th month of the year
    [InlineData(2020, 5, 1, false, "2020-06-21")]  // month 5 is the calendar's 6th month after the leap
    [InlineData(1997, 1, 1, false, "1997-02-08")]  // Korean 설날 1997 (China's was 2/7): Korean tables in use
    [InlineData(1900, 1, 1, false, "1900-01-31")]
    public void Lunar_dates_convert_with_leap_months_counted(int year, int month, int day, bool leap, string solar) =>
        LunarDateConverter.ToSolar(year, month, day, leap).ShouldBe(DateOnly.Parse(solar));

    [Fact]
    public void A_lunar_request_computes_the_chart_of_its_solar_date()
    {
        var lunar = SajuCalculator.Calculate(new SajuRequest
        {
            BirthYear = 2020, BirthMonth = 4, BirthDay = 1, IsLeapMonth = true, BirthHour = 10, Gender = Gender.Female,
            CalendarType = CalendarType.Lunar,
        });
        var solar = Charts.Of("2020-05-23 10:00", Gender.Female);

        lunar.Hangul().ShouldBe(solar.Hangul());
        lunar.Conventions.SolarBirthDate.ShouldBe(new DateOnly(2020, 5, 23));
        lunar.Conventions.CalendarType.ShouldBe(CalendarType.Lunar);
    }

    [Theory]
    [InlineData(2021, 4, 1, true, "is_leap_month")]  // 2021 has no leap month
    [InlineData(2020, 5, 1, true, "is_leap_month")]  // 2020's leap month follows month 4, not 5
    [InlineData(2020, 2, 30, false, "birth_day")]    // lunar 2020-02 has 29 days
    [InlineData(2051, 1, 1, false, "birth_year")]    // beyond KoreanLunisolarCalendar (ends with lunar 2050)
    [InlineData(2020, 13, 1, false, "birth_month")]
    public void Unconvertible_lunar_dates_are_refused_by_field(int year, int month, int day, bool leap, string field)
    {
        var request = new SajuRequest
        {
            BirthYear = year, BirthMonth = month, BirthDay = day, IsLeapMonth = leap, Gender = Gender.Male,
            CalendarType = CalendarType.Lunar,
        };

        Should.Throw<SajuValidationException>(() => SajuCalculator.Calculate(request)).Field.ShouldBe(field);
    }

    public static TheoryData<SajuRequest, string> InvalidSolarRequests => new()
    {
        { Charts.Request("2000-01-01 00:00") with { BirthYear = 1899 }, "birth_year" },
        { Charts.Request("2000-01-01 00:00") with { BirthYear = 2101 }, "birth_year" },
        { Charts.Request("2000-01-01 00:00") with { BirthMonth = 0 }, "birth_month" },
        { Charts.Request("2000-01-01 00:00") with { BirthMonth = 2, BirthDay = 30 }, "birth_day" },
        { Charts.Request("2000-01-01 00:00") with { BirthYear = 2023, BirthMonth = 2, BirthDay = 29 }, "birth_day" },
        { Charts.Request("2000-01-01 00:00") with { BirthDay = 0 }, "birth_day" },
        { Charts.Request("2000-01-01 00:00") with { BirthHour = 24 }, "birth_hour" },
        { Charts.Request("2000-01-01 00:00") with { BirthHour = -1 }, "birth_hour" },
        { Charts.Request("2000-01-01 00:00") with { BirthMinute = 60 }, "birth_minute" },
        { Charts.Request("2000-01-01 00:00") with { Longitude = 181 }, "longitude" },
        { Charts.Request("2000-01-01 00:00") with { Longitude = double.NaN }, "longitude" },
        { Charts.Request("2000-01-01 00:00") with { IsLeapMonth = true }, "is_leap_month" },
    };

    [Theory]
    [MemberData(nameof(InvalidSolarRequests))]
    public void Invalid_birth_data_is_refused_by_field(SajuRequest request, string field) =>
        Should.Throw<SajuValidationException>(() => SajuCalculator.Calculate(request)).Field.ShouldBe(field);

    [Theory]
    [InlineData("1900-01-01 00:00")]
    [InlineData("2100-12-31 23:59")]
    public void The_range_ends_compute(string wallClock)
    {
        foreach (var convention in Enum.GetValues<JasiConvention>())
        foreach (var correction in Enum.GetValues<TimeCorrection>())
            SajuCalculator.Calculate(Charts.Request(wallClock) with { JasiConvention = convention, TimeCorrection = correction })
                .Daeun.Pillars.Count.ShouldBe(10);
    }

    [Fact]
    public void Range_end_charts_are_right()
    {
        // 1900-01-01 00:00 KST: before 입춘 → 己亥 (1899); 子 month (before 소한 1900); 甲戌 day; 子 hour of 甲 day → 甲子.
        Charts.Of("1900-01-01 00:00").Hangul().ShouldBe("기해 병자 갑술 갑자");
        // 2100-12-31 23:59 KST, 야자시: 庚申 year, 子 month (after 대설); the day and hour are hand-checked
        // with the day count: 2100-12-31 is 36,889 days after 2000-01-01 → (54 + 36889) mod 60 = 43 → 丁未;
        // the next day 戊申 gives the 子 hour stem 壬 → 壬子.
        Charts.Of("2100-12-31 23:59").Hangul().ShouldBe("경신 무자 정미 임자");
    }
}
