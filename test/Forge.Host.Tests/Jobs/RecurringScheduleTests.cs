using Forge.Host.BackgroundJobs;

namespace Forge.Host.Tests.Jobs;

/// <summary>A recurring job's period as clock-aligned occurrences: one rule for Hangfire's cron and the host's own loop (ADR 79).</summary>
public sealed class RecurringScheduleTests
{
    [Theory]
    [InlineData(1, 1, "*/1 * * * * *")]
    [InlineData(7, 6, "*/6 * * * * *")]        // shortened to a divisor of a minute, never lengthened
    [InlineData(60, 60, "0 */1 * * * *")]
    [InlineData(90, 60, "0 */1 * * * *")]
    [InlineData(45 * 60, 30 * 60, "0 */30 * * * *")]
    [InlineData(5 * 3600, 4 * 3600, "0 0 */4 * * *")]
    [InlineData(2 * 86400, 86400, "0 0 0 * * *")]
    public void A_period_becomes_a_step_that_divides_its_unit(int periodSeconds, int stepSeconds, string cron)
    {
        var schedule = RecurringSchedule.For(TimeSpan.FromSeconds(periodSeconds));
        schedule.Step.ShouldBe(TimeSpan.FromSeconds(stepSeconds));
        schedule.Cron.ShouldBe(cron);
    }

    [Theory]
    [InlineData(60, "2026-12-05T10:15:30.250Z", "2026-12-05T10:16:00.000Z")]
    [InlineData(60, "2026-12-05T10:16:00.000Z", "2026-12-05T10:17:00.000Z")] // strictly after: an occurrence runs once
    [InlineData(6, "2026-12-05T10:15:59.999Z", "2026-12-05T10:16:00.000Z")]
    [InlineData(30 * 60, "2026-12-05T10:29:59.000Z", "2026-12-05T10:30:00.000Z")]
    [InlineData(4 * 3600, "2026-12-05T23:00:00.000Z", "2026-12-06T00:00:00.000Z")] // across midnight
    [InlineData(86400, "2026-12-31T12:00:00.000+09:00", "2027-01-01T00:00:00.000Z")] // UTC, whatever the offset given
    public void The_next_occurrence_is_the_first_aligned_one_after(int periodSeconds, string after, string next)
    {
        RecurringSchedule.For(TimeSpan.FromSeconds(periodSeconds)).Next(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateTimeOffset.Parse(next, System.Globalization.CultureInfo.InvariantCulture));
    }
}
