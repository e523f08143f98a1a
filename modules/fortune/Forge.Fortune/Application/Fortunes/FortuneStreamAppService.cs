using Forge.Hosting.Identity;
using System.Runtime.CompilerServices;
using Forge.Fortune.Application.Audit;
using Forge.Fortune.Application.Status;
using Forge.Fortune.Domain.Readings;
using Forge.Fortune.Domain;
using Forge.Fortune.Fortunes;
using Forge.Hosting.AI;
using Microsoft.Extensions.Logging;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>
/// <c>POST /v1/fortunes/stream</c> (F-stream; ADR 15): the fortune <c>POST /v1/fortunes</c> would store, as
/// server-sent events — <c>start</c>, <c>delta</c>… while it is written, <c>category</c>… once it is checked and
/// stored, <c>done</c> with the stored Fortune, or <c>error</c>. <see cref="OpenAsync"/> refuses bad input and
/// unknown profiles before the stream begins, so they stay ordinary JSON 4xx answers.
/// </summary>
public sealed class FortuneStreamAppService(
    FortuneGenerationService generator, IAiChatClientFactory ai, ModelCallOutcomes outcomes, TimeProvider clock,
    ILogger<FortuneStreamAppService> logger)
{
    /// <summary>Builtin text is sent in pieces of about this many characters, cut after a space.</summary>
    public const int BuiltinChunkLength = 24;

    public async Task<IAsyncEnumerable<FortuneStreamEvent>> OpenAsync(FortuneStreamInput input, CallerInfo caller, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        var request = generator.Parse(input.FortuneType, input.FortuneDate, input.Model);
        var plan = await generator.PlanAsync(input.ProfileId, request, ct);
        return EventsAsync(plan, caller, started, ct);
    }

    private async IAsyncEnumerable<FortuneStreamEvent> EventsAsync(
        FortunePlan plan, CallerInfo caller, long started, [EnumeratorCancellation] CancellationToken ct)
    {
        var fortuneId = plan.Existing?.Id ?? PrefixedId.Fortune();
        yield return new(FortuneStreamEvent.Start, new FortuneStreamStartDto(fortuneId, plan.ProfileId, plan.Request.Type.Key(),
            FortuneMapper.Date(plan.PeriodStart), plan.Model, plan.Existing?.Engine ?? plan.Engine, plan.Existing is not null));

        if (plan.Existing is not null)
        {
            var stored = await generator.ServeStoredAsync(plan, started, ct);
            foreach (var e in Finished(stored, started, AiUsage.None)) yield return e;
            yield break;
        }

        FortuneContent? content = null;
        FortuneStreamErrorDto? failure = null;
        if (plan.UsesAi)
        {
            var stream = new AiFortuneStream(ai, outcomes, logger, plan.Request.Model, plan.Chart!, plan.Period);
            var scanner = new FortuneTextScanner();
            await using var text = stream.TextAsync(ct).GetAsyncEnumerator(ct);
            while (true)
            {
                string chunk;
                try
                {
                    if (!await text.MoveNextAsync()) break;
                    chunk = text.Current;
                }
                catch (AiProviderException e)
                {
                    failure = Error(AiFortuneWriter.ProviderFailed(logger, outcomes, stream.Alias, e));
                    break;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Fortune stream with {Model} failed", stream.Alias);
                    failure = Unexpected();
                    break;
                }
                foreach (var piece in scanner.Feed(chunk))
                    yield return new(FortuneStreamEvent.Delta, new FortuneStreamDeltaDto(piece.Field, piece.Text));
            }
            if (failure is null)
            {
                try { content = stream.Finish(); }
                catch (ProductApiException e) { failure = Error(e); }
            }
        }
        else
        {
            content = BuiltinFortuneWriter.Write(plan.Chart!, plan.Request.Type, plan.PeriodStart);
            foreach (var piece in BuiltinPieces(content))
                yield return new(FortuneStreamEvent.Delta, new FortuneStreamDeltaDto(piece.Field, piece.Text));
        }

        if (failure is not null)
        {
            yield return new(FortuneStreamEvent.Error, failure);
            yield break;
        }

        var (result, storeFailure) = await StoreAsync(plan, content!, fortuneId, caller, started);
        if (result is null)
        {
            yield return new(FortuneStreamEvent.Error, storeFailure!);
            yield break;
        }
        foreach (var e in Finished(result, started, content!.Usage)) yield return e;
    }

    /// <summary>
    /// The fortune is written and checked: it is stored even if the client has gone meanwhile (no cancellation),
    /// as a blocking POST whose client hung up after the model answered stores it.
    /// </summary>
    private async Task<(FortuneGenerationResult? Result, FortuneStreamErrorDto? Failure)> StoreAsync(
        FortunePlan plan, FortuneContent content, string fortuneId, CallerInfo caller, long started)
    {
        try
        {
            return (await generator.StoreAsync(plan, content, fortuneId, caller, started, CancellationToken.None), null);
        }
        catch (ProductApiException e)
        {
            return (null, Error(e)); // the profile was deleted while the fortune was being written
        }
    }

    private IEnumerable<FortuneStreamEvent> Finished(FortuneGenerationResult result, long started, AiUsage usage)
    {
        var c = result.Fortune.Categories;
        foreach (var (name, category) in new[] { ("overall", c.Overall), ("wealth", c.Wealth), ("love", c.Love), ("health", c.Health), ("career", c.Career) })
            yield return new(FortuneStreamEvent.Category, new FortuneStreamCategoryDto(name, category.Score, category.Description));
        // A fortune that lost a race to a concurrent identical call is answered with the winner's (cached) — its
        // spent tokens still count, as in the generation log.
        var stats = new FortuneStreamStatsDto((long)clock.GetElapsedTime(started).TotalMilliseconds, result.Cached,
            new FortuneStreamTokensDto(usage.InputTokens, usage.OutputTokens, usage.TotalTokens), usage.CostUsd);
        yield return new(FortuneStreamEvent.Done, new FortuneStreamDoneDto(result.Fortune, stats));
    }

    /// <summary>The built-in reading's text, already complete, in the pieces a model stream would bring.</summary>
    internal static IEnumerable<FortuneTextPiece> BuiltinPieces(FortuneContent content)
    {
        var c = content.Categories;
        var fields = new[]
        {
            ("summary", content.Summary), ("categories.overall.description", c.Overall.Description),
            ("categories.wealth.description", c.Wealth.Description), ("categories.love.description", c.Love.Description),
            ("categories.health.description", c.Health.Description), ("categories.career.description", c.Career.Description),
        };
        foreach (var (field, text) in fields)
            foreach (var chunk in Chunks(text, BuiltinChunkLength))
                yield return new FortuneTextPiece(field, chunk);
    }

    /// <summary>Cuts after the first space at or beyond <paramref name="length"/> characters; the pieces join back to the text.</summary>
    internal static IEnumerable<string> Chunks(string text, int length)
    {
        var start = 0;
        while (start < text.Length)
        {
            var space = start + length < text.Length ? text.IndexOf(' ', start + length) : -1;
            var end = space < 0 ? text.Length : space + 1;
            yield return text[start..end];
            start = end;
        }
    }

    private static FortuneStreamErrorDto Error(ProductApiException e) => new(e.Code, FortuneRefusal.TypeOf(e.Kind), e.Message);

    private static FortuneStreamErrorDto Unexpected() =>
        new(FortuneErrorCodes.InternalError, FortuneErrorTypes.ServerError, "An unexpected error occurred while the fortune was written.");
}
