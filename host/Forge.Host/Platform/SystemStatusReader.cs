using System.Reflection;
using Forge.Host.BackgroundJobs;
using Forge.Hosting.AI;
using Forge.Hosting.Data;
using Forge.Hosting.Diagnostics;
using Forge.Hosting.Modularity;
using Hangfire;

namespace Forge.Host.Platform;

/// <summary>
/// Reads the host's state for the console's System status page: the modules loaded, the database
/// provider, the job server, the AI providers and model aliases, Redis, the host's version and uptime.
/// Everything comes from the running services and configuration; secrets are left out.
/// </summary>
public sealed class SystemStatusReader(
    IReadOnlyList<ForgeModule> modules,
    IConfiguration configuration,
    JobStorageOptions jobStorageOptions,
    JobStorage jobStorage,
    JobServer jobServer,
    ForgeAiOptions aiOptions,
    IAiModelCatalog aiModels,
    IServiceProvider services,
    IProcessUptime uptime,
    TimeProvider clock)
{
    /// <summary>The alive-server window of <see cref="Health.JobServerHealthCheck"/>.</summary>
    public static readonly TimeSpan HeartbeatWindow = TimeSpan.FromMinutes(1);

    public SystemStatus Read()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new SystemStatus(
            VersionOf(typeof(SystemStatusReader).Assembly),
            uptime.StartedAt.UtcDateTime,
            uptime.Elapsed,
            modules.Select(m => new ModuleStatus(m.Name, VersionOf(m.GetType().Assembly), m.GetType().Assembly.GetName().Name ?? "")).ToList(),
            DatabaseOptions.Provider(configuration).ToString(),
            ReadJobs(now),
            aiOptions.Providers.Values.Select(p => new AiProviderStatus(p.Name, p.HasApiKey, Endpoint(p.BaseUrl))).ToList(),
            aiModels.Aliases.Order(StringComparer.OrdinalIgnoreCase).Select(Describe).ToList(),
            ReadRedis());
    }

    private JobServerStatus ReadJobs(DateTime now)
    {
        // The same reading as the jobs health check: a server counts while its heartbeat is recent.
        var alive = jobStorage.GetMonitoringApi().Servers()
            .Where(s => s.Heartbeat is { } beat && beat > now - HeartbeatWindow)
            .ToList();
        return new JobServerStatus(jobStorageOptions.Kind, alive.Count > 0, alive.Count, alive.Sum(s => s.WorkersCount), jobServer.WaitingForFirstJob);
    }

    private AiModelStatus Describe(string alias)
    {
        var info = aiModels.Describe(alias);
        return new AiModelStatus(info.Alias, info.ProviderName, info.ModelId, info.IsConfigured);
    }

    private RedisStatus ReadRedis()
    {
        // The multiplexer keeps reconnecting, so this is "up right now".
        var redis = services.GetRequiredService<Caching.OptionalRedis>();
        return redis.IsConfigured ? new RedisStatus(true, redis.Multiplexer.IsConnected) : new RedisStatus(false, null);
    }

    /// <summary>The base URL without user info, query or fragment: a URL can carry a password or a token.</summary>
    private static string? Endpoint(string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl)) return null;
        return Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
            ? uri.GetComponents(UriComponents.Scheme | UriComponents.Host | UriComponents.Port | UriComponents.Path, UriFormat.UriEscaped)
            : "(not a URL)";
    }

    private static string VersionOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString()
        ?? "unknown";
}
