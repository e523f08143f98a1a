using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Tests.Blueprints;
using Forge.NotionForge.Tests.Notion;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// Issue 11 acceptance 2 on two host processes (each on its own database, both on one Redis) generating the
/// acceptance-size blueprint at once with ONE Notion connection: the fake server's log shows the connection's rate
/// kept across both, and both trees complete. (Its own class: the in-process key set-up builds a second application,
/// which must not run beside a shared test host.)
/// </summary>
public sealed class TaskTwoHostTests
{
    [Fact]
    public async Task Two_hosts_generating_at_once_with_one_connection_keep_its_rate_together()
    {
        if (NotionTestHost.RedisOrSkip() is not { } redis) return;
        await using var notion = await FakeNotionServer.StartAsync();
        var token = notion.AddToken();
        await using var databaseA = await TestDatabase.CreateAsync();
        await using var databaseB = await TestDatabase.CreateAsync();
        var settingsA = TaskHosts.Settings(databaseA, notion, redis);
        var settingsB = TaskHosts.Settings(databaseB, notion, redis);
        await using var hostA = await HostProcess.StartAsync(settingsA);
        await using var hostB = await HostProcess.StartAsync(settingsB);
        using var clientA = TaskHosts.Client(hostA, await TaskHosts.CreateKeyAsync(settingsA));
        using var clientB = TaskHosts.Client(hostB, await TaskHosts.CreateKeyAsync(settingsB));
        var parentA = notion.AddPage("A");
        var parentB = notion.AddPage("B");

        var taskA = await clientA.SubmitAsync(TaskApi.SubmitBody(token, parentA, SampleBlueprints.Large()));
        var taskB = await clientB.SubmitAsync(TaskApi.SubmitBody(token, parentB, SampleBlueprints.Large()));
        var done = await Task.WhenAll(clientA.FinishedAsync(taskA, TimeSpan.FromMinutes(4)), clientB.FinishedAsync(taskB, TimeSpan.FromMinutes(4)));
        done.ShouldAllBe(t => t.Status() == "completed");

        TaskScaleTests.AssertLargeTree(notion, notion.Store.ChildrenOf(parentA).Single().Id);
        TaskScaleTests.AssertLargeTree(notion, notion.Store.ChildrenOf(parentB).Single().Id);
        TaskScaleTests.AssertWithinLimits(notion, token, calls: 2 * BlueprintEstimator.Estimate(SampleBlueprints.Large()).NotionCalls);
    }
}
