using System.Reflection;
using Forge.Fortune.Application.Profiles;
using Forge.Fortune.Status;
using Forge.Hosting.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Status;

/// <summary>
/// <c>GET /v1/status</c>: measures the components, brings the incidents in step, and answers the summary
/// (anyone) or the whole picture (an authenticated Fortune caller).
/// </summary>
public sealed class ServiceStatusAppService(
    StatusEvaluator evaluator,
    IncidentTracker incidents,
    IProcessUptime uptime,
    IOptionsMonitor<FortuneStatusOptions> options,
    IHostEnvironment environment,
    TimeProvider clock)
{
    private static readonly string Version = ReadVersion();

    public async Task<ServiceStatusDto> GetAsync(bool detailed, CancellationToken ct)
    {
        var components = await evaluator.EvaluateAsync(options.CurrentValue, ct);
        await incidents.SyncAsync(StatusEvaluator.Readings(components), ct);
        var summary = new ServiceStatusDto(StatusEvaluator.Overall(components), Version, EnvironmentName(),
            WireTime.ToWire(WireTime.Now(clock)));
        if (!detailed) return summary;

        var (active, last) = await incidents.ReadAsync(ct);
        var elapsed = uptime.Elapsed;
        return summary with
        {
            Components = components,
            Uptime = new UptimeDto((long)elapsed.TotalSeconds, UptimeText.Human(elapsed)),
            LastIncident = last,
            ActiveIncidents = active,
        };
    }

    /// <summary>The host's environment in the docs' lowercase form: production, staging, development.</summary>
    private string EnvironmentName() => environment.EnvironmentName.ToLowerInvariant();

    /// <summary>The module assembly's informational version without the source-revision suffix (<c>1.2.3+abc</c> → <c>1.2.3</c>).</summary>
    private static string ReadVersion()
    {
        var assembly = typeof(ServiceStatusAppService).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
