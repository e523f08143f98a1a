using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Forge.Host.ApiKeys;
using Forge.Hosting.Identity;
using Forge.Hosting.Usage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

/// <summary>
/// A read request does no database write (ADR 22): the API key's last-used time and the usage
/// rows are written by the background usage writer, and still arrive within a few seconds. Every
/// INSERT/UPDATE/DELETE EF sends to this test's database is observed through EF's
/// DiagnosticListener and attributed to a request when it runs inside ASP.NET Core's request
/// activity.
/// </summary>
[Forge.TestKit.ProviderSensitive]
public sealed class ReadRequestWriteTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(["Fortune", "Notes"], new Dictionary<string, string?>
    {
        ["Forge:RateLimits:Platform:PermitLimit"] = "0",
        ["Forge:RateLimits:Fortune:PermitLimit"] = "0",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_burst_of_reads_writes_nothing_on_the_request_path_and_usage_and_last_used_still_arrive()
    {
        var tenant = await _host.CreateTenantAsync("reader");
        var client = _host.ClientWithKey(await _host.CreateKeyAsync(tenant, Products.Fortune));
        // First calls fill the caches; a cache miss is a read, but the burst below must not even do that to write.
        (await client.GetAsync("/api/platform/whoami")).EnsureSuccessStatusCode();

        using var writes = new WriteCommandCounter(_host.Database.ConnectionString);
        const int perRoute = 25;
        var calls = Enumerable.Range(0, perRoute).SelectMany(_ => new[] { client.GetAsync("/api/platform/whoami"), client.GetAsync("/v1/fortunes") });
        (await Task.WhenAll(calls)).ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);

        writes.OnRequestPath.ShouldBeEmpty();
        // The counter does attribute a request's own write to the request path.
        (await client.PostAsJsonAsync("/test/notes", new { text = "a write" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        writes.OnRequestPath.ShouldHaveSingleItem().ShouldContain("notes");

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var metered = await Eventually.GetAsync(
            async () => (await _host.InScopeAsync(sp => sp.GetRequiredService<IUsageQuery>().GetDailyAsync(tenant.Id, null, today, DateOnly.FromDateTime(DateTime.UtcNow)))).Sum(x => x.Calls),
            n => n >= 2 * perRoute + 2, TimeSpan.FromSeconds(10), "the burst metered");
        metered.ShouldBe(2 * perRoute + 2); // the warm-up, the burst and the write
        var keys = await Eventually.GetAsync(() => _host.InScopeAsync(sp => sp.GetRequiredService<ApiKeyManager>().ListAsync(tenant)),
            k => k.Single().LastUsedAt is not null, TimeSpan.FromSeconds(10), "the key's last-used time");
        keys.Single().LastUsedAt.ShouldNotBeNull();
        writes.InBackground.ShouldNotBeEmpty(); // the counter does see the writer's statements
    }

    /// <summary>INSERT/UPDATE/DELETE commands EF sends to one database, split by whether a request issued them.</summary>
    private sealed class WriteCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _connectionString;
        private readonly IDisposable _all;
        // ASP.NET Core starts its request activity only when someone listens (OpenTelemetry is not loaded without an
        // OTLP endpoint, ADR 46): this listener makes the activity that attributes a write to a request exist.
        private readonly ActivityListener _requests = new()
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
        };
        private readonly List<IDisposable> _subscriptions = [];
        public ConcurrentQueue<string> OnRequestPath { get; } = new();
        public ConcurrentQueue<string> InBackground { get; } = new();

        public WriteCommandCounter(string connectionString)
        {
            _connectionString = connectionString;
            ActivitySource.AddActivityListener(_requests);
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
                lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key != RelationalEventId.CommandExecuting.Name || e.Value is not CommandEventData data) return;
            // Other test classes run hosts in this process at the same time: only this host's database counts.
            if (!SameDatabase(data.Command.Connection?.ConnectionString)) return;
            var sql = data.Command.CommandText.TrimStart();
            if (!IsWrite(sql)) return;
            (InRequest() ? OnRequestPath : InBackground).Enqueue(sql);
        }

        private bool SameDatabase(string? connectionString) =>
            connectionString is not null && (connectionString == _connectionString
                || connectionString.Contains(_connectionString.Split("Database=").Last().Split(';')[0], StringComparison.Ordinal));

        private static bool IsWrite(string sql) =>
            sql.Contains("INSERT ", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("UPDATE ", StringComparison.OrdinalIgnoreCase)
            || sql.Contains("\nUPDATE ", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("DELETE ", StringComparison.OrdinalIgnoreCase);

        private static bool InRequest()
        {
            for (var activity = Activity.Current; activity is not null; activity = activity.Parent)
                if (activity.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn") return true;
            return false;
        }

        public void Dispose()
        {
            _all.Dispose();
            _requests.Dispose();
            lock (_subscriptions) _subscriptions.ForEach(s => s.Dispose());
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }
}
