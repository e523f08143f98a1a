using System.Globalization;
using Forge.Fortune.Domain.Status;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Status;
using Forge.Hosting.AI;
using Forge.Hosting.Diagnostics;

namespace Forge.Fortune.Application.Status;

/// <summary>
/// Measures each component now and judges it against <see cref="FortuneStatusOptions"/>: the database by a
/// real round trip, the API by this process's recent Fortune requests, the cache and the models' calls and
/// latency by the generation log (all tenants), a configured model's health by this process's last calls to
/// it (<see cref="ModelCallOutcomes"/>), the aliases by whether their provider is configured.
/// </summary>
public sealed class StatusEvaluator(
    IDatabaseProbe<FortuneDbContext> database,
    ApiLatencyWindow api,
    IFortuneGenerationStats generations,
    ModelCallOutcomes outcomes,
    IAiModelCatalog models,
    TimeProvider clock)
{
    public async Task<StatusComponentsDto> EvaluateAsync(FortuneStatusOptions options, CancellationToken ct)
    {
        var probe = await database.PingAsync(TimeSpan.FromMilliseconds(options.DatabaseTimeoutMs), ct);
        var since = clock.GetUtcNow().UtcDateTime.AddSeconds(-options.GenerationWindowSeconds);
        var figures = await generations.GetSinceAsync(since, ct);
        var databaseStatus = Database(probe, options);
        return new StatusComponentsDto(Api(options), databaseStatus, Cache(figures, databaseStatus.Status, options), AiModels(figures, options));
    }

    /// <summary>Overall: the database down is an outage of the whole service; anything else not operational degrades it.</summary>
    public static string Overall(StatusComponentsDto c) =>
        c.Database.Status == ComponentStatus.Outage ? ComponentStatus.Outage : ComponentStatus.Worst(Readings(c).Select(r => r.Status));

    /// <summary>The component states incidents follow.</summary>
    public static IReadOnlyList<ComponentReading> Readings(StatusComponentsDto c) =>
    [
        new("api", c.Api.Status, c.Api.Message),
        new("database", c.Database.Status, c.Database.Message),
        new("cache", c.Cache.Status, c.Cache.Message),
        new("ai_models", (string)c.AiModels["status"], c.AiModels.GetValueOrDefault("message") as string),
    ];

    private static DatabaseComponentDto Database(DatabaseProbeResult probe, FortuneStatusOptions options)
    {
        var connections = probe.Pool is { } p ? new ConnectionsDto(p.Used, p.Idle, p.Max) : null;
        if (!probe.Reachable)
            return new DatabaseComponentDto(ComponentStatus.Outage, null, probe.Provider, connections, probe.Error);
        var latency = Round(probe.LatencyMs!.Value);
        return probe.LatencyMs > options.DatabaseDegradedLatencyMs
            ? new DatabaseComponentDto(ComponentStatus.Degraded, latency, probe.Provider, connections,
                $"High latency detected: {Ms(latency)} ms (threshold {Ms(options.DatabaseDegradedLatencyMs)} ms).")
            : new DatabaseComponentDto(ComponentStatus.Operational, latency, probe.Provider, connections, null);
    }

    private ApiComponentDto Api(FortuneStatusOptions options)
    {
        var window = api.Read(TimeSpan.FromSeconds(options.ApiWindowSeconds));
        double? errorRate = window.Requests == 0 ? null : Math.Round(window.ServerErrors * 100.0 / window.Requests, 2);
        double? latency = window.AverageLatencyMs is { } average ? Round(average) : null;
        var (status, message) = (latency, errorRate) switch
        {
            ({ } l, _) when l > options.ApiDegradedLatencyMs =>
                (ComponentStatus.Degraded, $"High latency detected: {Ms(l)} ms on average (threshold {Ms(options.ApiDegradedLatencyMs)} ms)."),
            (_, { } e) when e > options.ApiDegradedServerErrorRate && window.Requests >= options.ApiMinimumRequests =>
                (ComponentStatus.Degraded, $"Elevated server errors: {e} % of {window.Requests} requests."),
            _ when window.Requests == 0 => (ComponentStatus.Operational, $"No Fortune requests in the last {options.ApiWindowSeconds} s."),
            _ => (ComponentStatus.Operational, (string?)null),
        };
        return new ApiComponentDto(status, latency, window.Requests, errorRate, options.ApiWindowSeconds, message);
    }

    /// <summary>The stored-fortune cache lives in the database: it is down when the database is.</summary>
    private static CacheComponentDto Cache(FortuneGenerationFigures figures, string databaseStatus, FortuneStatusOptions options)
    {
        var status = databaseStatus == ComponentStatus.Outage ? ComponentStatus.Outage : ComponentStatus.Operational;
        double? hitRate = figures.Requests == 0 ? null : Math.Round(figures.CacheHits * 100.0 / figures.Requests, 2);
        var message = !figures.LogAvailable ? "Fortune generation is not recorded yet; no hit rate to report."
            : figures.Requests == 0 ? $"No fortune requests in the last {options.GenerationWindowSeconds} s."
            : null;
        if (status == ComponentStatus.Outage) message = "The stored-fortune cache is unavailable with the database.";
        return new CacheComponentDto(status, hitRate, figures.Requests, options.GenerationWindowSeconds, message);
    }

    private Dictionary<string, object> AiModels(FortuneGenerationFigures figures, FortuneStatusOptions options)
    {
        var recent = outcomes.Read(TimeSpan.FromSeconds(options.AiModelWindowSeconds), options.AiModelWindowCalls);
        var entries = new List<(string Alias, AiModelStatusDto Status)>();
        foreach (var alias in models.AliasesFor(Fortunes.FortuneGenerationService.Product).OrderBy(a => a, StringComparer.Ordinal))
        {
            var info = models.Describe(alias);
            var provider = info.Engine;
            var used = figures.ByModel.GetValueOrDefault(alias);
            entries.Add((alias, info.IsConfigured
                ? Configured(provider, info.ModelId, used, recent.GetValueOrDefault(alias), figures.LogAvailable, options)
                : new AiModelStatusDto(ComponentStatus.NotConfigured, "builtin", provider, info.ModelId, 0, null,
                    $"No {provider} API key is configured; requests for '{alias}' are answered by the built-in engine.")));
        }
        var builtin = figures.ByModel.GetValueOrDefault("builtin");
        entries.Add(("builtin", new AiModelStatusDto(ComponentStatus.Operational, "builtin", null, null, builtin?.Calls ?? 0,
            builtin?.AverageLatencyMs is { } b ? Round(b) : null, "The deterministic built-in Saju engine, in process.")));

        var judged = entries.Where(e => e.Status.Status != ComponentStatus.NotConfigured && e.Alias != "builtin").ToList();
        var overall = ComponentStatus.Worst(judged.Select(e => e.Status.Status));
        var result = new Dictionary<string, object> { ["status"] = overall };
        if (overall != ComponentStatus.Operational)
            result["message"] = "Model(s) not operational: " + string.Join("; ", judged.Where(e => e.Status.Status != ComponentStatus.Operational)
                .Select(e => $"{e.Alias} is {e.Status.Status} — {e.Status.Message?.TrimEnd('.')}")) + ".";
        foreach (var (alias, status) in entries) result[alias] = status;
        return result;
    }

    /// <summary>
    /// Health from the last calls this process made (<paramref name="recent"/>): all failed → outage, more than
    /// <see cref="FortuneStatusOptions.AiModelDegradedFailureRate"/> % → degraded; then latency from the log.
    /// </summary>
    private static AiModelStatusDto Configured(string provider, string model, ModelGenerationFigures? used, RecentModelCalls? recent,
        bool logAvailable, FortuneStatusOptions options)
    {
        var calls = used?.Calls ?? 0;
        double? latency = used?.AverageLatencyMs is { } l ? Round(l) : null;
        var failureRate = recent is { Calls: > 0 } r ? r.Failures * 100.0 / r.Calls : 0;
        var (status, message) = failureRate switch
        {
            >= 100 => (ComponentStatus.Outage, $"All {recent!.Calls} recent calls failed (last: {recent.LastError})."),
            _ when failureRate > options.AiModelDegradedFailureRate =>
                (ComponentStatus.Degraded, $"{recent!.Failures} of the last {recent.Calls} calls failed (last: {recent.LastError})."),
            _ when latency > options.AiModelDegradedLatencyMs =>
                (ComponentStatus.Degraded, $"Higher than normal latency: {Ms(latency.Value)} ms on average (threshold {Ms(options.AiModelDegradedLatencyMs)} ms)."),
            _ when calls == 0 => (ComponentStatus.Operational,
                logAvailable ? $"No calls in the last {options.GenerationWindowSeconds} s." : "Model calls are not recorded; no latency to report."),
            _ => (ComponentStatus.Operational, (string?)null),
        };
        return new AiModelStatusDto(status, "llm", provider, model, calls, latency, message);
    }

    private static double Round(double ms) => Math.Round(ms, 2, MidpointRounding.AwayFromZero);

    private static string Ms(double ms) => ms.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>One component's state as incidents see it.</summary>
public sealed record ComponentReading(string Component, string Status, string? Message);
