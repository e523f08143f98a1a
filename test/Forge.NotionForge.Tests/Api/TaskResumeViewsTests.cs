using Forge.NotionForge.Contracts.Blueprints;
using Forge.NotionForge.Tests.Blueprints;
using Forge.TestKit.FakeNotion;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// A host killed (SIGKILL) while the fake holds the answer to a write it already applied, with views in the plan
/// (ADR 58): the sub page created with its first 100 children, the append of the rest after it, or a view. After the
/// restart the task completes with no page, block or view twice: a page adopted on resume keeps the children it was
/// created with and is not filled again; a view is adopted by name.
/// </summary>
[ProviderSensitive]
public sealed class TaskResumeViewsTests
{
    /// <summary>Valid() with a sub page of 150 paragraphs: 100 ride with its create, 50 follow in an append.</summary>
    private static BlueprintDto Blueprint() => SampleBlueprints.Valid() with
    {
        SubPages = [SampleBlueprints.Valid().SubPages[0] with
        {
            Blocks = [.. Enumerable.Range(0, 150).Select(i => new BlockDto { Type = "paragraph", Text = $"P{i}" })],
        }],
    };

    public static TheoryData<string, string, int> KillPoints => new()
    {
        { "POST", "v1/pages", 2 },       // the sub page created with its first 100 children, its id unknown
        { "PATCH", "/children", 1 },     // the sub page's other 50 appended, the block ids unknown
        { "POST", "v1/views", 2 },       // the second view created, its id unknown
    };

    [Theory]
    [MemberData(nameof(KillPoints))]
    public async Task A_killed_host_resumes_without_a_duplicate_page_block_or_view(string method, string path, int nth)
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
            taskId = await client.SubmitAsync(TaskApi.SubmitBody(token, parent, Blueprint()));
            await hold.Arrived.WaitAsync(TimeSpan.FromSeconds(60));
            await first.KillAsync();
        }
        hold.Release();

        await using (var second = await HostProcess.StartAsync(settings))
        {
            using var client = TaskHosts.Client(second, key);
            var task = await client.FinishedAsync(taskId);
            task.Status().ShouldBe("completed", task.ToString());
        }
        var root = notion.Store.ChildrenOf(parent).ShouldHaveSingleItem();
        var children = notion.Store.ChildrenOf(root.Id);
        var guide = children.Single(c => c.Type == "page");
        notion.Store.ChildrenOf(guide.Id).Select(b => b.Text).ShouldBe(Enumerable.Range(0, 150).Select(i => $"P{i}"));
        var databases = children.Where(c => c.Type == "database").ToDictionary(d => d.Text);
        notion.Store.ViewsOf(databases["Projects"].Id).Select(v => v.ViewName).ShouldBe([FakeNotionServer.DefaultViewName, "Calendar"]);
        notion.Store.ViewsOf(databases["Tasks"].Id).Select(v => v.ViewName).ShouldBe([FakeNotionServer.DefaultViewName, "Board"]);
        children.Count(c => c.Type == "callout").ShouldBe(1);
        notion.Log.Entries.ShouldNotContain(e => e.Status >= 400 && e.Status != 429);
    }
}
