using System.Net;
using System.Net.Http.Json;
using Forge.Host.Accounts;
using Forge.Host.Platform;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.Cluster;

/// <summary>
/// The console's System page lists the live hosts — version, last heartbeat, workers, jobs running — from the job
/// servers registered in the shared job storage, and <c>/jobs/servers</c> shows the same servers (ADR 49).
/// </summary>
[ProviderSensitive]
public sealed class ClusterLiveHostsTests
{
    [Fact]
    public async Task Hosts_sharing_job_storage_list_each_other_with_version_and_running_jobs()
    {
        // Hangfire's shared storage is PostgreSQL here; on SQLite a single host lists itself (the embedded default).
        var shared = TestDatabase.IsPostgreSql;
        var settings = new Dictionary<string, string?> { ["Forge:Jobs:Storage"] = shared ? "PostgreSql" : "InMemory" };
        await using var a = await TestHost.StartAsync(["Notes"], settings);
        await using var b = shared ? await TestHost.StartAsync(["Notes"], settings, a.Database) : null;
        var expected = shared ? 2 : 1;
        var hosts = a.Services.GetRequiredService<LiveHosts>();

        if (!shared)
        {
            // In-memory storage: the server starts with the first job (ADR 82); until then the host lists itself.
            var waiting = hosts.Read().ShouldHaveSingleItem();
            waiting.Name.ShouldBe(Environment.MachineName.ToLowerInvariant() + ":" + Environment.ProcessId);
            waiting.Version.ShouldBe(LiveHosts.HostVersion.ToLowerInvariant());
            (waiting.Alive, waiting.LastHeartbeat, waiting.Workers, waiting.JobsRunning).ShouldBe((true, null, 0, 0));
        }
        else
        {
            ListedServers(await ReadLiveAsync(), expected).ShouldAllBe(h => h.JobsRunning == 0);
        }

        // A job held open by its gate counts on the host running it, whichever that is.
        var tenant = await a.CreateTenantAsync("live-hosts");
        var client = a.ClientWithKey(await a.CreateKeyAsync(tenant, Products.Fortune));
        var gate = Path.Combine(Path.GetTempPath(), $"forge-gate-{Guid.NewGuid():N}");
        (await client.PostAsJsonAsync("/test/notes/gated-jobs", new { key = $"live-{Guid.NewGuid():N}", gateFile = gate })).EnsureSuccessStatusCode();
        await Eventually.GetAsync(() => Task.FromResult(hosts.Read()), h => h.Sum(x => x.JobsRunning) == 1, TimeSpan.FromSeconds(30), "one running job");
        await File.WriteAllTextAsync(gate, "go");
        await Eventually.GetAsync(() => Task.FromResult(hosts.Read()), h => h.Sum(x => x.JobsRunning) == 0, TimeSpan.FromSeconds(30), "the job finished");
        var listed = ListedServers(await ReadLiveAsync(), expected);

        // The page an operator sees, and Hangfire's own server list, name every host.
        var (_, password) = await a.InScopeAsync(sp => sp.GetRequiredService<AdminUserManager>().CreateAsync("hosts@forge.test", null));
        using var console = await SignInAsync(a, "hosts@forge.test", password);
        var page = await console.GetStringAsync("/console/system");
        var servers = await console.GetStringAsync("/jobs/servers");
        foreach (var host in listed)
        {
            page.ShouldContain(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(host.ServerId));
            servers.ShouldContain(WebUtility.HtmlEncode(host.ServerId)); // Hangfire's encoder leaves "+" as it is
        }
        page.ShouldContain(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(LiveHosts.HostVersion.ToLowerInvariant()));

        Task<IReadOnlyList<LiveHost>> ReadLiveAsync() => Eventually.GetAsync(() => Task.FromResult(hosts.Read()),
            h => h.Count(x => x.Alive && x.Workers > 0) == expected, TimeSpan.FromSeconds(30), $"{expected} live host(s)");
    }

    /// <summary>Job servers as Hangfire registered them: one per host, each with this build's version and workers.</summary>
    private static IReadOnlyList<LiveHost> ListedServers(IReadOnlyList<LiveHost> listed, int expected)
    {
        listed.Select(h => h.ServerId).Distinct().Count().ShouldBe(expected);
        listed.ShouldAllBe(h => h.Version == LiveHosts.HostVersion.ToLowerInvariant() && h.Workers > 0);
        listed.ShouldAllBe(h => h.Name.StartsWith(Environment.MachineName.ToLowerInvariant() + ":" + Environment.ProcessId));
        return listed;
    }

    [Theory]
    [InlineData("web-1@1.2.3+abc:4321:0f8fad5b-d9cb-469f-a165-70867728950e", "web-1:4321", "1.2.3+abc")]
    [InlineData("web-1:4321:0f8fad5b-d9cb-469f-a165-70867728950e", "web-1:4321", "unknown")] // a host from before ADR 49
    [InlineData("something-else", "something-else", "unknown")]
    public void A_server_id_gives_the_host_name_and_version(string serverId, string name, string version) =>
        LiveHosts.Parse(serverId).ShouldBe((name, version));

    /// <summary>The session cookie is Secure; .NET's cookie container never sends it over plain HTTP, so it is forwarded by hand.</summary>
    private static async Task<HttpClient> SignInAsync(TestHost host, string email, string password)
    {
        var login = await host.Client.PostAsJsonAsync("/api/account/login", new { email, password });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("forge.auth=", StringComparison.Ordinal)).Split(';')[0];
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
