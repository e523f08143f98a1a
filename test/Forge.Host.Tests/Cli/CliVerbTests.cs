using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Forge.Host.Tests.Cli;

/// <summary>
/// Every verb's happy path, in text and with --json, against one database with the Notes test
/// module loaded (so there are features to set); and rejections that need prior state to show
/// that nothing changed. Tests share tenant acme but not the rows they assert on.
/// </summary>
[ProviderSensitive]
public sealed partial class CliVerbTests(CliVerbTests.Fixture cli) : IClassFixture<CliVerbTests.Fixture>
{
    public sealed class Fixture : CliDatabase
    {
        public CliResult Migrated { get; private set; } = null!;
        public CliResult AcmeCreated { get; private set; } = null!;

        protected override void Configure(Dictionary<string, string?> environment)
        {
            environment["Forge__PlugIns"] = TestHost.TestModulesAssembly;
            environment["Forge__Modules"] = "Notes";
        }

        protected override async Task SeedAsync()
        {
            Migrated = await RunAsync("migrate");
            AcmeCreated = await RunAsync("tenant", "create", "acme", "--edition", "enterprise");
        }
    }

    private TestDatabase Database => cli.Database;

    [Fact]
    public void Migrate_in_text_lists_the_platform_and_module_migrations()
    {
        var result = cli.Migrated.ShouldSucceed();
        result.Lines[0].ShouldBe("Applied:");
        result.Lines.ShouldContain(l => l.StartsWith("  PlatformDbContext: ", StringComparison.Ordinal));
        result.Lines.ShouldContain(l => l.StartsWith("  NotesDbContext: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tenant_create_list_suspend_and_resume_in_text_and_json()
    {
        var acme = TenantCreated().Match(cli.AcmeCreated.ShouldSucceed().StdOut);
        acme.Success.ShouldBeTrue(cli.AcmeCreated.ToString());
        var acmeId = Guid.Parse(acme.Groups["id"].Value);

        var initech = (await cli.RunAsync("tenant", "create", "initech", "--edition", "free", "--json")).ShouldSucceed().Json();
        var initechId = initech.GetProperty("id").GetGuid();
        initech.GetProperty("name").GetString().ShouldBe("initech");
        initech.GetProperty("edition").GetString().ShouldBe("free");
        initech.GetProperty("state").GetString().ShouldBe("active");
        ShouldBeUtc(initech.GetProperty("created_at"));

        (await cli.RunAsync("tenant", "suspend", "initech")).ShouldSucceed().Lines.ShouldBe(["Tenant 'initech' is suspended."]);

        var lines = (await cli.RunAsync("tenant", "list")).ShouldSucceed().Lines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        lines.ShouldContain(l => l.SequenceEqual(new[] { "acme", "enterprise", "active", acmeId.ToString() }));
        lines.ShouldContain(l => l.SequenceEqual(new[] { "initech", "free", "suspended", initechId.ToString() }));

        var resumed = (await cli.RunAsync("tenant", "resume", "initech", "--json")).ShouldSucceed().Json();
        resumed.GetProperty("name").GetString().ShouldBe("initech");
        resumed.GetProperty("state").GetString().ShouldBe("active");

        // --json before the verb works too.
        var list = (await cli.RunAsync("--json", "tenant", "list")).ShouldSucceed().Json().EnumerateArray().ToList();
        var listedAcme = list.Single(t => t.GetProperty("name").GetString() == "acme");
        listedAcme.GetProperty("id").GetGuid().ShouldBe(acmeId);
        listedAcme.GetProperty("edition").GetString().ShouldBe("enterprise");
        ShouldBeUtc(listedAcme.GetProperty("created_at"));
        var listedInitech = list.Single(t => t.GetProperty("name").GetString() == "initech");
        listedInitech.GetProperty("id").GetGuid().ShouldBe(initechId);
        listedInitech.GetProperty("state").GetString().ShouldBe("active");
    }

    [Fact]
    public async Task In_text_mode_each_secret_is_the_last_line_and_it_works()
    {
        var key = (await cli.RunAsync("key", "create", "--tenant", "acme", "--product", "fortune")).ShouldSucceed();
        key.Lines.Count.ShouldBe(2, key.ToString());
        var keyId = Regex.Match(key.Lines[0], "^Created fortune key (?<id>\\S+) for 'acme'\\.").Groups["id"].Value;
        keyId.ShouldNotBeEmpty(key.ToString());
        key.LastLine.ShouldStartWith($"bs_live_{keyId}_", Case.Sensitive);

        var client = (await cli.RunAsync("client", "create", "--tenant", "acme", "--scopes", "fortune, analysis")).ShouldSucceed();
        client.Lines.Count.ShouldBe(2, client.ToString());
        var clientId = Regex.Match(client.Lines[0], "^Created client (?<id>cli_\\S+) for 'acme' with scopes fortune analysis\\.").Groups["id"].Value;
        clientId.ShouldNotBeEmpty(client.ToString());

        var admin = (await cli.RunAsync("admin", "create", "--email", "root@forge.test")).ShouldSucceed();
        admin.Lines.Count.ShouldBe(2, admin.ToString());
        admin.Lines[0].ShouldBe("Created host admin root@forge.test. The password is shown once:");

        // The database holds the key's hash, never the key.
        (await ScalarLongAsync("SELECT COUNT(*) FROM platform_api_keys WHERE \"KeyId\" = @id AND \"SecretHash\" = @hash",
            ("@id", keyId), ("@hash", SHA256.HashData(Encoding.UTF8.GetBytes(key.LastLine))))).ShouldBe(1);

        // The printed secrets work against the real host on the same database.
        await using var host = await TestHost.StartAsync(["Notes"], database: Database);
        var byKey = await host.ClientWithKey(key.LastLine).GetFromJsonAsync<JsonElement>("/api/platform/whoami");
        byKey.GetProperty("tenant_name").GetString().ShouldBe("acme");
        byKey.GetProperty("credential").GetProperty("key_id").GetString().ShouldBe(keyId);

        var token = await host.GetTokenAsync(clientId, client.LastLine, "fortune");
        var byToken = await host.ClientWithToken(token).GetFromJsonAsync<JsonElement>("/api/platform/whoami");
        byToken.GetProperty("tenant_name").GetString().ShouldBe("acme");
        byToken.GetProperty("credential").GetProperty("client_id").GetString().ShouldBe(clientId);

        var login = await host.Client.PostAsJsonAsync("/api/account/login", new { email = "root@forge.test", password = admin.LastLine });
        login.StatusCode.ShouldBe(HttpStatusCode.OK, await login.Content.ReadAsStringAsync());
        (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["host-admin"]);
    }

    [Fact]
    public async Task Key_create_in_json_then_list_and_revoke_in_text_and_json()
    {
        var expires = DateTimeOffset.UtcNow.AddDays(30);
        var created = (await cli.RunAsync("key", "create", "--tenant", "acme", "--product", "analysis", "--expires", expires.ToString("O"), "--json")).ShouldSucceed().Json();
        var keyId = created.GetProperty("key_id").GetString()!;
        var key = created.GetProperty("key").GetString()!;
        key.ShouldStartWith($"miri_live_sk_{keyId}.", Case.Sensitive);
        created.GetProperty("tenant").GetString().ShouldBe("acme");
        created.GetProperty("product").GetString().ShouldBe("analysis");
        created.GetProperty("expires_at").GetDateTimeOffset().ShouldBe(expires, TimeSpan.FromMilliseconds(1));
        (await ScalarLongAsync("SELECT COUNT(*) FROM platform_api_keys WHERE \"KeyId\" = @id AND \"SecretHash\" = @hash",
            ("@id", keyId), ("@hash", SHA256.HashData(Encoding.UTF8.GetBytes(key))))).ShouldBe(1);

        var listed = (await cli.RunAsync("key", "list", "--tenant", "acme")).ShouldSucceed();
        listed.StdOut.ShouldNotContain(key[^48..]);
        var line = listed.Lines.Single(l => l.StartsWith(keyId, StringComparison.Ordinal));
        line.ShouldContain(" analysis ");
        line.ShouldContain(" active ");
        line.ShouldContain($"expires {expires.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z");

        (await cli.RunAsync("key", "revoke", keyId)).ShouldSucceed().Lines.ShouldBe([$"Revoked key {keyId}."]);
        // Revoking again is harmless.
        var revoked = (await cli.RunAsync("key", "revoke", keyId, "--json")).ShouldSucceed().Json();
        revoked.GetProperty("key_id").GetString().ShouldBe(keyId);
        revoked.GetProperty("state").GetString().ShouldBe("revoked");

        var after = (await cli.RunAsync("key", "list", "--tenant", "acme", "--json")).ShouldSucceed();
        after.StdOut.ShouldNotContain(key[^48..]);
        var entry = after.Json().EnumerateArray().Single(k => k.GetProperty("key_id").GetString() == keyId);
        entry.GetProperty("state").GetString().ShouldBe("revoked");
        entry.GetProperty("product").GetString().ShouldBe("analysis");
        entry.GetProperty("expires_at").GetDateTimeOffset().ShouldBe(expires, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Client_create_in_json()
    {
        var json = (await cli.RunAsync("client", "create", "--tenant", "acme", "--scopes", "notionforge,fortune", "--json")).ShouldSucceed().Json();
        var clientId = json.GetProperty("client_id").GetString()!;
        clientId.ShouldStartWith("cli_", Case.Sensitive);
        json.GetProperty("tenant").GetString().ShouldBe("acme");
        json.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ShouldBe(["notionforge", "fortune"]);
        json.GetProperty("client_secret").GetString()!.Length.ShouldBe(40);

        (await ScalarLongAsync("SELECT COUNT(*) FROM platform_oauth_clients WHERE \"ClientId\" = @id AND \"Scopes\" = 'notionforge fortune'", ("@id", clientId))).ShouldBe(1);
        (await ScalarLongAsync("SELECT COUNT(*) FROM \"OpenIddictApplications\" WHERE \"ClientId\" = @id", ("@id", clientId))).ShouldBe(1);
    }

    [Fact]
    public async Task Credits_grant_and_balance_in_text_and_json_and_non_positive_grants_change_nothing()
    {
        (await cli.RunAsync("credits", "grant", "--tenant", "acme", "--amount", "100", "--reason", "welcome")).ShouldSucceed()
            .Lines.ShouldBe(["Granted. 'acme' balance: 100."]);
        (await cli.RunAsync("credits", "grant", "--tenant", "acme", "--amount", "0", "--reason", "nothing")).ShouldBeRejected("positive whole number");
        (await cli.RunAsync("credits", "grant", "--tenant", "acme", "--amount", "-5", "--reason", "take", "--json")).ShouldBeRejected("positive whole number");
        (await ScalarLongAsync("SELECT COUNT(*) FROM platform_credit_entries")).ShouldBe(1);

        var granted = (await cli.RunAsync("credits", "grant", "--tenant", "acme", "--amount", "50", "--reason", "top-up", "--json")).ShouldSucceed().Json();
        granted.GetProperty("tenant").GetString().ShouldBe("acme");
        granted.GetProperty("balance").GetInt64().ShouldBe(150);

        (await cli.RunAsync("credits", "balance", "--tenant", "acme")).ShouldSucceed().Lines.ShouldBe(["'acme' balance: 150."]);
        (await cli.RunAsync("credits", "balance", "--tenant", "acme", "--json")).ShouldSucceed().Json().GetProperty("balance").GetInt64().ShouldBe(150);
    }

    [Fact]
    public async Task Feature_set_and_list_in_text_and_json()
    {
        var before = (await cli.RunAsync("feature", "list", "--tenant", "acme")).ShouldSucceed().Lines
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        before.ShouldContain(l => l.SequenceEqual(new[] { "Notes.MaxLength", "200", "(default)" }));
        before.ShouldContain(l => l.SequenceEqual(new[] { "Notes.Premium", "true", "(edition)" }));

        (await cli.RunAsync("feature", "set", "--tenant", "acme", "Notes.Premium", "false")).ShouldSucceed()
            .Lines.ShouldBe(["Set Notes.Premium = false for 'acme'."]);
        var set = (await cli.RunAsync("feature", "set", "--tenant", "acme", "Notes.MaxLength", "50", "--json")).ShouldSucceed().Json();
        set.GetProperty("feature").GetString().ShouldBe("Notes.MaxLength");
        set.GetProperty("value").GetString().ShouldBe("50");

        var after = (await cli.RunAsync("feature", "list", "--tenant", "acme", "--json")).ShouldSucceed().Json().EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => (f.GetProperty("value").GetString(), f.GetProperty("source").GetString()));
        after["Notes.Premium"].ShouldBe(("false", "tenant"));
        after["Notes.MaxLength"].ShouldBe(("50", "tenant"));
    }

    [Fact]
    public async Task Admin_create_for_a_tenant_in_json()
    {
        var json = (await cli.RunAsync("admin", "create", "--email", "ops@acme.test", "--tenant", "acme", "--json")).ShouldSucceed().Json();
        json.GetProperty("email").GetString().ShouldBe("ops@acme.test");
        json.GetProperty("tenant").GetString().ShouldBe("acme");
        json.GetProperty("role").GetString().ShouldBe("tenant-admin");
        json.GetProperty("password").GetString()!.Length.ShouldBeGreaterThanOrEqualTo(12);

        (await ScalarLongAsync("SELECT COUNT(*) FROM platform_users u JOIN platform_tenants t ON t.\"Id\" = u.\"TenantId\" WHERE u.\"Email\" = 'ops@acme.test' AND t.\"Name\" = 'acme'"))
            .ShouldBe(1);
    }

    private async Task<long> ScalarLongAsync(string sql, params (string, object)[] parameters) => Convert.ToInt64(await Database.ScalarAsync(sql, parameters));

    private static void ShouldBeUtc(JsonElement timestamp)
    {
        timestamp.GetString()!.ShouldEndWith("Z", Case.Sensitive);
        timestamp.GetDateTimeOffset().ShouldBe(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
    }

    [GeneratedRegex("^Created tenant 'acme' \\(enterprise\\), id (?<id>[0-9a-f-]{36})\\.$", RegexOptions.Multiline)]
    private static partial Regex TenantCreated();
}
