using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forge.Fortune.Tests.Api;
using Forge.Fortune.Tests.Fortunes;

namespace Forge.Fortune.Tests.Batches;

/// <summary>Helpers for the <c>/v1/fortunes/batch</c> tests: creating profiles and batches, polling until a batch finishes.</summary>
internal static class BatchApi
{
    public static string Body(IEnumerable<string> profileIds, string type = "daily", string? date = "2025-01-16", string? extra = null) =>
        JsonSerializer.Serialize(new { profile_ids = profileIds }).TrimEnd('}') +
        $",\"fortune_type\":\"{type}\"" + (date is null ? "" : $",\"fortune_date\":\"{date}\"") + (extra is null ? "" : "," + extra) + "}";

    public static Task<HttpResponseMessage> PostBatchAsync(this HttpClient client, string json, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/fortunes/batch") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    /// <summary>Posts a batch and expects 202 with the Batch object.</summary>
    public static async Task<JsonElement> CreateBatchAsync(this HttpClient client, string json)
    {
        var response = await client.PostBatchAsync(json);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, text);
        var batch = JsonDocument.Parse(text).RootElement.Clone();
        response.Headers.Location!.ToString().ShouldBe($"/v1/fortunes/batch/{batch.Str("id")}");
        return batch;
    }

    public static Task<JsonElement> GetBatchAsync(this HttpClient client, string id) => client.GetAsync($"/v1/fortunes/batch/{id}").OkJsonAsync();

    public static bool IsFinished(JsonElement batch) => batch.Str("status") is "completed" or "failed";

    /// <summary>Polls until the batch is completed or failed (never sleeps a fixed time).</summary>
    public static Task<JsonElement> WaitFinishedAsync(this HttpClient client, string id, TimeSpan? timeout = null) =>
        Eventually.GetAsync(() => client.GetBatchAsync(id), IsFinished, timeout ?? TimeSpan.FromSeconds(60), $"batch {id} to finish");

    /// <summary>Creates <paramref name="count"/> profiles (different births, so different charts) and returns their ids.</summary>
    public static async Task<List<string>> CreateProfilesAsync(this HttpClient client, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var json = $$"""{"name":"홍길동","birth_year":{{1960 + i % 40}},"birth_month":{{1 + i % 12}},"birth_day":{{1 + i % 28}},"gender":"{{(i % 2 == 0 ? "male" : "female")}}"}""";
            ids.Add((await client.CreateProfileAsync(json)).Str("id"));
        }
        return ids;
    }

    public static IReadOnlyList<JsonElement> Results(this JsonElement batch) => batch.GetProperty("results").EnumerateArray().ToList();

    public static Task<long> FortunesOfAsync(this TestHost host, string profileId) => host.FortuneRowsAsync(profileId);

    public static async Task<long> EventsAsync(this TestHost host, string type, string batchId) =>
        await host.CountAsync("SELECT COUNT(*) FROM fortune_events WHERE \"Type\" = @t AND \"DataJson\" LIKE @b", ("@t", type), ("@b", $"%\"{batchId}\"%"));

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
