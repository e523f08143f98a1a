using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Notion;

/// <summary>
/// One Notion connection's pace across callers and hosts, read from the fake's log: every request it received
/// (refused ones too) counts, and no stretch of traffic may exceed 3/s by more than a small burst.
/// </summary>
public class NotionRateSharingTests
{
    private const int ClientBurst = 3; // NotionOptions.Burst's default

    [Fact]
    public async Task Concurrent_callers_on_one_host_share_the_connections_pace()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        var token = fake.AddToken();
        await using var host = NotionTestHost.Start(fake);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => host.Client.GetSelfAsync(token)));

        fake.Log.For(token).Count.ShouldBe(12);
        fake.Log.MaxExcess(token, 3).ShouldBeLessThanOrEqualTo(ClientBurst + 1);
    }

    [Fact]
    public async Task Two_hosts_sharing_Redis_keep_one_tokens_rate_together()
    {
        if (NotionTestHost.RedisOrSkip() is not { } redis) return;
        await using var fake = await FakeNotionServer.StartAsync();
        var token = fake.AddToken();
        var other = fake.AddToken();
        await using var hostA = NotionTestHost.Start(fake, redis);
        await using var hostB = NotionTestHost.Start(fake, redis);

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => (i % 2 == 0 ? hostA : hostB).Client.GetSelfAsync(token))
            .Append(hostB.Client.GetSelfAsync(other)));

        var log = fake.Log.For(token);
        log.Count.ShouldBe(24); // nothing refused, so nothing resent
        log.ShouldAllBe(e => e.Status == 200);
        fake.Log.MaxExcess(token, 3).ShouldBeLessThanOrEqualTo(ClientBurst + 1); // two uncoordinated hosts reach ~6/s
        fake.Log.For(other).Single().Status.ShouldBe(200); // another connection has its own budget
    }
}
