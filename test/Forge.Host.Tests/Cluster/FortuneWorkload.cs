using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Forge.Host.Tests.Cluster;

/// <summary>
/// Fortune: profiles (each one an event for the feeds), daily fortunes, and batches of monthly fortunes with a
/// webhook. Every profile is in at most one batch and the two types never meet, so every fortune id must be unique;
/// every accepted batch must complete with all its items and exactly one <c>batch.completed</c> delivery.
/// </summary>
public sealed class FortuneWorkload : IClusterWorkload
{
    public const string Product = "fortune";
    private const string HookPath = "/fortune-batches";
    private const int BatchSize = 4;
    private readonly ConcurrentQueue<string> _unbatched = new();
    private readonly ConcurrentBag<string> _fortuneIds = new();
    private readonly ConcurrentDictionary<string, int> _batches = new();

    public string Name => "fortune";
    public static string Key { get; private set; } = "";

    /// <summary>Profiles created, with when their request was sent, for the feed check (<see cref="EventFeedWorkload"/>).</summary>
    public static ConcurrentDictionary<string, TimeSpan> Profiles { get; } = new();

    public async Task SetUpAsync(ClusterSetup setup)
    {
        var tenant = setup.Tenant("fortune");
        await setup.CreateTenantAsync(tenant);
        Key = await setup.CreateKeyAsync(tenant, Product);
        // The load and its verification polls exceed Enterprise's 1,000 requests a minute; quotas are QuotaWorkload's subject.
        await setup.RunAsync("feature", "set", "--tenant", tenant, Forge.Fortune.FortuneFeatures.RequestsPerMinute, "100000");
        Profiles.Clear();
    }

    public async Task DriveAsync(ClusterRun run, CancellationToken stop)
    {
        using var client = run.Client("X-API-Key", Key);
        await Task.WhenAll(Enumerable.Range(0, 2).Select(worker => LoopAsync(run, client, worker, stop)));
    }

