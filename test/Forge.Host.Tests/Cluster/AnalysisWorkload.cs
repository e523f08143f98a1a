using Forge.Hosting.Webhooks;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Forge.Host.Tests.Cluster;

/// <summary>
/// Analysis: submits with a webhook (1 credit reserved each). Every accepted analysis must end COMPLETED once with one
/// delivery; afterwards no reservation is still held and the tenant's ledger entries sum to its balance. A submit in
/// flight on the killed host may have reserved without saving its analysis: the hosts' orphan sweep releases that hold
/// after <see cref="OrphanGrace"/> (ADR 43 addendum), and the end check waits for it.
/// </summary>
public sealed class AnalysisWorkload : IClusterWorkload
{
    private const string HookPath = "/analyses";
    private const long Credits = 100_000;
    private readonly ConcurrentDictionary<string, byte> _accepted = new();
    private string _key = "";
    private Guid _tenant;

    /// <summary>Short, so the kill's orphan is released before the check; far above a submit's reserve → save, even at load 77.</summary>
    private static readonly TimeSpan OrphanGrace = TimeSpan.FromSeconds(15);

    public string Name => "analysis";

    public IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Forge:Analysis:CreditOrphanGrace"] = OrphanGrace.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
    };

    public async Task SetUpAsync(ClusterSetup setup)
    {
        var tenant = setup.Tenant("analysis");
        _tenant = await setup.CreateTenantAsync(tenant);
        _key = await setup.CreateKeyAsync(tenant, "analysis");
        await setup.RunAsync("credits", "grant", "--tenant", tenant, "--amount", Credits.ToString(System.Globalization.CultureInfo.InvariantCulture), "--reason", "cluster test");
    }

    public async Task DriveAsync(ClusterRun run, CancellationToken stop)
    {
        using var client = run.Client("Miri-Api-Key", _key);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var body = new
                {
                    resumeData = new { type = "text", content = "Backend Engineer. 2019-2024 Acme: Java, Spring Boot, PostgreSQL, Kafka, Docker, Kubernetes." },
                    jobPostingData = new { type = "text", content = "Senior Backend Engineer. Requirements: Java or Kotlin, Spring Boot, PostgreSQL. Preferred: Kafka." },
                    options = new { webhook = new { url = run.Webhooks.Url(HookPath), secret = "cluster-secret" } },
                };
                // X-Request-ID is Analysis's idempotency key: a submit that failed before any answer is resent with it (RequestLog).
                var submit = new HttpRequestMessage(HttpMethod.Post, "/public/v1/analyses") { Content = JsonContent.Create(body) };
                submit.Headers.Add("X-Request-ID", Guid.NewGuid().ToString());
                using var response = await run.Log.SendAsync(client, Name, "submit", submit);
                if (response.StatusCode == HttpStatusCode.Accepted)
                    _accepted[JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("id").GetString()!] = 0;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Recorded in the request log.
            }
        }
    }

    public async Task<IReadOnlyList<ClusterFigure>> VerifyAsync(ClusterRun run)
    {
        using var client = run.Client("Miri-Api-Key", _key);
        var status = new ConcurrentDictionary<string, string>();
        var finished = await ClusterRun.WaitAsync(async () =>
        {
            foreach (var id in _accepted.Keys.Where(id => !status.TryGetValue(id, out var s) || s is "QUEUED" or "PROCESSING"))
            {
                using var response = await client.GetAsync($"/public/v1/analyses/{id}");
                if (!response.IsSuccessStatusCode) return false; // e.g. 429: ask again on the next poll
                status[id] = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("status").GetString()!;
            }
            return status.Count == _accepted.Count && status.Values.All(s => s is "COMPLETED" or "FAILED");
        }, TimeSpan.FromSeconds(120));
        var completed = status.Values.Count(s => s == "COMPLETED");
        await ClusterRun.WaitAsync(() => Task.FromResult(Hooks(run).Select(h => h.Analysis).Distinct().Count() >= status.Count), TimeSpan.FromSeconds(60));
        var hooks = Hooks(run);
        var analyses = hooks.Select(h => h.Analysis).Distinct().Count();
        var events = hooks.Select(h => (h.Analysis, h.EventId)).Distinct().Count();

        // Every accepted analysis has settled its hold; a hold left by the kill is the orphan sweep's, within the grace.
        var held = 0L;
        await ClusterRun.WaitAsync(async () => (held = Convert.ToInt64(await run.Database.ScalarAsync(
            "SELECT COUNT(*) FROM platform_credit_reservations WHERE \"TenantId\" = @t AND \"State\" = 'Held'", ("t", _tenant)))) == 0, OrphanGrace * 4);
        var committed = Convert.ToInt64(await run.Database.ScalarAsync("SELECT COUNT(*) FROM platform_credit_reservations WHERE \"TenantId\" = @t AND \"State\" = 'Committed'", ("t", _tenant)));
        var balance = Convert.ToInt64(await run.Database.ScalarAsync("SELECT \"Balance\" FROM platform_credit_accounts WHERE \"TenantId\" = @t", ("t", _tenant)));
        var sum = Convert.ToInt64(await run.Database.ScalarAsync("SELECT COALESCE(SUM(\"Amount\"), 0) FROM platform_credit_entries WHERE \"TenantId\" = @t", ("t", _tenant)));
        return
        [
            new("analysis: accepted analyses completed", $"{completed}/{_accepted.Count} (finished in time: {finished})", finished && completed == _accepted.Count),
            // Delivery is at least once (ADR 49): a send in flight on the killed host is sent again with the same
            // X-Webhook-Id. A duplicate is a second event id for one analysis; re-sends of one id are counted apart.
            new("analysis: webhooks (analyses notified / events / duplicate events; re-sends of one X-Webhook-Id)",
                $"{analyses}/{_accepted.Count} / {events} / {events - analyses}; {hooks.Count - events}",
                analyses == _accepted.Count && events == analyses),
            new("analysis: reservations held / committed", $"{held} / {committed}", held == 0 && committed == completed),
            new("analysis: ledger sum = balance", $"{sum} = {balance}; charged {Credits - balance}", sum == balance && Credits - balance == completed),
        ];
    }

    private static List<(string Analysis, string Event, string? EventId)> Hooks(ClusterRun run) =>
        run.HooksOn(HookPath).Select(h =>
        {
            var body = JsonDocument.Parse(h.Body).RootElement;
            return (body.GetProperty("data").GetProperty("id").GetString()!, body.GetProperty("event").GetString()!, h.Header(WebhookEventHeaders.Id));
        }).ToList();
}
