using System.Text;
using Forge.Hosting.AI;
using Forge.TestKit.FakeAi;
using Microsoft.Extensions.AI;

namespace Forge.Host.Tests.AI;

/// <summary>
/// Streamed replies through the providers' real SDKs against the fakes' documented SSE formats: the text
/// arrives in pieces with usage at the end, and a stream that breaks midway is an <see cref="AiProviderException"/>.
/// </summary>
public sealed class AiStreamingTests
{
    private const string Text = "Wood feeds fire; your day element is wood, and today brings fire.";

    [Fact]
    public async Task Haiku_streams_through_the_Anthropic_SDK_in_pieces_with_usage()
    {
        await using var anthropic = await FakeAnthropicServer.StartAsync();
        anthropic.Enqueue(FakeAiOutcome.Reply(Text, inputTokens: 900, outputTokens: 40));
        await using var services = AiTestServices.Build(anthropic: anthropic);

        var (pieces, text, usage) = await ReadAsync(services.Factory().GetClient("haiku"));

        text.ShouldBe(Text);
        pieces.ShouldBeGreaterThan(5); // 8-character deltas, not one block
        usage.InputTokenCount.ShouldBe(900);
        usage.OutputTokenCount.ShouldBe(40);
        anthropic.Received.ShouldHaveSingleItem().Body.GetProperty("stream").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Gpt4o_streams_through_the_OpenAI_SDK_in_pieces_with_usage()
    {
        await using var openAi = await FakeOpenAiServer.StartAsync();
        openAi.Enqueue(FakeAiOutcome.Reply(Text, inputTokens: 700, outputTokens: 30));
        await using var services = AiTestServices.Build(openAi: openAi);

        var (pieces, text, usage) = await ReadAsync(services.Factory().GetClient("gpt4o"));

        text.ShouldBe(Text);
        pieces.ShouldBeGreaterThan(5);
        usage.InputTokenCount.ShouldBe(700);
        usage.OutputTokenCount.ShouldBe(30);
        openAi.Received.ShouldHaveSingleItem().Body.GetProperty("stream").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task An_Anthropic_stream_that_breaks_midway_is_a_provider_failure_after_the_first_pieces()
    {
        await using var anthropic = await FakeAnthropicServer.StartAsync();
        anthropic.Enqueue(FakeAiOutcome.BrokenStream(Text, 20));
        await using var services = AiTestServices.Build(anthropic: anthropic);

        var received = new StringBuilder();
        var failure = await Should.ThrowAsync<AiProviderException>(async () =>
        {
            await foreach (var update in services.Factory().GetClient("haiku").GetStreamingResponseAsync("Read my day."))
                received.Append(update.Text);
        });

        received.ToString().ShouldBe(Text[..20]);
        failure.Alias.ShouldBe("haiku");
    }

    [Fact]
    public async Task An_OpenAI_stream_cut_off_midway_is_a_provider_failure()
    {
        await using var openAi = await FakeOpenAiServer.StartAsync();
        openAi.Enqueue(FakeAiOutcome.BrokenStream(Text, 20));
        openAi.Otherwise = FakeAiOutcome.ServerError(); // a retried request would not pass for the broken one
        await using var services = AiTestServices.Build(openAi: openAi);

        var received = new StringBuilder();
        await Should.ThrowAsync<AiProviderException>(async () =>
        {
            await foreach (var update in services.Factory().GetClient("gpt4o").GetStreamingResponseAsync("Read my day."))
                received.Append(update.Text);
        });
        received.ToString().ShouldBe(Text[..20]);
        openAi.RequestCount.ShouldBe(1);
    }

    private static async Task<(int Pieces, string Text, UsageDetails Usage)> ReadAsync(IChatClient client)
    {
        var pieces = 0;
        var text = new StringBuilder();
        var usage = new UsageDetails();
        await foreach (var update in client.GetStreamingResponseAsync("Read my day."))
        {
            if (!string.IsNullOrEmpty(update.Text)) { pieces++; text.Append(update.Text); }
            foreach (var u in update.Contents.OfType<UsageContent>()) usage.Add(u.Details);
        }
        return (pieces, text.ToString(), usage);
    }
}
