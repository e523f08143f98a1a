using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Forge.Hosting.AI;

/// <summary>
/// Wraps a provider SDK's client: records the "Forge.AI" metrics and the AI call log (tenant and product
/// included) and reports failures as
/// <see cref="AiProviderException"/>, so modules depend on neither SDK. The caller's own cancellation
/// passes through untouched.
/// </summary>
internal sealed class ForgeAiChatClient(IChatClient inner, AiModelInfo model, AiMetrics metrics, TimeProvider time, AiCallRecorder recorder, string? product)
    : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        try
        {
            var response = await base.GetResponseAsync(messages, options, cancellationToken);
            Succeeded(AiUsage.From(response, model), time.GetElapsedTime(started));
            return response;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && AiExceptionTranslator.Translate(e, model) is { } failure)
        {
            Failed(failure.Kind.ToString(), time.GetElapsedTime(started));
            throw failure;
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        UsageDetails? usage = null;
        await using var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            ChatResponseUpdate update;
            try
            {
                if (!await updates.MoveNextAsync()) break;
                update = updates.Current;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && AiExceptionTranslator.Translate(e, model) is { } failure)
            {
                Failed(failure.Kind.ToString(), time.GetElapsedTime(started));
                throw failure;
            }
            foreach (var content in update.Contents.OfType<UsageContent>())
            {
                usage ??= new UsageDetails();
                usage.Add(content.Details);
            }
            yield return update;
        }
        Succeeded(AiUsage.From(usage, model), time.GetElapsedTime(started));
    }

    private void Succeeded(AiUsage usage, TimeSpan elapsed)
    {
        metrics.RecordSuccess(model, usage, elapsed);
        recorder.Record(model, product, usage, elapsed, "success");
    }

    private void Failed(string outcome, TimeSpan elapsed)
    {
        metrics.RecordFailure(model, outcome, elapsed);
        recorder.Record(model, product, AiUsage.None, elapsed, outcome);
    }

    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(AiModelInfo) ? model : base.GetService(serviceType, serviceKey);
}
