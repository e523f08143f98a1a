using System.Runtime.CompilerServices;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;

namespace Forge.Host.BackgroundJobs;

/// <summary>
/// Hangfire's shared storages, one method each, so the JIT loads Hangfire.PostgreSql or Hangfire.SqlServer (and
/// what they pull in) only for the storage configured; a host on the in-memory default loads neither (ADR 46).
/// </summary>
internal static class SharedJobStorage
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void UsePostgreSql(IGlobalConfiguration configuration, string connectionString, TimeSpan polling) =>
        configuration.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString),
            new PostgreSqlStorageOptions { QueuePollInterval = polling });

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void UseSqlServer(IGlobalConfiguration configuration, string connectionString, TimeSpan polling) =>
        configuration.UseSqlServerStorage(connectionString, new SqlServerStorageOptions { QueuePollInterval = polling });
}
