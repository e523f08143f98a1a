using Microsoft.EntityFrameworkCore;

namespace Forge.Hosting.Diagnostics;

/// <summary>
/// A real round trip to a module's database (<c>SELECT 1</c>, timed) for status pages and checks, plus the
/// connection pool's figures where the provider publishes them (PostgreSQL). Never throws for an unreachable database.
/// </summary>
public interface IDatabaseProbe<TContext> where TContext : DbContext
{
    Task<DatabaseProbeResult> PingAsync(TimeSpan timeout, CancellationToken ct);
}

/// <param name="Provider"><c>sqlite</c>, <c>postgresql</c> or <c>sqlserver</c>.</param>
/// <param name="LatencyMs">The round trip's time, when reachable (opening the connection is not counted).</param>
/// <param name="Pool">The pool of this connection string, when the provider publishes pool figures.</param>
/// <param name="Error">Why the database is unreachable, without server details.</param>
public sealed record DatabaseProbeResult(string Provider, bool Reachable, double? LatencyMs, PoolCounts? Pool, string? Error);

/// <summary>Physical connections of one pool: in use, idle, and the pool's maximum.</summary>
public sealed record PoolCounts(long Used, long Idle, long Max);
