using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.Cluster;

/// <summary>
/// Hosts behind one load balancer read one data-protection key ring (ADR 49): a keyset cursor, console cookie or
/// antiforgery token protected on one host is accepted by the next. Each host here has its own data directory,
/// as on separate machines; only the database is shared.
/// </summary>
[ProviderSensitive]
public sealed class ClusterDataProtectionTests
{
    private const string Purpose = "cluster-test";

    [Fact]
    public async Task Hosts_with_the_database_store_unprotect_what_another_host_protected()
    {
        await using var a = await TestHost.StartAsync(settings: Store("Database", NewDirectory()));
        await using var b = await TestHost.StartAsync(settings: Store("Database", NewDirectory()), database: a.Database);

        var token = Protector(a).Protect("cursor-from-a");

        Protector(b).Unprotect(token).ShouldBe("cursor-from-a");
        (await a.Database.CountAsync("platform_data_protection_keys")).ShouldBeGreaterThanOrEqualTo(1); // the ring is in the database
    }

    [Fact]
    public async Task Hosts_with_file_stores_in_separate_directories_do_not_and_that_is_why_the_database_store_exists()
    {
        await using var a = await TestHost.StartAsync(settings: Store("File", NewDirectory()));
        await using var b = await TestHost.StartAsync(settings: Store("File", NewDirectory()), database: a.Database);

        var token = Protector(a).Protect("cursor-from-a");

        Should.Throw<System.Security.Cryptography.CryptographicException>(() => Protector(b).Unprotect(token));
    }

    [Fact]
    public void Auto_means_the_database_exactly_when_job_storage_is_shared()
    {
        var auto = new Forge.Host.Platform.DataProtectionOptions();
        auto.InDatabase(sharedJobStorage: true).ShouldBeTrue();
        auto.InDatabase(sharedJobStorage: false).ShouldBeFalse(); // one host on SQLite keeps its key files
        new Forge.Host.Platform.DataProtectionOptions { Store = "File" }.InDatabase(sharedJobStorage: true).ShouldBeFalse();
    }

    private static IDataProtector Protector(TestHost host) =>
        host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    private static Dictionary<string, string?> Store(string store, string dataDirectory) => new()
    {
        ["Forge:DataProtection:Store"] = store,
        ["Forge:DataDirectory"] = dataDirectory,
    };

    private static string NewDirectory() => Directory.CreateTempSubdirectory("forge-dp-").FullName;
}
