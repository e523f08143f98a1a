using System.Reflection;
using Forge.NotionForge.Application.Ai;
using Forge.NotionForge.Domain.Skills;
using Forge.NotionForge.Domain.Tasks;
using Forge.NotionForge.EntityFrameworkCore;
using Forge.NotionForge.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Forge.NotionForge.Application.Health;

/// <summary><c>GET /health</c> and <c>/health/ready</c> (seed; ADR 42 §Health), measured on each call.</summary>
public sealed class NotionForgeHealth(
    NotionForgeDbContext db, PlannerEngine planner, NotionReachability notion, HealthCheckService checks,
    TimeProvider clock)
{
    public static readonly string Version =
        typeof(NotionForgeHealth).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>The planner's provider (<c>builtin</c> without one): the same answer the planner and the Copilot routes use.</summary>
    public string AiProvider => planner.Current.Engine;

    public async Task<HealthView> HealthAsync(int features, CancellationToken ct)
    {
        var today = clock.GetUtcNow().UtcDateTime.Date;
        var finished = await db.Set<GenerationLogEntry>().AsNoTracking().Where(e => e.FinishedAt >= today)
            .GroupBy(e => e.Status == GenerationTaskStatus.Completed).Select(g => new { Success = g.Key, Count = g.Count() }).ToListAsync(ct);
        var total = finished.Sum(f => f.Count);
        var success = finished.Where(f => f.Success).Sum(f => f.Count);
        return new HealthView(
            "ok", Version, AiProvider, await notion.IsReadyAsync(ct),
            new CopilotView(planner.CopilotAvailable, false), features, SkillCatalog.BuiltIn.Count + await CustomSkillCountAsync(ct),
            new TodayStatsView(total, success, total == 0 ? 0 : Math.Round(100.0 * success / total, 1)));
    }

    /// <summary>Custom skills of every tenant: health is tenant-less (ADR 42 §Health), so the tenant filter is lifted here only.</summary>
    private Task<int> CustomSkillCountAsync(CancellationToken ct) => db.Set<CustomSkill>().IgnoreQueryFilters().CountAsync(ct);

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

// success_rate named explicitly: the OpenAPI renaming (WireNamingSchemaTransformer) does not reach this nested schema.
public sealed record TodayStatsView(int Total, int Success, [property: System.Text.Json.Serialization.JsonPropertyName("success_rate")] double SuccessRate);

/// <summary>The seed's readiness body; <c>checks</c> say what is configured (the built-in planner and Notion's public URL always are).</summary>
public sealed record ReadyView(bool Ready, ReadyChecks Checks);

public sealed record ReadyChecks(bool NotionConfigured, bool AiProviderConfigured);
