using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Forge.TestKit.FakeNotion;

namespace Forge.Host.Tests.Cluster;

/// <summary>
/// NotionForge: generations against the fake Notion server (in this process, on loopback) through nginx — task submits
/// with a prompt, and WebSocket chats that plan, approve and follow a generation. Every task runs as a job on whichever
/// host's job server takes it, so one Notion connection (token) is used by several hosts at once. Afterwards: every
/// accepted task completed once (one root page under its own parent page, the same tree as every other task of its
/// prompt: a step run twice after a kill or a hand-back would show as an extra page), and the fake server's log keeps
/// Notion's 3 requests/s per connection over all hosts together (issue 12 acceptance 1, 3, 4).
/// </summary>
public sealed class NotionForgeWorkload : IClusterWorkload, IAsyncDisposable
{
    private const string SubmitPrompt = "습관 트래커 만들어줘", ChatPrompt = "독서 기록장 만들어줘";
    private FakeNotionServer? _notion;
    private string _key = "", _submitToken = "", _chatToken = "";
    private readonly ConcurrentDictionary<string, (string Parent, string Source)> _accepted = new();
    private readonly NotionForgeChats _chats = new();

    public string Name => "notionforge";

    private FakeNotionServer Notion => _notion ?? throw new InvalidOperationException("SetUpAsync starts the fake Notion server.");

    public IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Forge:NotionForge:Notion:BaseUrl"] = Notion.BaseAddress.ToString(),
        ["Forge:NotionForge:Notion:RetryBaseDelay"] = "00:00:00.200",
        // The per-IP request quota: every client here is loopback behind one proxy; quotas are QuotaWorkload's subject.
        ["Forge:NotionForge:RateLimitPerMinute"] = "0",
    };

    public async Task SetUpAsync(ClusterSetup setup)
    {
        _notion = await FakeNotionServer.StartAsync();
        (_submitToken, _chatToken) = (Notion.AddToken(), Notion.AddToken());
        var tenant = setup.Tenant("notionforge");
        await setup.CreateTenantAsync(tenant);
        _key = await setup.CreateKeyAsync(tenant, "notionforge");
    }

    public async Task DriveAsync(ClusterRun run, CancellationToken stop)
    {
        using var client = run.Client("X-API-Key", _key);
        await Task.WhenAll(SubmitLoopAsync(run, client, stop), _chats.LoopAsync(run, client, _key, () => Notion.AddPage("Chat"), _chatToken, ChatPrompt, Accept, stop));
    }

    private void Accept(string taskId, string parent, string source) => _accepted[taskId] = (parent, source);

    /// <summary>One task at a time: submit, then follow it until it ends (tasks share the tenant's running-task limit).</summary>
    private async Task SubmitLoopAsync(ClusterRun run, HttpClient client, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var parent = Notion.AddPage("Submit");
                var body = JsonSerializer.Serialize(new { prompt = SubmitPrompt, notion_token = _submitToken, parent_page_id = parent });
                using var response = await run.Log.SendAsync(client, Name, "submit", new HttpRequestMessage(HttpMethod.Post, "/api/tasks/submit") { Content = new StringContent(body, Encoding.UTF8, "application/json") });
                if (response.StatusCode != HttpStatusCode.OK) { await Task.Delay(500, stop); continue; }
                var taskId = JsonDocument.Parse(await response.Content.ReadAsStringAsync(stop)).RootElement.GetProperty("task_id").GetString()!;
                Accept(taskId, parent, "submit");
                while (!stop.IsCancellationRequested && await StatusAsync(run, client, taskId) is not ("completed" or "failed" or "cancelled"))
                    await Task.Delay(500, stop);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException)
            {
                // Recorded in the request log (in flight on the killed host), or the load stopped.
            }
        }
    }

    /// <summary>The task's status through the proxy (recorded), or null when the request was not answered 200.</summary>
    internal static async Task<string?> StatusAsync(ClusterRun run, HttpClient client, string taskId, string operation = "task")
    {
        using var response = await run.Log.SendAsync(client, "notionforge", operation, new HttpRequestMessage(HttpMethod.Get, $"/api/tasks/{taskId}"));
        if (response.StatusCode != HttpStatusCode.OK) return null;
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString();
    }

    public async Task<IReadOnlyList<ClusterFigure>> VerifyAsync(ClusterRun run)
    {
        using var client = run.Client("X-API-Key", _key);
        var status = new ConcurrentDictionary<string, string>();
        var finished = await ClusterRun.WaitAsync(async () =>
        {
            foreach (var id in _accepted.Keys.Where(id => !status.TryGetValue(id, out var s) || s is not ("completed" or "failed" or "cancelled")))
                if (await StatusAsync(run, client, id, "verify") is { } s) status[id] = s;
            return status.Count == _accepted.Count && status.Values.All(s => s is "completed" or "failed" or "cancelled");
        }, TimeSpan.FromSeconds(180));
        var completed = status.Values.Count(s => s == "completed");

        // Exactly once in Notion: one root under each task's parent, and every task of one prompt built the same tree.
        var trees = _accepted.Values.Select(a => (a.Source, Roots: Notion.Store.ChildrenOf(a.Parent).Count, Outline: Notion.Store.Outline(a.Parent))).ToList();
        var oneRoot = trees.Count(t => t.Roots == 1);
        var shapes = trees.GroupBy(t => t.Source).Select(g => $"{g.Key} {g.Select(t => t.Outline).Distinct().Count()}").ToList();
        var pages = trees.Count == 0 ? 0 : trees.Max(t => t.Outline.Split('\n').Count(l => l.TrimStart().StartsWith("page:", StringComparison.Ordinal)));

        var figures = new List<ClusterFigure>
        {
            new("notionforge: accepted tasks completed (submits / chats)", $"{completed}/{_accepted.Count} ({_accepted.Values.Count(a => a.Source == "submit")} / {_accepted.Values.Count(a => a.Source == "chat")}; finished in time: {finished})",
                finished && completed == _accepted.Count && _accepted.Count > 0),
            new("notionforge: one root page per task / distinct trees per prompt (1 = no page twice)", $"{oneRoot}/{trees.Count} / {string.Join(", ", shapes)} (up to {pages} pages a tree)",
                oneRoot == trees.Count && trees.GroupBy(t => t.Source).All(g => g.Select(t => t.Outline).Distinct().Count() == 1)),
        };
        foreach (var (label, token) in new[] { ("submits", _submitToken), ("chats", _chatToken) })
        {
            var log = Notion.Log.For(token);
            var excess = Notion.Log.MaxExcess(token, Notion.RequestsPerSecond);
            figures.Add(new($"notionforge: Notion connection ({label}) over 3 hosts: requests / 429s / max burst over {Notion.RequestsPerSecond:0}/s (≤ {Notion.Burst}) / average rate",
                FormattableString.Invariant($"{log.Count} / {log.Count(e => e.Status == 429)} / {excess:0.0} / {Notion.Log.AverageRate(token):0.00}/s"),
                excess <= Notion.Burst));
        }
        figures.Add(_chats.Figure());
        return figures;
    }

    public async ValueTask DisposeAsync()
    {
        if (_notion is not null) await _notion.DisposeAsync();
    }
}
