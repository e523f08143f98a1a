namespace Forge.Host.Platform;

/// <summary>
/// What the console's System status page shows (<see cref="SystemStatusReader"/>). Carries no secret:
/// no API key, no connection string, no password in a URL.
/// </summary>
public sealed record SystemStatus(
    string HostVersion,
    DateTime StartedAt,
    TimeSpan Uptime,
    IReadOnlyList<ModuleStatus> Modules,
    string DatabaseProvider,
    JobServerStatus Jobs,
    IReadOnlyList<AiProviderStatus> AiProviders,
    IReadOnlyList<AiModelStatus> AiModels,
    RedisStatus Redis);

/// <param name="Name">As in <c>Forge:Modules</c>, e.g. <c>Fortune</c>.</param>
/// <param name="Version">The module assembly's informational version.</param>
/// <param name="Assembly">The module assembly's simple name.</param>
public sealed record ModuleStatus(string Name, string Version, string Assembly);

/// <param name="Storage">Hangfire storage: <c>InMemory</c>, <c>PostgreSql</c> or <c>SqlServer</c>.</param>
/// <param name="Running">At least one job server heartbeat within the last minute (as the <c>jobs</c> health check).</param>
/// <param name="Servers">Servers with a recent heartbeat (several hosts on shared storage each count).</param>
/// <param name="Workers">Their workers together.</param>
/// <param name="WaitingForFirstJob">In-memory storage, and this host has created no job yet: its server starts with the first (ADR 82).</param>
public sealed record JobServerStatus(string Storage, bool Running, int Servers, int Workers, bool WaitingForFirstJob);

/// <param name="Configured">It has an API key (the key itself is never shown).</param>
/// <param name="Endpoint">The configured base URL without user info or query, or null for the provider's production endpoint.</param>
public sealed record AiProviderStatus(string Provider, bool Configured, string? Endpoint);

public sealed record AiModelStatus(string Alias, string Provider, string Model, bool Configured);

/// <param name="Configured"><c>ConnectionStrings:Redis</c> is set (rate-limit counters are shared through it).</param>
/// <param name="Connected">The connection is up now; null when Redis is not configured.</param>
public sealed record RedisStatus(bool Configured, bool? Connected);
