namespace Forge.Fortune.Domain.Saju;

/// <summary>
/// The built-in Saju engine: validates birth data, reads the birth time under the requested conventions
/// and derives the chart. Pure and deterministic — no clock, no I/O — so the API can cache by input.
/// </summary>
public static class SajuCalculator
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    /// <summary>
    /// With no birth hour, year and month are read at 12:00 of the birth date: the instant least far from
    /// any moment of that day, so only a birth on a 節 day can be misplaced, and then by at most half a day.
    /// </summary>
    private static readonly TimeOnly UnknownHourReference = new(12, 0);

    public static SajuChart Calculate(SajuRequest request)
    {
        var solarDate = SolarDate(request);
        var hourKnown = request.BirthHour is not null;
        var longitude = request.TimeCorrection == TimeCorrection.TrueSolar ? request.Longitude ?? SajuRequest.SeoulLongitude : (double?)null;

        var wallTime = hourKnown ? new TimeOnly(request.BirthHour!.Value, request.BirthMinute) : UnknownHourReference;
        var time = BirthTime.Resolve(solarDate.ToDateTime(wallTime), request.TimeCorrection, longitude ?? SajuRequest.SeoulLongitude);
        if (!hourKnown)
            time = time with { LocalClockForDayAndHour = solarDate.ToDateTime(UnknownHourReference) };

        var pillars = PillarRules.Compute(time, hourKnown, request.JasiConvention);
        var dayMaster = pillars.Day.Stem;
        ReadOnlySpan<Pillar> present = pillars.Hour is { } h ? [pillars.Year, pillars.Month, pillars.Day, h] : [pillars.Year, pillars.Month, pillars.Day];

        return new SajuChart(
            Place(PillarPosition.Year, pillars.Year, dayMaster),
            Place(PillarPosition.Month, pillars.Month, dayMaster),
            Place(PillarPosition.Day, pillars.Day, dayMaster),
            pillars.Hour is { } hour ? Place(PillarPosition.Hour, hour, dayMaster) : null,
            ElementBalance.Of(present),
            ElementBalance.Weakest(present),
            Daeun.Compute(pillars, time.InstantUtc, request.Gender),
            new SajuConventions(request.TimeCorrection, request.JasiConvention, longitude, request.CalendarType,
                solarDate, hourKnown, time, pillars.SajuYear, pillars.MonthJeol));
    }

    internal static ChartPillar Place(PillarPosition position, Pillar pillar, HeavenlyStem dayMaster)
    {
        var hidden = HiddenStems.Row(pillar.Branch);
        var details = new HiddenStemDetail[hidden.Length];
        for (var i = 0; i < hidden.Length; i++)
            details[i] = new HiddenStemDetail(hidden[i].Stem, hidden[i].Role, TenGods.Of(dayMaster, hidden[i].Stem));
        return new(position, pillar,
            position == PillarPosition.Day ? null : TenGods.Of(dayMaster, pillar.Stem),
            TenGods.Of(dayMaster, pillar.Branch),
            details);
    }

    private static DateOnly SolarDate(SajuRequest r)
    {
        if (r.BirthYear is < MinYear or > MaxYear)
            throw new SajuValidationException("birth_year", $"birth_year must be between {MinYear} and {MaxYear}.");
        if (r.BirthMonth is < 1 or > 12)
            throw new SajuValidationException("birth_month", "birth_month must be between 1 and 12.");
        if (r.BirthHour is < 0 or > 23)
            throw new SajuValidationException("birth_hour", "birth_hour must be between 0 and 23.");
        if (r.BirthMinute is < 0 or > 59)
            throw new SajuValidationException("birth_minute", "birth_minute must be between 0 and 59.");
        if (r.Longitude is { } lon && (!double.IsFinite(lon) || lon < -180 || lon > 180))
            throw new SajuValidationException("longitude", "longitude must be between -180 and 180 degrees east.");

        if (r.CalendarType == CalendarType.Lunar)
            return LunarDateConverter.ToSolar(r.BirthYear, r.BirthMonth, r.BirthDay, r.IsLeapMonth);

        if (r.IsLeapMonth)
            throw new SajuValidationException("is_leap_month", "is_leap_month applies only to lunar dates.");
        if (r.BirthDay < 1 || r.BirthDay > DateTime.DaysInMonth(r.BirthYear, r.BirthMonth))
            throw new SajuValidationException("birth_day",
                $"{r.BirthYear}-{r.BirthMonth:00} has {DateTime.DaysInMonth(r.BirthYear, r.BirthMonth)} days; {r.BirthDay} is not one of them.");
        return new DateOnly(r.BirthYear, r.BirthMonth, r.BirthDay);
    }
}
