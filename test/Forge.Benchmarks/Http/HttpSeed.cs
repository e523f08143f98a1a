using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Forge.Benchmarks.Http;

/// <summary>
/// Seeds a running Forge for <c>etc/scripts/bench-http.sh</c> through its public API only (so it survives
/// changes to Forge's internals): <c>--profiles</c> profiles, then <c>--fortunes</c> daily fortunes spread
/// over them and over consecutive dates, <c>--concurrency</c> requests at a time. Prints one JSON line on
/// stdout: the body of a <c>POST /v1/fortunes</c> whose answer is now stored (the cached-answer benchmark).
/// <code>
/// dotnet …/Forge.Benchmarks.dll seed-http --url http://127.0.0.1:5080 --key bs_live_… [--profiles 100] [--fortunes 2000] [--concurrency 8]
/// </code>
/// </summary>
internal static class HttpSeed
{
    private static readonly DateOnly FirstDate = new(2025, 1, 1);

    public static async Task<int> RunAsync(string[] args)
    {
        var url = Arg(args, "--url", null);
        var key = Arg(args, "--key", null);
        var profiles = int.Parse(Arg(args, "--profiles", "100"), CultureInfo.InvariantCulture);
        var fortunes = int.Parse(Arg(args, "--fortunes", "2000"), CultureInfo.InvariantCulture);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = int.Parse(Arg(args, "--concurrency", "8"), CultureInfo.InvariantCulture) };
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-API-Key", key);
        var clock = Stopwatch.StartNew();

        var ids = new string[profiles];
        await Parallel.ForEachAsync(Enumerable.Range(0, profiles), parallel, async (i, ct) =>
        {
            var body = new Dictionary<string, object>
            {
                ["external_id"] = $"bench-{i}", ["name"] = $"Bench {i}", ["gender"] = i % 2 == 0 ? "male" : "female",
                ["birth_year"] = 1950 + i % 60, ["birth_month"] = 1 + i % 12, ["birth_day"] = 1 + i % 28, ["birth_hour"] = i % 24,
            };
            using var created = await PostAsync(http, "/v1/profiles", body, ct);
            ids[i] = created.RootElement.GetProperty("id").GetString()!;
        });
        Console.Error.WriteLine($"seed-http: {profiles} profiles in {clock.Elapsed.TotalSeconds:0.0} s");

        await Parallel.ForEachAsync(Enumerable.Range(0, fortunes), parallel, async (i, ct) =>
        {
            using var _ = await PostAsync(http, "/v1/fortunes", Fortune(ids[i % profiles], i / profiles), ct);
        });
        Console.Error.WriteLine($"seed-http: {fortunes} fortunes in {clock.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine(JsonSerializer.Serialize(Fortune(ids[0], 0)));
        return 0;
    }

    private static Dictionary<string, object> Fortune(string profileId, int day) => new()
    {
        ["profile_id"] = profileId, ["fortune_type"] = "daily",
        ["fortune_date"] = FirstDate.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static async Task<JsonDocument> PostAsync(HttpClient http, string path, object body, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync(path, body, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"seed-http: POST {path} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text);
    }

    private static string Arg(string[] args, string name, string? fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback ?? throw new ArgumentException($"seed-http: {name} is required.");
    }
}
