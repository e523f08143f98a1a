namespace Forge.Fortune.Application.Profiles;

/// <summary>
/// Timestamps of profiles: UTC truncated to whole milliseconds, which SQLite, PostgreSQL and SQL Server
/// all store exactly (so a cursor and a created_at filter compare with what is stored), written as ISO 8601.
/// </summary>
internal static class ProfileClock
{
    public static DateTime Now(TimeProvider clock)
    {
        var ticks = clock.GetUtcNow().UtcTicks;
        return new DateTime(ticks - ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
    }

    /// <summary>A strictly later time than <paramref name="previous"/>, so an update always shows a new updated_at.</summary>
    public static DateTime After(TimeProvider clock, DateTime previous)
    {
        var now = Now(clock);
        var floor = DateTime.SpecifyKind(previous, DateTimeKind.Utc).AddMilliseconds(1);
        return now >= floor ? now : floor;
    }

    public static string Format(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
