using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Forge.Host.Tests;

/// <summary>The embedded default's first start: demo credentials printed once, and they work.</summary>
[ProviderSensitive]
public sealed class FirstStartTests
{
    [Fact]
    public async Task The_first_start_prints_working_demo_credentials_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>(database.Settings()) { ["Forge:SeedDemo"] = "true" };

        string output;
        await using (var first = await HostProcess.StartAsync(settings))
        {
            output = first.Output;
            var key = Regex.Match(output, @"bs_live_\S+").Value;
            key.ShouldNotBeEmpty(output);
            Regex.IsMatch(output, @"miri_live_sk_\S+").ShouldBeTrue();
            Regex.IsMatch(output, @"nf_live_\S+").ShouldBeTrue();
            // The "Try it" line uses the first product's key (whichever module's product is listed first) and works as printed.
            var curl = Regex.Match(output, "curl -H \"([^:\"]+): (\\S+)\" \\S+/api/platform/whoami");
            curl.Success.ShouldBeTrue(output);
            using (var tryIt = new HttpClient { BaseAddress = first.BaseAddress })
            {
                tryIt.DefaultRequestHeaders.Add(curl.Groups[1].Value, curl.Groups[2].Value);
                (await tryIt.GetFromJsonAsync<JsonElement>("/api/platform/whoami")).GetProperty("tenant_name").GetString().ShouldBe("demo");
            }

            using var client = new HttpClient { BaseAddress = first.BaseAddress };
            client.DefaultRequestHeaders.Add("X-API-Key", key);
            var whoami = await client.GetFromJsonAsync<JsonElement>("/api/platform/whoami");
            whoami.GetProperty("tenant_name").GetString().ShouldBe("demo");
            whoami.GetProperty("edition").GetString().ShouldBe("enterprise");

            var clientId = Regex.Match(output, @"OAuth client\s+(\S+)").Groups[1].Value;
            var secret = Regex.Match(output, @"OAuth secret\s+(\S+)").Groups[1].Value;
            var token = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
            }));
            token.IsSuccessStatusCode.ShouldBeTrue(await token.Content.ReadAsStringAsync());

            var admin = Regex.Match(output, @"Host admin\s+(\S+) / (\S+)");
            var login = await client.PostAsJsonAsync("/api/account/login", new { email = admin.Groups[1].Value, password = admin.Groups[2].Value });
            login.IsSuccessStatusCode.ShouldBeTrue();
        }

        await using var second = await HostProcess.StartAsync(settings);
        second.Output.ShouldNotContain("first start");
        second.Output.ShouldNotContain("bs_live_");
    }
}
