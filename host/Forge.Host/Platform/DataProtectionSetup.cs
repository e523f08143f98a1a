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

    /// <summary>
    /// ASP.NET Core reads the key ring when the host starts (an internal hosted service that only warms it). An idle
    /// API host protects nothing — API keys and OAuth tokens do not use it — so the ring, and the XML stack that parses
    /// it (≈ 4 MB of an idle host, ADR 78), is read by the first cursor, cookie or antiforgery token instead. A key
    /// missing on a fresh data directory is created then, as it was at start before. Call it after every
    /// registration: antiforgery, Identity and others call <c>AddDataProtection</c> again, which adds it back.
    /// </summary>
    public static void KeyRingOnFirstUse(IServiceCollection services)
    {
        var warmUp = services.SingleOrDefault(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService");
        if (warmUp is not null) services.Remove(warmUp);
    }
}
