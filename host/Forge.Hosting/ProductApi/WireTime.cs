using System.Globalization;

namespace Forge.Hosting.ProductApi;

/// <summary>
/// Time on the wire (ADR 33): UTC, ISO 8601 with exactly three fraction digits and <c>Z</c>
/// (<c>2025-01-16T09:30:00.123Z</c>). Stored times are cut to whole milliseconds, which SQLite, PostgreSQL
/// and SQL Server all keep exactly, so what a client reads back (a cursor, a <c>created_after</c> filter)
/// compares equal with what is stored. A time of unspecified kind (SQLite hands UTC back that way) is UTC.
/// </summary>
public static class WireTime
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>Now, in UTC, cut to the millisecond.</summary>
    public static DateTime Now(TimeProvider clock) => Truncate(clock.GetUtcNow().UtcDateTime);

    /// <summary>A strictly later time than <paramref name="previous"/>, so an update always shows a new timestamp.</summary>
    public static DateTime After(TimeProvider clock, DateTime previous)
    {
        var now = Now(clock);
        var floor = Utc(previous).AddMilliseconds(1);
        return now >= floor ? now : floor;
    }

    public static DateTime Truncate(DateTime value)
    {
        var utc = Utc(value);
        return new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
    }

    public static string ToWire(DateTime value) => Utc(value).ToString(Format, CultureInfo.InvariantCulture);

    public static string ToWire(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Reads the wire form back (exactly that form; anything else is not a wire time).</summary>
    public static bool TryParse(string? value, out DateTime result)
    {
        var ok = DateTime.TryParseExact(value, Format, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out result);
        if (ok) result = DateTime.SpecifyKind(result, DateTimeKind.Utc);
        return ok;
    }

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value.ToUniversalTime(),
    };
}
