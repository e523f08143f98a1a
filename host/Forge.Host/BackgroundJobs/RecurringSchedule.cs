namespace Forge.Host.BackgroundJobs;

/// <summary>
/// A recurring job's period as occurrences aligned to the UTC clock: whole seconds dividing a minute, whole minutes
/// dividing an hour, whole hours dividing a day, else daily at midnight. A period that does not divide its unit is
/// shortened to the nearest one that does (never lengthened: sweeps must not fall behind). One rule for Hangfire's
/// cron (shared job storage) and for the host's own clock (in-memory storage, ADR 79).
/// </summary>
public readonly record struct RecurringSchedule(TimeSpan Step)
{
    public static RecurringSchedule For(TimeSpan period)
    {
        var seconds = Math.Max(1, (int)period.TotalSeconds);
        if (seconds < 60) return new(TimeSpan.FromSeconds(Divisor(seconds, 60)));
        if (seconds < 3600) return new(TimeSpan.FromMinutes(Divisor(seconds / 60, 60)));
        if (seconds < 86400) return new(TimeSpan.FromHours(Divisor(seconds / 3600, 24)));
        return new(TimeSpan.FromDays(1));
    }

    /// <summary>The same occurrences as a six-part cron expression (seconds first), for Hangfire.</summary>
    public string Cron =>
        Step < TimeSpan.FromMinutes(1) ? $"*/{(int)Step.TotalSeconds} * * * * *"
        : Step < TimeSpan.FromHours(1) ? $"0 */{(int)Step.TotalMinutes} * * * *"
        : Step < TimeSpan.FromDays(1) ? $"0 0 */{(int)Step.TotalHours} * * *"
        : "0 0 0 * * *";

    /// <summary>The first occurrence strictly after <paramref name="after"/>. Every step divides a day, so counting steps
    /// from midnight gives the cron's occurrences.</summary>
    public DateTimeOffset Next(DateTimeOffset after)
    {
        var utc = after.UtcDateTime;
        var midnight = utc.Date.Ticks;
        return new DateTimeOffset(midnight + ((utc.Ticks - midnight) / Step.Ticks + 1) * Step.Ticks, TimeSpan.Zero);
    }

    private static int Divisor(int value, int unit)
    {
        for (var d = Math.Min(value, unit); d > 1; d--)
            if (unit % d == 0) return d;
        return 1;
    }
}
