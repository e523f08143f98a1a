using System.Reflection;
using Forge.NotionForge.Application.Planning;
using Forge.NotionForge.Domain.Tasks;
using Forge.NotionForge.EntityFrameworkCore;
using Forge.NotionForge.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Forge.NotionForge.Application.Health;

/// <summary>A planner that says which provider it uses (the AI area's planner may implement it); otherwise <c>builtin</c>.</summary>
public interface IPlannerProvider
{
    string Provider { get; }
}

/// <summary><c>GET /health</c> and <c>/health/ready</c> (seed; ADR 42 §Health), measured on each call.</summary>
public sealed class NotionForgeHealth(
    NotionForgeDbContext db, IBlueprintPlanner planner, NotionReachability notion, HealthCheckService checks, IConfiguration configuration,
    TimeProvider clock)
{
    public static readonly string Version =
        typeof(NotionForgeHealth).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public string AiProvider => planner is IPlannerProvider p ? p.Provider : "builtin";

    public bool CopilotConfigured => configuration.GetSection("Forge:AI:Providers").GetChildren()
        .Any(c => c.Key.Equals("copilot", StringComparison.OrdinalIgnoreCase));

    public async Task<HealthView> HealthAsync(int features, CancellationToken ct)
    {
        var today = clock.GetUtcNow().UtcDateTime.Date;
        var finished = await db.Set<GenerationLogEntry>().AsNoTracking().Where(e => e.FinishedAt >= today)
            .GroupBy(e => e.Status == GenerationTaskStatus.Completed).Select(g => new { Success = g.Key, Count = g.Count() }).ToListAsync(ct);
        var total = finished.Sum(f => f.Count);
        var success = finished.Where(f => f.Success).Sum(f => f.Count);
        return new HealthView(
            "ok", Version, AiProvider, await notion.IsReadyAsync(ct),
            new CopilotView(CopilotConfigured, false), features, SkillCatalog.BuiltIn.Count,
            new TodayStatsView(total, success, total == 0 ? 0 : Math.Round(100.0 * success / total, 1)));
    }

    /// <summary>Ready when the platform's readiness checks (database, job server) pass and NotionForge's own database answers.</summary>
    public async Task<ReadyView> ReadyAsync(CancellationToken ct)
    {
        var platform = await checks.CheckHealthAsync(c => c.Tags.Contains("ready"), ct);
        var database = await db.Database.CanConnectAsync(ct);
        return new ReadyView(platform.Status == HealthStatus.Healthy && database, new ReadyChecks(true, true));
    }
}

public sealed record HealthView(
    string Status, string Version, string AiProvider, bool NotionReady, CopilotView Copilot, int Features, int Skills, TodayStatsView TodayStats);

public sealed record CopilotView(bool Available, bool Started);

public sealed record TodayStatsView(int Total, int Success, double SuccessRate);

/// <summary>The seed's readiness body; <c>checks</c> say what is configured (the built-in planner and Notion's public URL always are).</summary>
public sealed record ReadyView(bool Ready, ReadyChecks Checks);

public sealed record ReadyChecks(bool NotionConfigured, bool AiProviderConfigured);
