using Forge.NotionForge.Notion;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Notion;

/// <summary>
/// Retries against the fake: its log's arrival times are the evidence (the client's base back-off is 50 ms here,
/// so only <c>Retry-After</c> explains a longer gap).
/// </summary>
public class NotionClientRetryTests
{
    [Fact]
    public async Task A_429_is_retried_no_earlier_than_its_Retry_After()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        var token = fake.AddToken();
        await using var host = NotionTestHost.Start(fake);
        fake.EnqueueFault(new FakeNotionFault(429, "rate_limited", RetryAfterSeconds: 2));

        var me = await host.Client.GetSelfAsync(token);

        me.Object.ShouldBe("user");
        var log = fake.Log.For(token);
        log.Select(e => e.Status).ShouldBe([429, 200]);
        (log[1].At - log[0].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Server_errors_and_conflicts_are_retried_until_Notion_answers()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        var token = fake.AddToken();
        var root = fake.AddPage("Root");
        await using var host = NotionTestHost.Start(fake);
        fake.EnqueueFault(new FakeNotionFault(503, "service_unavailable"));
        fake.EnqueueFault(new FakeNotionFault(409, "conflict_error"));

        var page = await host.Client.CreatePageAsync(token, root, "After two failures");

        fake.Log.For(token).Select(e => e.Status).ShouldBe([503, 409, 200]);
        fake.Store.ChildrenOf(root).Single().Id.ShouldBe(page.Id);
    }

    [Fact]
    public async Task Retries_are_bounded_and_the_last_failure_is_mapped()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        var token = fake.AddToken();
        await using var host = NotionTestHost.Start(fake, settings: new() { ["MaxRetryAttempts"] = "2" });
        for (var i = 0; i < 3; i++) fake.EnqueueFault(new FakeNotionFault(502, "internal_server_error"));
        for (var i = 0; i < 3; i++) fake.EnqueueFault(new FakeNotionFault(429, "rate_limited"));

        var server = await Should.ThrowAsync<NotionApiException>(() => host.Client.GetSelfAsync(token));
        var limited = await Should.ThrowAsync<NotionApiException>(() => host.Client.GetSelfAsync(token));

        server.Code.ShouldBe(NotionErrorCodes.InternalError);
        server.NotionStatus.ShouldBe(502);
        limited.Code.ShouldBe(NotionErrorCodes.RateLimited);
        fake.Log.For(token).Count.ShouldBe(6); // 1 + 2 retries each
    }
}
