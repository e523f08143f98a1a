using System.Runtime.CompilerServices;
using System.Text;
using Forge.Fortune.Application.Status;
using Forge.Fortune.Domain.Readings;
using Forge.Fortune.Domain.Saju;
using Forge.Hosting.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>
/// One streamed model call for a fortune: the same prompt as <see cref="AiFortuneWriter"/>, the reply's text
/// handed on as it arrives, then the whole reply checked by <see cref="Finish"/> exactly as the blocking
/// path checks it. One attempt only: text already shown to a client cannot be taken back by a corrective
/// retry, so an invalid reply ends the stream with an error instead (ADR 15).
/// </summary>
internal sealed class AiFortuneStream(IAiChatClientFactory ai, ModelCallOutcomes outcomes, ILogger logger, string alias, INatalChart chart, ReadingPeriod period)
{
    // The same closing instruction AiStructuredOutput adds to the blocking call.
    private const string JsonInstruction = "Reply with a single JSON object only: no prose before or after it, no comments.";

    private readonly StringBuilder _reply = new();
    private readonly UsageDetails _usage = new() { InputTokenCount = 0, OutputTokenCount = 0 };

    public string Alias => alias;

    /// <summary>The reply's text chunks. Provider failures surface as <see cref="AiProviderException"/>.</summary>
    public async IAsyncEnumerable<string> TextAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var client = ai.GetClient(alias);
        var messages = new List<ChatMessage>(AiFortunePrompt.Messages(chart, period)) { new(ChatRole.User, JsonInstruction) };
        await foreach (var update in client.GetStreamingResponseAsync(messages, AiFortuneWriter.Options, ct))
        {
            foreach (var usage in update.Contents.OfType<UsageContent>()) _usage.Add(usage.Details);
            var text = update.Text;
            if (string.IsNullOrEmpty(text)) continue;
            _reply.Append(text);
            yield return text;
        }
    }

    /// <summary>The checked fortune of the whole reply; a 503 <see cref="ProductApiException"/> when it is not one.</summary>
    public FortuneContent Finish()
    {
        var model = ai.Describe(alias);
        try
        {
            var (score, summary, categories, lucky) = AiStructuredOutput
                .Parse<AiFortuneReply>(_reply.ToString(), AiFortuneReply.Validate, AiFortuneReply.Json).ToWire();
            outcomes.Succeeded(alias);
            return new FortuneContent(score, summary, categories, lucky, model.Alias,
                model.Engine, model.ModelId, AiUsage.From(_usage, model));
        }
        catch (AiStructuredOutputException e)
        {
            throw AiFortuneWriter.InvalidReply(logger, outcomes, alias, e);
        }
    }
}
