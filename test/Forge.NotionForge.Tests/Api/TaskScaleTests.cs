using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Tests.Blueprints;
using Forge.TestKit.FakeNotion;
using Xunit.Abstractions;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// Issue 11 acceptance 2: the acceptance-size blueprint (5 databases, 10 sub pages, 300 blocks) completes against the
/// fake Notion server's 3 requests/s limit, with no request refused for size or nesting and the connection's rate kept
/// on average (two hosts sharing one connection: <see cref="TaskTwoHostTests"/>).
/// </summary>
public sealed class TaskScaleTests(NotionForgeHostFixture fixture, ITestOutputHelper output) : IClassFixture<NotionForgeHostFixture>
{
    [Fact]
    public async Task The_acceptance_blueprint_completes_within_Notions_limits_and_rate()
    {
        var (_, client, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Parent");
        var taskId = await client.SubmitAsync(TaskApi.SubmitBody(token, parent, SampleBlueprints.Large()));
        var task = await client.FinishedAsync(taskId, TimeSpan.FromMinutes(3));
        task.Status().ShouldBe("completed", task.ToString());

        AssertLargeTree(fixture.Notion, fixture.Notion.Store.ChildrenOf(parent).Single().Id);
        var summary = task.GetProperty("result").GetProperty("summary");
        summary.GetProperty("pages_created").GetInt32().ShouldBe(11);
        summary.GetProperty("databases_created").GetInt32().ShouldBe(5);
        summary.GetProperty("blocks_created").GetInt32().ShouldBe(270);
        var estimate = BlueprintEstimator.Estimate(SampleBlueprints.Large());
        AssertWithinLimits(fixture.Notion, token, calls: estimate.NotionCalls);
        var log = fixture.Notion.Log.For(token);
        log.Count(e => e.Status == 200).ShouldBe(estimate.NotionCalls); // the executor makes exactly the calls the estimate counts

        // etc/scripts/bench-notionforge.sh reads this line (etc/benchmarks.md, NotionForge).
        var wall = (log[^1].At - log[0].At).TotalSeconds;
        output.WriteLine(FormattableString.Invariant(
            $"BENCH notionforge-300-blocks calls={log.Count(e => e.Status == 200)} refused={log.Count(e => e.Status == 429)} estimate_calls={estimate.NotionCalls} estimate_s={estimate.Seconds} notion_wall_s={wall:F1} task_s={summary.GetProperty("duration_seconds").GetDouble():F1} off_estimate={100 * (wall - estimate.Seconds) / estimate.Seconds:F1}%"));
    }

    /// <summary>10 sub pages of 23 top-level blocks (26 with the nested ones), 5 databases of 3 rows, 10 links on the main page.</summary>
    internal static void AssertLargeTree(FakeNotionServer notion, string root)
    {
        var children = notion.Store.ChildrenOf(root);
        children.Count(c => c.Type == "page").ShouldBe(10);
        children.Count(c => c.Type == "database").ShouldBe(5);
        children.Count(c => c.Type == "link_to_page").ShouldBe(10);
        foreach (var page in children.Where(c => c.Type == "page"))
        {
            notion.Store.ChildrenOf(page.Id).Count.ShouldBe(23);
            notion.Store.CountUnder(page.Id).ShouldBe(26);
        }
        foreach (var db in children.Where(c => c.Type == "database"))
            notion.Store.ChildrenOf(notion.Store.ChildrenOf(db.Id).Single().Id).Count.ShouldBe(3);
    }

    internal static void AssertWithinLimits(FakeNotionServer notion, string token, int calls)
    {
        var log = notion.Log.For(token);
        log.ShouldNotContain(e => e.Status == 400, "no request is refused for size or nesting");
        log.ShouldAllBe(e => e.BodyBytes <= Forge.NotionForge.Notion.Limits.NotionLimits.PayloadBytes);
        notion.Log.MaxExcess(token, notion.RequestsPerSecond).ShouldBeLessThanOrEqualTo(notion.Burst);
        // On average: whatever the first burst adds, the rest of the traffic pays back (n − 1 intervals, b of them free).
        notion.Log.AverageRate(token).ShouldBeLessThanOrEqualTo(notion.RequestsPerSecond * (log.Count - 1) / (log.Count - 1 - notion.Burst));
        log.Count(e => e.Status == 200).ShouldBeLessThanOrEqualTo(calls);
    }
}
