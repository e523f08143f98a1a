using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forge.TestModules.Tally;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.Idempotency;

/// <summary>The host with the Tally test module (its own context and both idempotency modes), shared per class.</summary>
public sealed class TallyHostFixture : SharedTestHost
{
    protected override IEnumerable<string>? Modules => ["Tally"];
}

/// <summary>Calls on Tally's idempotent routes (ADR 32) and reading its envelope.</summary>
internal sealed class TallyIdempotency(TallyHostFixture fixture)
{
    public TestHost Host => fixture.Host;

    /// <summary>A fresh tenant with one Tally key (tests stay independent on the shared host).</summary>
    public async Task<HttpClient> NewTenantClientAsync(string name) =>
        Host.ClientWithKey(await Host.CreateKeyAsync(await Host.CreateTenantAsync(fixture.UniqueName(name)), TallyModule.Product));

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string header, string? key, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null) request.Headers.Add(header, key);
        return client.SendAsync(request);
    }

    public static async Task<JsonElement> DataOf(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("data");
    }

    /// <summary>Asserts Tally's error envelope with <paramref name="code"/> naming <paramref name="field"/>.</summary>
    public static async Task ShouldBeErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        var body = JsonDocument.Parse(text).RootElement;
        body.GetProperty("success").GetBoolean().ShouldBeFalse();
        body.GetProperty("code").GetString().ShouldBe(code);
        body.GetProperty("metadata").GetProperty("field").GetString().ShouldBe(field);
        body.GetProperty("message").GetString()!.ShouldContain(field);
    }

    public static bool Replayed(HttpResponseMessage response) =>
        response.Headers.TryGetValues(TallyModule.ReplayedHeader, out var values) && values.Single() == "true";

    /// <summary>The ids of the caller's tenant's counters with <paramref name="label"/>: how many resources the requests made.</summary>
    public static async Task<List<string>> CountersAsync(HttpClient client, string label)
    {
        var data = await DataOf(await client.GetAsync($"/test/tally/counters?label={label}"), HttpStatusCode.OK);
        return data.EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    /// <summary>
    /// Sends <paramref name="count"/> identical held requests at once, waits until every one has reached the endpoint
    /// (so all overlap the first one's claim), then lets the first one's handler finish.
    /// </summary>
    public async Task<HttpResponseMessage[]> SendConcurrentlyAsync(int count, Func<Task<HttpResponseMessage>> send, string label)
    {
        var gate = Host.Services.GetRequiredService<TallyGate>();
        var requests = Enumerable.Range(0, count).Select(_ => Task.Run(send)).ToArray();
        await Eventually.GetAsync(() => Task.FromResult(gate.Arrivals(label)), n => n == count, what: $"{count} requests at the endpoint");
        gate.Open(label);
        return await Task.WhenAll(requests);
    }

    /// <summary>How many stored keys (claims or answers) of any tenant have this text (tests make keys unique).</summary>
    public Task<int> KeyRowsAsync(string key) => Host.InScopeAsync(sp =>
        sp.GetRequiredService<TallyDbContext>().IdempotencyKeys.IgnoreQueryFilters().CountAsync(k => k.Key == key));

    public static string Counter(string label, int amount, bool hold = false) =>
        JsonSerializer.Serialize(new { label, amount, hold });
}
