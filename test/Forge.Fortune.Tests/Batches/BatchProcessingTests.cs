using System.Globalization;
using System.Text.Json;
using Forge.Fortune.Tests.Api;
using Forge.Fortune.Tests.Fortunes;

namespace Forge.Fortune.Tests.Batches;

/// <summary>A batch through the real host with the built-in engine: accepted at once, processed by the job, results per profile.</summary>
[ProviderSensitive]
public sealed class BatchProcessingTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _client = await _host.EnterpriseClientAsync("batch-processing" + _tenantSuffix);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_batch_is_accepted_at_once_and_completes_with_one_stored_fortune_per_profile()
    {
        var ids = await _client.CreateProfilesAsync(5);

        var created = await _client.CreateBatchAsync(BatchApi.Body(ids, "monthly", "2025-03-16", "\"model\":\"haiku\""));

        created.Str("id").ShouldMatch("^batch_[0-9a-z]{12}$");
        created.Str("status").ShouldBe("pending");
        created.GetProperty("total_count").GetInt32().ShouldBe(5);
        created.GetProperty("completed_count").GetInt32().ShouldBe(0);
        created.GetProperty("failed_count").GetInt32().ShouldBe(0);
        created.Str("fortune_type").ShouldBe("monthly");
        created.Str("fortune_date").ShouldBe("2025-03-16");
        created.Str("model").ShouldBe("haiku");
        created.Str("created_at").ShouldMatch(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$");
        DateTime.Parse(created.Str("estimated_completion"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            .ShouldBeGreaterThan(DateTime.Parse(created.Str("created_at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        created.TryGetProperty("webhook_url", out _).ShouldBeFalse();
        created.TryGetProperty("webhook_secret", out _).ShouldBeFalse();
        created.TryGetProperty("results", out _).ShouldBeFalse();
        created.TryGetProperty("completed_at", out _).ShouldBeFalse();

        var done = await _client.WaitFinishedAsync(created.Str("id"));

        done.Str("status").ShouldBe("completed");
        done.GetProperty("completed_count").GetInt32().ShouldBe(5);
        done.GetProperty("failed_count").GetInt32().ShouldBe(0);
        done.Str("completed_at").ShouldEndWith("Z");
        var results = done.Results();
        results.Select(r => r.Str("profile_id")).ShouldBe(ids); // request order
        foreach (var result in results)
        {
            result.Str("status").ShouldBe("success");
            result.TryGetProperty("error", out _).ShouldBeFalse();
            // The result points at the stored fortune of that profile, for the month asked for.
            var fortune = await _client.GetAsync($"/v1/fortunes/{result.Str("fortune_id")}").OkJsonAsync();
            fortune.Str("profile_id").ShouldBe(result.Str("profile_id"));
            fortune.Str("fortune_type").ShouldBe("monthly");
            fortune.Str("fortune_date").ShouldBe("2025-03-01");
            fortune.Str("model").ShouldBe("builtin"); // no provider configured: never passed off as haiku
            (await _host.FortunesOfAsync(result.Str("profile_id"))).ShouldBe(1);
        }
        // One completion event, carrying the seed's webhook payload as data.
        (await _host.EventsAsync("batch.completed", created.Str("id"))).ShouldBe(1);
        var data = JsonDocument.Parse((string)(await _host.Database.ScalarAsync(
            "SELECT \"DataJson\" FROM fortune_events WHERE \"Type\" = 'batch.completed'"))!).RootElement;
        data.Str("event").ShouldBe("batch.completed");
        data.Str("batch_id").ShouldBe(created.Str("id"));
        data.Str("status").ShouldBe("completed");
        data.GetProperty("completed_count").GetInt32().ShouldBe(5);
        data.Str("completed_at").ShouldBe(done.Str("completed_at"));
        // The batch is audited under its creator; each generated fortune too.
        (await _host.AuditCountAsync("fortune.batch", created.Str("id"))).ShouldBe(1);
    }

    [Fact]
    public async Task Unknown_and_other_tenants_profiles_fail_per_item_and_duplicates_count_once()
    {
        var mine = await _client.CreateProfilesAsync(2);
        var other = await _host.EnterpriseClientAsync("batch-processing-other" + _tenantSuffix);
        var theirs = (await other.CreateProfilesAsync(1)).Single();
        string[] sent = [mine[0], "prf_doesnotexist", theirs, mine[1], mine[0]];

        var created = await _client.CreateBatchAsync(BatchApi.Body(sent));
        created.GetProperty("total_count").GetInt32().ShouldBe(4); // mine[0] twice → once

        var done = await _client.WaitFinishedAsync(created.Str("id"));
        done.Str("status").ShouldBe("completed"); // not every item failed
        done.GetProperty("completed_count").GetInt32().ShouldBe(2);
        done.GetProperty("failed_count").GetInt32().ShouldBe(2);
        var results = done.Results();
        results.Select(r => r.Str("profile_id")).ShouldBe([mine[0], "prf_doesnotexist", theirs, mine[1]]);
        results.Select(r => r.Str("status")).ShouldBe(["success", "failed", "failed", "success"]);
        foreach (var failed in results.Where(r => r.Str("status") == "failed"))
        {
            failed.TryGetProperty("fortune_id", out _).ShouldBeFalse();
            failed.GetProperty("error").Str("code").ShouldBe("not_found");
            failed.GetProperty("error").Str("message").ShouldContain(failed.Str("profile_id"));
        }
        (await _host.FortunesOfAsync(theirs)).ShouldBe(0); // the other tenant's profile was not touched
    }

    [Fact]
    public async Task A_batch_of_one_hundred_unknown_ids_is_accepted_and_fails_as_a_whole()
    {
        var ids = Enumerable.Range(0, 100).Select(i => $"prf_missing{i:D4}").ToList();

        var created = await _client.CreateBatchAsync(BatchApi.Body(ids));
        var done = await _client.WaitFinishedAsync(created.Str("id"));

        done.Str("status").ShouldBe("failed");
        done.GetProperty("total_count").GetInt32().ShouldBe(100);
        done.GetProperty("completed_count").GetInt32().ShouldBe(0);
        done.GetProperty("failed_count").GetInt32().ShouldBe(100);
        done.Results().Count.ShouldBe(100);
        done.Str("completed_at").ShouldEndWith("Z");
        (await _host.EventsAsync("batch.completed", created.Str("id"))).ShouldBe(1);
    }

    [Fact]
    public async Task A_profile_that_already_has_the_fortune_gets_the_stored_one()
    {
        var id = (await _client.CreateProfilesAsync(1)).Single();
        var existing = await _client.CreateFortuneAsync(id);

        var done = await _client.WaitFinishedAsync((await _client.CreateBatchAsync(BatchApi.Body([id]))).Str("id"));

        done.Results().Single().Str("fortune_id").ShouldBe(existing.Str("id"));
        (await _host.FortunesOfAsync(id)).ShouldBe(1);
    }
}
