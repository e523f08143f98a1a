using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forge.Fortune;
using Forge.Host.Features;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Forge.TestKit;
using Forge.TestKit.FakeAi;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Benchmarks.Fortune;

/// <summary>
/// End-to-end batch throughput (not a BenchmarkDotNet micro-benchmark): the real host on loopback with a
/// fresh SQLite database, 100 profiles created over HTTP, one <c>POST /v1/fortunes/batch</c>, and the wall
/// time from sending it until <c>GET</c> answers <c>completed</c> (polled every 20 ms). Two engines: the
/// built-in one, and the fake Anthropic API answering each call after a fixed latency.
/// <code>dotnet run -c Release --project test/Forge.Benchmarks -- batch [--runs 3] [--concurrency 16] [--ai-latency-ms 1200]</code>
/// </summary>
internal static class BatchLoad
{
    private const int Profiles = 100;

    private const string Reply = """
        {"score": 78, "summary": "재물의 흐름이 살아나는 날입니다.",
         "categories": {
           "overall": {"score": 78, "description": "전반적으로 안정된 하루입니다."},
           "wealth": {"score": 84, "description": "뜻밖의 수입이 있습니다."},
           "love": {"score": 66, "description": "대화로 오해를 푸는 것이 좋습니다."},
           "health": {"score": 71, "description": "가벼운 산책이 도움이 됩니다."},
           "career": {"score": 80, "description": "맡은 일을 마무리하면 인정받습니다."}},
         "lucky_items": {"numbers": [3, 13, 28], "color": "청색", "direction": "동"}}
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Option(args, "--runs", 3);
        var concurrency = args.Contains("--concurrency") ? Option(args, "--concurrency", 0) : (int?)null;
        var latency = TimeSpan.FromMilliseconds(Option(args, "--ai-latency-ms", 1200));
        Console.WriteLine($"Batch of {Profiles} profiles, SQLite, {runs} run(s) per engine, concurrency {(concurrency?.ToString(CultureInfo.InvariantCulture) ?? "default")}");

        await MeasureAsync("builtin engine", runs, Settings(concurrency), null);
        if (args.Contains("--builtin-only")) return 0;

        await using var anthropic = await FakeAnthropicServer.StartAsync();
        anthropic.Otherwise = FakeAiOutcome.Slow(latency, FakeAiOutcome.Reply(Reply));
        var ai = Settings(concurrency);
        ai["Forge:AI:Providers:Anthropic:ApiKey"] = anthropic.ApiKey;
        ai["Forge:AI:Providers:Anthropic:BaseUrl"] = anthropic.ConfiguredBaseUrl;
        await MeasureAsync($"fake AI provider, {latency.TotalMilliseconds:0} ms per call", runs, ai, anthropic);
        return 0;
    }

    private static Dictionary<string, string?> Settings(int? concurrency)
    {
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite" };
        if (concurrency is { } c) settings["Fortune:Batch:Concurrency"] = c.ToString(CultureInfo.InvariantCulture);
        return settings;
    }

    private static async Task MeasureAsync(string engine, int runs, Dictionary<string, string?> settings, FakeAiServer? ai)
    {
        Environment.SetEnvironmentVariable("FORGE_TEST_DB", "Sqlite");
        await using var host = await TestHost.StartAsync(["Fortune"], settings);
        var tenant = await host.CreateTenantAsync("bench", Editions.Enterprise);
        // The load itself polls faster than Enterprise's 1,000 requests a minute; the quota is not what is measured.
        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<FeatureManager>().SetAsync(tenant, FortuneFeatures.RequestsPerMinute, "1000000");
            return 0;
        });
        var client = host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Fortune));
        var ids = await CreateProfilesAsync(client);

        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            // A new date per run, so every run generates 100 fortunes instead of reading stored ones.
            var date = new DateOnly(2025, 1, 1).AddDays(run).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var body = JsonSerializer.Serialize(new { profile_ids = ids, fortune_type = "daily", fortune_date = date, model = "haiku" });
            var calls = ai?.RequestCount ?? 0;
            var clock = Stopwatch.StartNew();
            var created = await client.PostAsync("/v1/fortunes/batch", new StringContent(body, Encoding.UTF8, "application/json"));
            var batch = await created.Content.ReadFromJsonAsync<JsonElement>();
            var accepted = clock.Elapsed;
            var estimate = DateTime.Parse(batch.GetProperty("estimated_completion").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
                           - DateTime.Parse(batch.GetProperty("created_at").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            JsonElement done;
            while (true)
            {
                done = await client.GetFromJsonAsync<JsonElement>($"/v1/fortunes/batch/{batch.GetProperty("id").GetString()}");
                if (done.GetProperty("status").GetString() is "completed" or "failed") break;
                await Task.Delay(20);
            }
            clock.Stop();
            times.Add(clock.Elapsed.TotalSeconds);
            var id = batch.GetProperty("id").GetString()!;
            var created_ = await host.Database.ScalarAsync("SELECT \"CreatedAt\" FROM fortune_batches WHERE \"Id\" = @id", ("@id", id));
            var started = await host.Database.ScalarAsync("SELECT \"StartedAt\" FROM fortune_batches WHERE \"Id\" = @id", ("@id", id));
            var finished = await host.Database.ScalarAsync("SELECT \"CompletedAt\" FROM fortune_batches WHERE \"Id\" = @id", ("@id", id));
            Console.WriteLine($"    queued {Stamp(started) - Stamp(created_):0} ms, processing {Stamp(finished) - Stamp(started):0} ms");
            Console.WriteLine($"  {engine}, run {run + 1}: {clock.Elapsed.TotalSeconds:0.000} s to {done.GetProperty("status").GetString()} " +
                              $"({done.GetProperty("completed_count").GetInt32()} ok, {done.GetProperty("failed_count").GetInt32()} failed; " +
                              $"202 after {accepted.TotalMilliseconds:0} ms; estimate {estimate.TotalSeconds:0.0} s" +
                              (ai is null ? "" : $"; provider calls {ai.RequestCount - calls}, max in flight {ai.MaxInFlight}") + ")");
        }
        times.Sort();
        Console.WriteLine($"{engine}: median {times[times.Count / 2]:0.000} s, min {times[0]:0.000} s, max {times[^1]:0.000} s");
    }

    private static async Task<List<string>> CreateProfilesAsync(HttpClient client)
    {
        var ids = new List<string>();
        for (var i = 0; i < Profiles; i++)
        {
            var json = JsonSerializer.Serialize(new
            {
                name = "홍길동", birth_year = 1950 + i % 60, birth_month = 1 + i % 12, birth_day = 1 + i % 28, birth_hour = i % 24,
                gender = i % 2 == 0 ? "male" : "female",
            });
            var response = await client.PostAsync("/v1/profiles", new StringContent(json, Encoding.UTF8, "application/json"));
            response.EnsureSuccessStatusCode();
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }
        return ids;
    }

    private static double Stamp(object? value) =>
        (value is DateTime d ? d : DateTime.Parse((string)value!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)).Ticks / 10_000.0;

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
