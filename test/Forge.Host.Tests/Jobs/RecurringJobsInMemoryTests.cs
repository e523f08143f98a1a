using Forge.Hosting.BackgroundJobs;
using Forge.TestModules.Data;
using Forge.TestModules.Notes;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.Jobs;

/// <summary>
/// With in-memory job storage (one host) a recurring job runs on the host's own clock, at the same aligned
/// occurrences Hangfire's cron would give, and never becomes a Hangfire job (ADR 79).
/// </summary>
[ProviderSensitive]
public sealed class RecurringJobsInMemoryTests
{
    [Fact]
    public async Task A_recurring_job_runs_once_per_aligned_occurrence_without_Hangfire()
    {
        await using var host = await TestHost.StartAsync(["Notes"], new Dictionary<string, string?> { ["Notes:TickSeconds"] = "2" });

        var ticks = await Eventually.GetAsync(
            () => host.InScopeAsync(sp => sp.GetRequiredService<NotesDbContext>().JobEffects.AsNoTracking()
                .Where(e => e.Key.StartsWith("tick:")).Select(e => e.Key).ToListAsync()),
            t => t.Count >= 3, TimeSpan.FromSeconds(60), "three ticks");

        // tick:HH:mm:ss:pid:guid; the occurrence is the scheduled one, so its seconds are even, and each ran once.
        var occurrences = ticks.Select(t => t.Split(':')[1..4]).ToList();
        occurrences.ShouldAllBe(o => int.Parse(o[2]) % 2 == 0, string.Join(", ", ticks));
        occurrences.Select(o => string.Join(':', o)).Distinct().Count().ShouldBe(ticks.Count, string.Join(", ", ticks));

        using var hangfire = host.Services.GetRequiredService<JobStorage>().GetConnection();
        hangfire.GetRecurringJobs().ShouldBeEmpty();
        host.Services.GetServices<RecurringJobType>().ShouldContain(j => j.Name == TickJob.Name);
    }
}
