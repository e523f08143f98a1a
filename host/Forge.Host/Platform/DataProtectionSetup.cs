using Forge.Host.BackgroundJobs;
using Forge.Host.Data;
using Forge.Hosting.Data;
using Forge.Hosting.Modularity;
using Microsoft.AspNetCore.DataProtection;

namespace Forge.Host.Platform;

/// <summary>Registers data protection with its key ring in the store <see cref="DataProtectionOptions"/> picks (ADR 49).</summary>
public static class DataProtectionSetup
{
    public static IServiceCollection AddForgeDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddForgeOptions<DataProtectionOptions>(DataProtectionOptions.Section);
        var options = configuration.ReadForgeOptions<DataProtectionOptions>(DataProtectionOptions.Section);
        var jobs = configuration.ReadForgeOptions<JobsOptions>(JobsOptions.Section);
        var builder = services.AddDataProtection().SetApplicationName("forge");
        if (options.InDatabase(sharedJobStorage: !jobs.IsInMemory))
            builder.PersistKeysToDbContext<PlatformDbContext>();
        else
            builder.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DatabaseOptions.DataDirectory(configuration), "keys", "data-protection")));
        return services;
    }
}
