namespace Forge.Fortune.Domain.Saju;

/// <summary>How the recorded Korean wall-clock birth time is turned into an instant and a local time.</summary>
public enum TimeCorrection
{
    /// <summary>Read the wall clock as fixed UTC+9 (KST), whatever the year. The product default.</summary>
    None,

    /// <summary>Apply Korea's historical standard offsets and daylight saving (see <see cref="KoreanTimeHistory"/>).</summary>
    Historical,

    /// <summary>Historical offsets, then local apparent solar time at the birth longitude for the day and hour.</summary>
    TrueSolar,
}

/// <summary>How the 子 hour from 23:00 to 23:59 is read (야자시/조자시 schools).</summary>
public enum JasiConvention
{
    /// <summary>야자시: the day pillar stays on the current day; the 子 hour takes the NEXT day's stem rule.</summary>
    Split,

    /// <summary>The day pillar stays; the 子 hour's stem follows the SAME day's stem (day changes at midnight).</summary>
    Midnight,

    /// <summary>The day changes at 23:00: the day pillar is the next day's, and so is the hour stem rule.</summary>
    DayStart23,
}

public enum Gender
{
    Male,
    Female,
}

public enum CalendarType
{
    Solar,
    Lunar,
}
