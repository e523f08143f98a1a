using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Data;
using Forge.Hosting.Modularity;
using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Forge.Host.BackgroundJobs;

/// <summary>Where Hangfire keeps its queue: <c>Forge:Jobs:Storage</c> = InMemory (default), PostgreSql or SqlServer.</summary>
public sealed record JobStorageOptions(string Kind)
{
    public bool IsInMemory => Kind.Equals("InMemory", StringComparison.OrdinalIgnoreCase);
}

public static class JobsSetup
{
    public const string DashboardPath = "/jobs";

    /// <summary>Hangfire's dashboard, for host admins, mapped on its first request (<see cref="Platform.EndpointsOnFirstRequest"/>, ADR 78).</summary>
    public static void MapDashboard(IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions { Authorization = [], AppPath = "/" })
            .RequireAuthorization(Authentication.Policies.HostAdmin);

    public static IServiceCollection AddForgeJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddForgeOptions<JobsOptions>(JobsOptions.Section)
            .Validate(o => o.HeartbeatSeconds * 2 <= o.LeaseSeconds, "Forge:Jobs:HeartbeatSeconds must be at most half of LeaseSeconds, so one missed beat does not lose the lease.");
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<JobsOptions>>().Value);
        // Hangfire's storage is chosen while services are registered, before options can be resolved.
        var jobs = configuration.ReadForgeOptions<JobsOptions>(JobsOptions.Section);
        var storage = new JobStorageOptions(jobs.Storage);
        services.AddSingleton(storage);
        var polling = TimeSpan.FromSeconds(jobs.PollingSeconds);
        // Hangfire's global filters and this host's own: with in-memory storage the server starts with the first job (ADR 82).
        services.AddSingleton<IJobFilterProvider>(sp => new JobServer.Filters(sp));
        services.AddHangfire(c =>
        {
            c.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            switch (storage.Kind.ToLowerInvariant())
            {
                case "inmemory":
                    c.UseInMemoryStorage();
                    break;
                case "postgresql":
                    SharedJobStorage.UsePostgreSql(c, DatabaseOptions.ConnectionString(configuration, "Jobs"), polling);
                    break;
                case "sqlserver":
                    SharedJobStorage.UseSqlServer(c, DatabaseOptions.ConnectionString(configuration, "Jobs"), polling);
                    break;
                default:
                    throw new InvalidOperationException($"Forge:Jobs:Storage '{storage.Kind}' is not supported. Use InMemory, PostgreSql or SqlServer.");
            }
        });
        JobServer.Wrap(services, () => services.AddHangfireServer((sp, o) =>
        {
            o.ServerName = Platform.LiveHosts.ServerName; // the console's host list shows each host's version (ADR 49)
            o.WorkerCount = jobs.WorkerCount;
            o.SchedulePollingInterval = polling;
            // Within the host's budget, so a stop waiting on a long job ends before the host's stop token fires.
            o.ShutdownTimeout = JobServer.ShutdownTimeout(sp.GetRequiredService<IOptions<HostOptions>>().Value);
        }));
        services.AddSingleton<BackgroundJobTypes>();
        services.AddSingleton<RunningJobs>();
        services.AddTransient<BackgroundJobDispatcher>();
        services.AddTransient<RecurringJobRunner>();
        services.AddScoped<RecurringJobRun>();
        services.AddScoped<IBackgroundJobManager, BackgroundJobManager>();
        services.AddHostedService<BackgroundJobRecovery>();
        services.AddHostedService<RecurringJobScheduler>();
        services.AddHostedService<JobOutboxDispatcher>();
        services.AddHostedService<JobLeaseSweeper>();
        services.TryAddSingleton<JobOutboxSignal>();
        return services;
    }
}
