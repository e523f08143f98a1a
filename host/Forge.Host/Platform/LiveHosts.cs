using System.Reflection;
using System.Text.RegularExpressions;
using Forge.Host.BackgroundJobs;
using Forge.Hosting.Diagnostics;
using Hangfire;

namespace Forge.Host.Platform;

/// <summary>One host as the console's System page lists it, from its job server's registration (ADR 49).</summary>
/// <param name="Name">Machine name and process id, e.g. <c>forge-7d9c:1234</c>.</param>
/// <param name="Version">The host's informational version, carried in its job server name.</param>
/// <param name="JobsRunning">Jobs its workers are processing now.</param>
/// <param name="Alive">A heartbeat within <see cref="SystemStatusReader.HeartbeatWindow"/>; a killed host stays listed,
/// not alive, until the job storage drops it (Hangfire's server timeout, 5 minutes).</param>
public sealed record LiveHost(string ServerId, string Name, string Version, DateTime StartedAt, DateTime? LastHeartbeat, int Workers, int JobsRunning, bool Alive);

/// <summary>
/// Every host sharing this job storage. The registry is Hangfire's own: each host's job server registers itself in the
/// shared storage and heartbeats there (so several hosts on PostgreSQL storage see each other, and <c>/jobs</c>
/// shows the same servers); the server name carries the host's version (<see cref="ServerName"/>). A host whose job
/// server waits for its first job (in-memory storage, ADR 82) lists itself, with no workers and no heartbeat yet.
/// </summary>
public sealed partial class LiveHosts(JobStorage storage, JobServer server, IProcessUptime uptime, TimeProvider clock)
{
    /// <summary>Processing jobs read at most, to count them per host.</summary>
    private const int ProcessingPage = 1000;

    /// <summary>This process's job server name: machine, then <c>@</c> and the host version (Hangfire appends pid and a guid).</summary>
    public static string ServerName { get; } = $"{Environment.MachineName}@{HostVersion}";

    public static string HostVersion =>
        typeof(LiveHosts).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public IReadOnlyList<LiveHost> Read()
    {
        if (server.WaitingForFirstJob) return [ThisHostWaiting()];
        var monitoring = storage.GetMonitoringApi();
        var running = monitoring.ProcessingJobs(0, ProcessingPage)
            .Where(j => j.Value?.ServerId is not null)
            .GroupBy(j => j.Value.ServerId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var now = clock.GetUtcNow().UtcDateTime;
        return monitoring.Servers()
            .Select(s =>
            {
                var (name, version) = Parse(s.Name);
                var alive = s.Heartbeat is { } beat && beat > now - SystemStatusReader.HeartbeatWindow;
                return new LiveHost(s.Name, name, version, s.StartedAt, s.Heartbeat, s.WorkersCount, running.GetValueOrDefault(s.Name), alive);
            })
            .OrderByDescending(h => h.Alive).ThenBy(h => h.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private LiveHost ThisHostWaiting()
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId}".ToLowerInvariant();
        return new LiveHost(name, name, HostVersion.ToLowerInvariant(), uptime.StartedAt.UtcDateTime, LastHeartbeat: null, Workers: 0, JobsRunning: 0, Alive: true);
    }

    /// <summary>Hangfire names a server <c>{ServerName}:{pid}:{guid}</c>, lower-cased.</summary>
    internal static (string Name, string Version) Parse(string serverId)
    {
        var match = ServerIdPattern().Match(serverId);
        if (!match.Success) return (serverId, "unknown");
        var name = match.Groups["pid"].Success ? $"{match.Groups["machine"].Value}:{match.Groups["pid"].Value}" : match.Groups["machine"].Value;
        return (name, match.Groups["version"].Success ? match.Groups["version"].Value : "unknown");
    }

    [GeneratedRegex(@"^(?<machine>[^@:]+)(@(?<version>[^:]+))?(:(?<pid>\d+))?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.IgnoreCase)]
    private static partial Regex ServerIdPattern();
}
