using System.Net;
using System.Text.Json;
using Forge.NotionForge.Tests.Blueprints;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// The 10-running-task limit is a lock, not a count (ADR 59): 25 submits of one tenant sent at once over real HTTP,
/// while the fake Notion server holds every generation mid-run, admit exactly 10 (pending or running, as the seed's
/// submit answers) and refuse 15 with RATE_LIMITED; a task that ends — cancelled or failed — gives its slot back.
/// </summary>
[ProviderSensitive]
public sealed class TaskSlotTests(HeldTaskFixture fixture) : IClassFixture<HeldTaskFixture>
{
    [Fact]
    public async Task Twenty_five_concurrent_submits_admit_exactly_ten_and_an_ended_task_frees_its_slot()
    {
        var tenant = await fixture.Host.CreateTenantAsync(fixture.UniqueName("slots"));
        using var client = fixture.Host.ClientWithKey(await fixture.Host.CreateKeyAsync(tenant, Products.NotionForge));
        var parent = fixture.Notion.AddPage("Parent");
        // Every admitted task stays live at its first Notion request; a token each, so none waits on Notion's rate.
        var hold = fixture.Notion.Hold((_, _) => true, nth: 0);
        Func<string> token = () => fixture.Notion.AddToken();
        try
        {
            var admitted = await TaskSlotBurst.SubmitAsync(Enumerable.Repeat(client, 25).ToList(), token, parent);

            foreach (var id in admitted) (await client.TaskAsync(id)).Status().ShouldBeOneOf("pending", "running");

            // A cancelled task frees its slot: one more is admitted, the next is refused again.
            await CancelAsync(client, admitted[0]);
            var next = await client.SubmitAsync(TaskApi.SubmitBody(token(), parent, SampleBlueprints.Valid()));
            await TaskSlotBurst.RefusedAsync(client, token, parent);

            // A failed task frees its slot too: the fake refuses an unknown token at once, so the task fails.
            await CancelAsync(client, admitted[1]);
            var failing = await client.SubmitAsync(TaskApi.SubmitBody("ntn_" + Guid.NewGuid().ToString("N"), parent, SampleBlueprints.Valid()));
            (await client.FinishedAsync(failing)).Status().ShouldBe("failed");
            var last = await client.SubmitAsync(TaskApi.SubmitBody(token(), parent, SampleBlueprints.Valid()));
            await TaskSlotBurst.RefusedAsync(client, token, parent);

            foreach (var id in admitted.Skip(2).Append(next).Append(last)) await CancelAsync(client, id);
        }
        finally
        {
            hold.Release();
        }
    }

    private static async Task CancelAsync(HttpClient client, string taskId)
    {
        using var response = await client.DeleteAsync($"/api/tasks/{taskId}");
        (await response.JsonAsync()).Status().ShouldBe("cancelled");
    }
}

/// <summary>
/// The host and fake Notion server of <see cref="NotionForgeHostFixture"/>, with a Notion attempt timeout longer than any
/// test (a request the fake holds must keep its task live, not time out and fail it, which would free its slot) and more
/// job workers than the limit.
/// </summary>
public sealed class HeldTaskFixture : SharedTestHost
{
    public FakeNotionServer Notion { get; private set; } = null!;

    protected override async Task StartDependenciesAsync() => Notion = await FakeNotionServer.StartAsync();

    protected override async ValueTask StopDependenciesAsync()
    {
        if (Notion is not null) await Notion.DisposeAsync();
    }

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Forge:NotionForge:Notion:BaseUrl"] = Notion.BaseAddress.ToString(),
        ["Forge:NotionForge:Notion:AttemptTimeout"] = "00:30:00",
        ["Forge:Jobs:WorkerCount"] = "16", // ten held tasks must leave a worker for the next one
        ["Forge:NotionForge:RateLimitPerMinute"] = "0", // the per-IP quota is QuotaTests' subject (ADR 54)
    };
}

/// <summary>Sends a burst of submits at once (one per client in the list) and checks the 10 / rest split (ADR 59).</summary>
internal static class TaskSlotBurst
{
    public const int Limit = 10;

    /// <returns>The admitted tasks' ids.</returns>
    public static async Task<List<string>> SubmitAsync(IReadOnlyList<HttpClient> clients, Func<string> token, string parent)
    {
        using var start = new SemaphoreSlim(0);
        var sends = clients.Select(async client =>
        {
            var body = TaskApi.SubmitBody(token(), parent, SampleBlueprints.Valid());
            await start.WaitAsync();
            using var response = await client.PostAsync("/api/tasks/submit", body);
            return (response.StatusCode, Body: await response.JsonAsync(), RetryAfter: response.Headers.RetryAfter);
        }).ToList();
        start.Release(clients.Count); // every request leaves together
        var answers = await Task.WhenAll(sends);

        var admitted = answers.Where(a => a.StatusCode == HttpStatusCode.OK).ToList();
        var refused = answers.Where(a => a.StatusCode != HttpStatusCode.OK).ToList();
        admitted.Count.ShouldBe(Limit, string.Join("\n", answers.Select(a => $"{(int)a.StatusCode} {a.Body}")));
        admitted.ShouldAllBe(a => a.Body.GetProperty("status").GetString() == "pending");
        refused.Count.ShouldBe(clients.Count - Limit);
        foreach (var (status, body, _) in refused) AssertRateLimited(status, body);
        return admitted.Select(a => a.Body.GetProperty("task_id").GetString()!).ToList();
    }

    public static async Task RefusedAsync(HttpClient client, Func<string> token, string parent)
    {
        using var response = await client.PostAsync("/api/tasks/submit", TaskApi.SubmitBody(token(), parent, SampleBlueprints.Valid()));
        AssertRateLimited(response.StatusCode, await response.JsonAsync());
        response.Headers.RetryAfter.ShouldNotBeNull();
    }

    private static void AssertRateLimited(HttpStatusCode status, JsonElement body)
    {
        ((int)status).ShouldBe(429, body.ToString());
        var error = body.GetProperty("error");
        error.GetProperty("code").GetString().ShouldBe("RATE_LIMITED");
        error.GetProperty("details").GetProperty("retry_after").GetInt32().ShouldBeGreaterThan(0);
    }
}
