using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.Startup;

/// <summary>
/// A started host has not read or created its data-protection key ring (ADR 78): an idle API host protects nothing,
/// so the ring — and the XML stack that reads it — waits for the first cursor, cookie or antiforgery token.
/// </summary>
public sealed class KeyRingOnFirstUseTests
{
    [Fact]
    public async Task A_fresh_host_creates_its_first_key_on_first_use_not_at_start()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("forge-keyring-").FullName;
        var keys = Path.Combine(dataDirectory, "keys", "data-protection");
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Forge:DataProtection:Store"] = "File",
            ["Forge:DataDirectory"] = dataDirectory,
        });

        KeyFiles(keys).ShouldBeEmpty("the host started without reading or creating a key");

        var protector = host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("first-use");
        protector.Unprotect(protector.Protect("cursor")).ShouldBe("cursor");
        KeyFiles(keys).Length.ShouldBe(1);
    }

    private static string[] KeyFiles(string directory) =>
        Directory.Exists(directory) ? Directory.GetFiles(directory, "key-*.xml") : [];
}
