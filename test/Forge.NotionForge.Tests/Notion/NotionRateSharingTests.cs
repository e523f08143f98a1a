using Forge.NotionForge.Notion.Rate;
using Forge.TestKit.FakeNotion;
using StackExchange.Redis;

namespace Forge.NotionForge.Tests.Notion;

/// <summary>
/// One Notion connection's pace across callers and hosts, read from the fake's log: every request it received
/// (refused ones too) counts, and no stretch of traffic may exceed 3/s by more than the fake's burst. The client
/// paces with a smaller burst (3) than the fake allows (6), so a host stalled by a busy machine releasing a few
/// due requests together stays within the bound; two hosts without the shared gate measured an excess of ~20.
/// </summary>
public class NotionRateSharingTests
{
    [Fact]
    public async Task Concurrent_callers_on_one_host_share_the_connections_pace()
    {
        await using var fake = await FakeNotionServer.StartAsync();
        var token = fake.AddToken();
        await using var host = NotionTestHost.Start(fake);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => host.Client.GetSelfAsync(token)));

        fake.Log.For(token).Count(e => e.Status == 200).ShouldBe(12);
        fake.Log.MaxExcess(token, 3).ShouldBeLessThanOrEqualTo(fake.Burst);
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
        log.Count(e => e.Status == 200).ShouldBe(24);
        log.Count(e => e.Status == 429).ShouldBeLessThanOrEqualTo(1); // uncoordinated: ~15 refused
        fake.Log.MaxExcess(token, 3).ShouldBeLessThanOrEqualTo(fake.Burst);
        fake.Log.For(other).Single().Status.ShouldBe(200); // another connection has its own budget
    }

    [Fact]
    public async Task A_429_on_one_host_holds_the_connection_back_on_every_host_for_its_Retry_After()
    {
        if (NotionTestHost.RedisOrSkip() is not { } redis) return;
        await using var fake = await FakeNotionServer.StartAsync();
        var token = fake.AddToken();
        await using var hostA = NotionTestHost.Start(fake, redis);
        await using var hostB = NotionTestHost.Start(fake, redis);
        await using var observer = await ConnectionMultiplexer.ConnectAsync(redis);
        var key = $"forge:notion:rate:{NotionConnectionKey.Of("Bearer " + token)}";
        fake.EnqueueFault(new FakeNotionFault(429, "rate_limited", RetryAfterSeconds: 2));

        var first = hostA.Client.GetSelfAsync(token);
        // Host A has recorded the pause in Redis once the connection's arrival time is over a second ahead.
        await Eventually.GetAsync(async () =>
        {
            var db = observer.GetDatabase();
            var tat = (double?)await db.StringGetAsync(key) ?? 0;
            var seconds = (long)((RedisResult[])(await db.ExecuteAsync("TIME"))!)[0]; // Redis's clock, as the gate uses
            return tat - seconds * 1_000_000d;
        }, ahead => ahead > 1_000_000, what: "the pause in Redis");
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => hostB.Client.GetSelfAsync(token)).Append(first));

        var log = fake.Log.For(token);
        log.Select(e => e.Status).ShouldBe([429, 200, 200, 200, 200]);
        log.Skip(1).ShouldAllBe(e => e.At >= log[0].At + TimeSpan.FromSeconds(2));
    }
}
