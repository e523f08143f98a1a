namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// Issue 11's "a browser can authenticate", end to end in a real Chromium (ADR 53, 59): a page on another origin opens
/// <c>WS /ws/chat</c> with the key in the <c>forge.auth.</c> subprotocol → init → message → approval → progress →
/// complete against the fake Notion server, which then holds the template. A wrong key never opens a socket.
/// </summary>
[ProviderSensitive]
public sealed class ChatBrowserTests(BuiltInAiFixture fixture, ChromiumFixture chromium)
    : IClassFixture<BuiltInAiFixture>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_browser_chats_a_template_into_Notion_through_approval_and_progress()
    {
        var (_, _, key, token) = await fixture.TenantAsync();
        var parent = fixture.Notion.AddPage("Parent");
        var chat = await BrowserChat.OpenAsync(chromium);
        try
        {
            (await chat.ConnectAsync(ChatSocket.Address(fixture.Host), key)).ShouldBeTrue(chat.ToString());
            (await chat.Page.EvaluateAsync<string>("() => window.protocol")).ShouldBe("forge"); // the secret entry is never echoed

            await chat.SendAsync(new { type = "init", notion_token = token, parent_page_id = parent, settings = new { complexity = "simple", include_sample_data = false } });
            await chat.NextAsync("ready");
            await chat.SendAsync(new { type = "message", content = "독서 기록장 만들어줘" });
            var answer = await chat.NextAsync("ai_response");
            answer.GetProperty("metadata").GetProperty("confidence").GetDouble().ShouldBeGreaterThanOrEqualTo(0.7);
            var approval = await chat.NextAsync("approval_request");
            approval.GetProperty("metadata").GetProperty("databases").GetInt32().ShouldBe(1);

            await chat.SendAsync(new { type = "approve" });
            var queued = await chat.NextAsync("progress");
            queued.GetProperty("step").GetString().ShouldBe("queued");
            var taskId = queued.GetProperty("task_id").GetString()!;
            var progress = 0;
            while (true)
            {
                var frame = await chat.NextAsync();
                frame.GetProperty("task_id").GetString().ShouldBe(taskId);
                if (frame.GetProperty("type").GetString() != "progress")
                {
                    frame.GetProperty("type").GetString().ShouldBe("complete", frame.ToString());
                    var root = fixture.Notion.Store.ChildrenOf(parent).ShouldHaveSingleItem();
                    frame.GetProperty("notion_url").GetString()!.ShouldContain(root.Id.Replace("-", ""));
                    frame.GetProperty("summary").GetProperty("databases_created").GetInt32().ShouldBe(1);
                    break;
                }
                frame.GetProperty("current").GetInt32().ShouldBeLessThanOrEqualTo(frame.GetProperty("total").GetInt32());
                progress++;
            }
            progress.ShouldBeGreaterThan(0);
            (await chat.CloseCodeAsync()).ShouldBeNull(); // still open for the next template
        }
        finally
        {
            await chat.CloseAsync();
        }
    }

    [Fact]
    public async Task A_browser_with_a_wrong_key_gets_no_socket()
    {
        var (_, _, key, _) = await fixture.TenantAsync();
        var chat = await BrowserChat.OpenAsync(chromium);
        try
        {
            (await chat.ConnectAsync(ChatSocket.Address(fixture.Host), key[..^4] + "0000")).ShouldBeFalse();
            (await chat.CloseCodeAsync()).ShouldBe(1006, chat.ToString()); // the handshake was refused
            (await chat.Page.EvaluateAsync<int>("() => window.received.length")).ShouldBe(0);
        }
        finally
        {
            await chat.CloseAsync();
        }
    }
}
