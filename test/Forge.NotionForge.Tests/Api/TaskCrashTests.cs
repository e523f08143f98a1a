using Forge.NotionForge.Tests.Blueprints;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// The host process is killed (SIGKILL) while the fake Notion server holds the answer to a create it has already
/// applied — the worst moment: Notion has the object, the task does not know its id — and started again on the same
/// database. The task resumes from its journal, adopts the object it finds under the parent instead of creating it
/// again, and completes with exactly the tree an uninterrupted run makes (ADR 51).
/// </summary>
[ProviderSensitive]
public sealed class TaskCrashTests
{
    public static TheoryData<string, string, int> KillPoints => new()
    {
        { "POST", "v1/databases", 1 },   // a database created, its id unknown
        { "POST", "v1/pages", 3 },       // the first row (root page, sub page, row), its id unknown
        { "POST", "v1/views", 1 },       // a view created, its id unknown (an append's kill point: TaskResumeViewsTests)
    };

    [Theory]
    [MemberData(nameof(KillPoints))]
    public async Task A_host_killed_mid_generation_resumes_after_restart_without_duplicates(string method, string path, int nth)
    {
        await using var notion = await FakeNotionServer.StartAsync();
        await using var database = await TestDatabase.CreateAsync();
        var settings = TaskHosts.Settings(database, notion);
        var token = notion.AddToken();
        var parent = notion.AddPage("Parent");
        var hold = notion.Hold((m, p) => m == method && p.EndsWith(path, StringComparison.Ordinal), nth, afterApply: true);

        string key, taskId;
        await using (var first = await HostProcess.StartAsync(settings))
        {
            key = await TaskHosts.CreateKeyAsync(settings);
            using var client = TaskHosts.Client(first, key);
            taskId = await client.SubmitAsync(TaskApi.SubmitBody(token, parent, SampleBlueprints.Valid()));
            await hold.Arrived.WaitAsync(TimeSpan.FromSeconds(60));
            await first.KillAsync();
        }
        hold.Release();
        var before = notion.Store.CountUnder(parent);

        await using (var second = await HostProcess.StartAsync(settings))
        {
            using var client = TaskHosts.Client(second, key);
            var task = await client.FinishedAsync(taskId);
            task.Status().ShouldBe("completed", task.ToString());
        }
        notion.Store.CountUnder(parent).ShouldBeGreaterThan(before);
        notion.Store.Outline(parent).ShouldBe(TaskApi.ValidOutline);
        notion.Log.Entries.ShouldNotContain(e => e.Status >= 400 && e.Status != 429);
    }

}
