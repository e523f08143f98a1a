using Forge.NotionForge.Tests.Blueprints;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// The running-task limit across two host processes on ONE database (ADR 59): 25 submits of one tenant sent at once,
/// alternating between the hosts, admit exactly 10; after one is cancelled on one host the other admits one more.
/// (Its own class: the in-process key set-up builds a second application, which must not run beside a shared test host.)
/// </summary>
[ProviderSensitive]
public sealed class TaskSlotTwoHostTests
{
    [Fact]
    public async Task Two_hosts_on_one_database_admit_exactly_ten_tasks_of_a_tenant_between_them()
    {
        await using var notion = await FakeNotionServer.StartAsync();
        Func<string> token = () => notion.AddToken(); // a token each: no task waits on Notion's rate
        var parent = notion.AddPage("Parent");
        var hold = notion.Hold((_, _) => true, nth: 0); // admitted tasks stay live
        await using var database = await TestDatabase.CreateAsync();
        var settings = TaskHosts.Settings(database, notion);
        settings["Forge:NotionForge:Notion:AttemptTimeout"] = "00:30:00"; // a held request keeps its task live
        await using var hostA = await HostProcess.StartAsync(settings);
        await using var hostB = await HostProcess.StartAsync(settings);
        var key = await TaskHosts.CreateKeyAsync(settings);
        using var clientA = TaskHosts.Client(hostA, key);
        using var clientB = TaskHosts.Client(hostB, key);
        try
        {
            var clients = Enumerable.Range(0, 25).Select(i => i % 2 == 0 ? clientA : clientB).ToList();
            var admitted = await TaskSlotBurst.SubmitAsync(clients, token, parent);

            using (var cancelled = await clientA.DeleteAsync($"/api/tasks/{admitted[0]}"))
                (await cancelled.JsonAsync()).Status().ShouldBe("cancelled");
            await clientB.SubmitAsync(TaskApi.SubmitBody(token(), parent, SampleBlueprints.Valid()));
            await TaskSlotBurst.RefusedAsync(clientA, token, parent);
            await TaskSlotBurst.RefusedAsync(clientB, token, parent);
        }
        finally
        {
            hold.Release();
        }
    }
}
