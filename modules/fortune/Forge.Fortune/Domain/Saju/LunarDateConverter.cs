using System.Globalization;

namespace Forge.Fortune.Domain.Saju;

/// <summary>
/// Korean lunar dates → Gregorian, through .NET's <see cref="KoreanLunisolarCalendar"/> (Korean tables, so
/// years where the Korean and Chinese calendars differ — e.g. 1997's new year — come out Korean).
/// That calendar numbers months 1..13 in a leap year, the leap month taking the number after the month it
/// repeats: in a year whose leap month follows month 4, GetLeapMonth returns 5 and months 5..12 are
/// numbered 6..13. Its range ends with lunar year 2050, so later lunar dates are refused by field.
/// </summary>
public static class LunarDateConverter
{
    private static readonly KoreanLunisolarCalendar Calendar = new();

    public static int MinLunarYear => Calendar.GetYear(Calendar.MinSupportedDateTime);
    public static int MaxLunarYear => Calendar.GetYear(Calendar.MaxSupportedDateTime);

    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool isLeapMonth)
    {
        if (lunarYear < MinLunarYear || lunarYear > MaxLunarYear)
            throw new SajuValidationException("birth_year",
                $"Lunar dates can be converted for years {MinLunarYear}–{MaxLunarYear}; {lunarYear} is outside that range.");
        if (lunarMonth is < 1 or > 12)
            throw new SajuValidationException("birth_month", "birth_month must be between 1 and 12.");

        var leapMonth = Calendar.GetLeapMonth(lunarYear); // 0 = no leap month this year
        int monthIndex;
        if (isLeapMonth)
        {
            if (leapMonth == 0 || leapMonth - 1 != lunarMonth)
                throw new SajuValidationException("is_leap_month", leapMonth == 0
                    ? $"Lunar year {lunarYear} has no leap month."
                    : $"Lunar year {lunarYear} has a leap month after month {leapMonth - 1}, not after month {lunarMonth}.");
            monthIndex = leapMonth;
        }
        else
        {
            monthIndex = leapMonth != 0 && lunarMonth >= leapMonth ? lunarMonth + 1 : lunarMonth;
        }

        var daysInMonth = Calendar.GetDaysInMonth(lunarYear, monthIndex);
        if (lunarDay < 1 || lunarDay > daysInMonth)
            throw new SajuValidationException("birth_day",
                $"Lunar {lunarYear}-{(isLeapMonth ? "leap " : "")}{lunarMonth} has {daysInMonth} days; {lunarDay} is not one of them.");

        return DateOnly.FromDateTime(Calendar.ToDateTime(lunarYear, monthIndex, lunarDay, 0, 0, 0, 0));
    }
}
