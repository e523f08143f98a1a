namespace Forge.Hosting.Diagnostics;

/// <summary>Connection-pool figures of the process's database pools (today: Npgsql's; other providers publish none).</summary>
public interface IConnectionPoolMetrics
{
    /// <summary>The current figures of the pool serving <paramref name="connectionString"/>, or null when none are published.</summary>
    PoolCounts? ForConnectionString(string connectionString);
}
