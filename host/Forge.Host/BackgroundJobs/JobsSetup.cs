using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Data;
using Hangfire;
using Hangfire.PostgreSql;

namespace Forge.Host.BackgroundJobs;

/// <summary>Where Hangfire keeps its queue: <c>Forge:Jobs:Storage</c> = InMemory (default), PostgreSql or SqlServer.</summary>
public sealed record JobStorageOptions(string Kind)
{
    public bool IsInMemory => Kind.Equals("InMemory", StringComparison.OrdinalIgnoreCase);
}

public static class JobsSetup
{
    public static IServiceCollection AddForgeJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = new JobStorageOptions(configuration["Forge:Jobs:Storage"] ?? "InMemory");
        services.AddSingleton(storage);
        services.AddHangfire(c =>
        {
            c.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            switch (storage.Kind.ToLowerInvariant())
            {
                case "inmemory":
                    c.UseInMemoryStorage();
                    break;
                case "postgresql":
                    c.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(DatabaseOptions.ConnectionString(configuration, "Jobs")));
                    break;
                case "sqlserver":
                    c.UseSqlServerStorage(DatabaseOptions.ConnectionString(configuration, "Jobs"));
                    break;
                default:
                    throw new InvalidOperationException($"Forge:Jobs:Storage '{storage.Kind}' is not supported. Use InMemory, PostgreSql or SqlServer.");
            }
        });
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = configuration.GetValue("Forge:Jobs:WorkerCount", Math.Max(2, Environment.ProcessorCount * 2));
            o.SchedulePollingInterval = TimeSpan.FromSeconds(configuration.GetValue("Forge:Jobs:PollingSeconds", 1.0));
        });
        services.AddSingleton<BackgroundJobTypes>();
        services.AddTransient<BackgroundJobDispatcher>();
        services.AddScoped<IBackgroundJobManager, BackgroundJobManager>();
        services.AddHostedService<BackgroundJobRecovery>();
        return services;
    }
}