    private async Task LoopAsync(ClusterRun run, HttpClient client, int worker, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            try
            {
                var profile = await CreateProfileAsync(run, client, worker, i);
                if (profile is null) continue;
                if (i % 2 == 0) await PostFortuneAsync(run, client, profile);
                else _unbatched.Enqueue(profile);
                if (_unbatched.Count >= BatchSize) await PostBatchAsync(run, client);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Recorded in the request log (a request in flight on a killed host); the loop goes on.
            }
        }
    }

    private async Task<string?> CreateProfileAsync(ClusterRun run, HttpClient client, int worker, int i)
    {
        var body = $$"""{"name":"클러스터 {{worker}}-{{i}}","birth_year":{{1950 + (worker * 37 + i) % 60}},"birth_month":{{1 + i % 12}},"birth_day":{{1 + i % 28}},"birth_hour":{{i % 24}},"birth_minute":{{i % 60}},"gender":"{{(i % 2 == 0 ? "male" : "female")}}"}""";
        // When the request was sent: a profile committed while a feed was opening may precede the feed's start.
        var sent = run.Log.Now;
        using var response = await run.Log.SendAsync(client, Name, "profile", Post("/v1/profiles", body));
        if (response.StatusCode != HttpStatusCode.Created) return null;
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        Profiles[id] = sent;
        return id;
    }

    private async Task PostFortuneAsync(ClusterRun run, HttpClient client, string profile)
    {
        using var response = await run.Log.SendAsync(client, Name, "fortune", Post("/v1/fortunes", $$"""{"profile_id":"{{profile}}","fortune_type":"daily","fortune_date":"2025-01-16"}"""));
        if (response.StatusCode == HttpStatusCode.Created)
            _fortuneIds.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
    }

    private async Task PostBatchAsync(ClusterRun run, HttpClient client)
    {
        var profiles = new List<string>();
        while (profiles.Count < BatchSize && _unbatched.TryDequeue(out var p)) profiles.Add(p);
        if (profiles.Count == 0) return;
        var body = JsonSerializer.Serialize(new { profile_ids = profiles, fortune_type = "monthly", fortune_date = "2025-01-01", webhook_url = run.Webhooks.Url(HookPath) });
        using var response = await run.Log.SendAsync(client, Name, "batch", Post("/v1/fortunes/batch", body));
        if (response.StatusCode == HttpStatusCode.Accepted)
            _batches[JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!] = profiles.Count;
    }

    public async Task<IReadOnlyList<ClusterFigure>> VerifyAsync(ClusterRun run)
    {
        using var client = run.Client("X-API-Key", Key);
        var results = new ConcurrentDictionary<string, JsonElement>();
        var finished = await ClusterRun.WaitAsync(async () =>
        {
            foreach (var id in _batches.Keys.Where(id => !results.ContainsKey(id)))
            {
                using var response = await client.GetAsync($"/v1/fortunes/batch/{id}");
                if (!response.IsSuccessStatusCode) return false; // ask again on the next poll
                var batch = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                if (batch.GetProperty("status").GetString() is "completed" or "failed") results[id] = batch;
            }
            return results.Count == _batches.Count;
        }, TimeSpan.FromSeconds(120));

        var items = results.Values.SelectMany(b => b.TryGetProperty("results", out var r) ? r.EnumerateArray().ToList() : []).ToList();
        var succeeded = items.Where(r => r.GetProperty("status").GetString() == "success").ToList();
        var batchFortunes = succeeded.Select(r => r.GetProperty("fortune_id").GetString()!).ToList();
        var allFortunes = batchFortunes.Concat(_fortuneIds).ToList();
        await ClusterRun.WaitAsync(() => Task.FromResult(Completions(run).Select(h => h.Batch).Distinct().Count() >= results.Count), TimeSpan.FromSeconds(60));
        var hooks = Completions(run);
        var batchesNotified = hooks.Select(h => h.Batch).Distinct().Count();
        var distinctDeliveries = hooks.Select(h => (h.Batch, h.Delivery)).Distinct().Count();
        var expectedItems = _batches.Values.Sum();
        return
        [
            new("fortune: accepted batches completed", $"{results.Values.Count(b => b.GetProperty("status").GetString() == "completed")}/{_batches.Count} (finished in time: {finished})",
                finished && results.Values.All(b => b.GetProperty("status").GetString() == "completed")),
            new("fortune: batch items succeeded, once each", $"{succeeded.Count}/{expectedItems}", succeeded.Count == expectedItems && items.Count == expectedItems),
            new("fortune: duplicate fortune ids (batch + direct)", $"{allFortunes.Count - allFortunes.Distinct().Count()} of {allFortunes.Count}", allFortunes.Count == allFortunes.Distinct().Count()),
            // At least once (ADR 49): a re-send carries the same delivery id; a duplicate is a second id for one batch.
            new("fortune: batch.completed webhooks (batches / delivery ids / duplicate ids for one batch; re-sends of one id)",
                $"{batchesNotified}/{_batches.Count} / {distinctDeliveries} / {distinctDeliveries - batchesNotified}; {hooks.Count - distinctDeliveries}",
                batchesNotified == _batches.Count && distinctDeliveries == batchesNotified),
        ];
    }

    private static List<(string Batch, string Delivery)> Completions(ClusterRun run) =>
        run.HooksOn(HookPath).Select(h =>
        {
            var body = JsonDocument.Parse(h.Body).RootElement;
            var data = body.TryGetProperty("data", out var d) ? d : body;
            var batch = data.TryGetProperty("batch_id", out var b) ? b.GetString()! : data.TryGetProperty("id", out var i) ? i.GetString()! : "";
            return (batch, h.Header("X-Webhook-Id") ?? (body.TryGetProperty("id", out var e) ? e.GetString()! : ""));
        }).ToList();

    /// <summary>Every create carries its own <c>Idempotency-Key</c>, so a send that failed before any answer can be resent
    /// without a second profile, fortune or batch (<see cref="RequestLog.SendAsync"/>).</summary>
    private static HttpRequestMessage Post(string path, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return request;
    }
}
