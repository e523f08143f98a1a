using System.Globalization;
using Forge.Fortune.Tests.Api;
using Forge.Fortune.Tests.Fortunes;
using Forge.TestKit.FakeAi;

namespace Forge.Fortune.Tests.Batches;

/// <summary>
/// Batches against the fake Anthropic API: the configured concurrency bounds the calls in flight, provider
/// failures fail single items, and <c>estimated_completion</c> follows the measured latency.
/// </summary>
[ProviderSensitive]
public sealed class BatchAiTests : IAsyncLifetime
{
    private FakeAnthropicServer _anthropic = null!;
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _anthropic = await FakeAnthropicServer.StartAsync();
        _anthropic.Otherwise = FakeAiOutcome.Slow(TimeSpan.FromMilliseconds(150), FakeAiOutcome.Reply(FortuneAiTests.GoodReply));
        _host = await TestHost.StartAsync(["Fortune"], new Dictionary<string, string?>
        {
            ["Forge:AI:Providers:Anthropic:ApiKey"] = _anthropic.ApiKey,
            ["Forge:AI:Providers:Anthropic:BaseUrl"] = _anthropic.ConfiguredBaseUrl,
            ["Forge:AI:Resilience:CircuitMinimumThroughput"] = "1000",
            ["Fortune:Batch:Concurrency"] = "3",
        });
        _client = await _host.EnterpriseClientAsync("batch-ai");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _anthropic.DisposeAsync();
    }

    [Fact]
    public async Task No_more_calls_than_the_configured_concurrency_are_in_flight()
    {
        var ids = await _client.CreateProfilesAsync(9);

        var done = await _client.WaitFinishedAsync((await _client.CreateBatchAsync(BatchApi.Body(ids))).Str("id"));

        done.Str("status").ShouldBe("completed");
        done.GetProperty("completed_count").GetInt32().ShouldBe(9);
        _anthropic.RequestCount.ShouldBe(9);
        _anthropic.MaxInFlight.ShouldBeLessThanOrEqualTo(3);
        _anthropic.MaxInFlight.ShouldBeGreaterThan(1); // and they do run side by side
        foreach (var result in done.Results())
            (await _client.GetAsync($"/v1/fortunes/{result.Str("fortune_id")}").OkJsonAsync()).Str("engine").ShouldBe("anthropic");
    }

    [Fact]
    public async Task A_provider_failure_fails_only_that_item_with_service_unavailable()
    {
        var ids = await _client.CreateProfilesAsync(3);
        _anthropic.Enqueue(FakeAiOutcome.Error(400, "prompt is too long"));

        var done = await _client.WaitFinishedAsync((await _client.CreateBatchAsync(BatchApi.Body(ids))).Str("id"));

        done.Str("status").ShouldBe("completed");
        done.GetProperty("completed_count").GetInt32().ShouldBe(2);
        done.GetProperty("failed_count").GetInt32().ShouldBe(1);
        var failed = done.Results().Single(r => r.Str("status") == "failed");
        failed.GetProperty("error").Str("code").ShouldBe("service_unavailable");
        (await _host.FortunesOfAsync(failed.Str("profile_id"))).ShouldBe(0);
    }

    [Fact]
    public async Task Estimated_completion_uses_the_default_without_history_and_the_measured_latency_after()
    {
        var ids = await _client.CreateProfilesAsync(7);

        // No generations yet: 2 s per item (OV's haiku figure), ⌈7 ÷ 3⌉ = 3 waves.
        var first = await _client.CreateBatchAsync(BatchApi.Body(ids));
        (At(first, "estimated_completion") - At(first, "created_at")).ShouldBe(TimeSpan.FromSeconds(6));
        await _client.WaitFinishedAsync(first.Str("id"));

        // Now the log holds 7 measured haiku generations (~150 ms each): the estimate follows them.
        var measured = await _host.CountAsync("SELECT CAST(AVG(\"LatencyMs\") AS INTEGER) FROM fortune_generations WHERE \"Cached\" = @c AND \"Model\" = 'haiku'", ("@c", false));
        measured.ShouldBeInRange(150, 2000);
        var second = await _client.CreateBatchAsync(BatchApi.Body(ids, "yearly"));
        var estimate = At(second, "estimated_completion") - At(second, "created_at");
        estimate.TotalMilliseconds.ShouldBeInRange(3 * (measured - 1) - 1, 3 * (measured + 1)); // AVG rounding
        await _client.WaitFinishedAsync(second.Str("id"));
    }

    private static DateTime At(System.Text.Json.JsonElement batch, string property) =>
        DateTime.Parse(batch.Str(property), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
