using Forge.Fortune.Application.Status;
using Forge.Fortune.Domain.Readings;
using Forge.Fortune.Domain.Saju;
using Forge.Hosting.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>
/// Asks a configured model for a fortune and checks the reply before it can be stored. A provider that
/// fails (after the kernel's retries) or a model that twice answers with an invalid object is a 503
/// <c>service_unavailable</c>: nothing is stored, and the built-in engine does not stand in silently.
/// Every call's outcome goes to <see cref="ModelCallOutcomes"/>, the status page's view of the model's health.
/// </summary>
internal sealed class AiFortuneWriter(IAiChatClientFactory ai, ModelCallOutcomes outcomes, ILogger logger)
{
    /// <summary>One corrective retry: the model is told what was wrong with its first reply.</summary>
    public const int MaxAttempts = 2;

    internal static readonly ChatOptions Options = new() { MaxOutputTokens = 2000, Temperature = 0.7f };

    public async Task<FortuneContent> WriteAsync(string alias, INatalChart chart, ReadingPeriod period, CancellationToken ct)
    {
        var model = ai.Describe(alias);
        var client = ai.GetClient(alias);
        try
        {
            var result = await AiStructuredOutput.GetAsync<AiFortuneReply>(client, AiFortunePrompt.Messages(chart, period),
                AiFortuneReply.Validate, Options, MaxAttempts, AiFortuneReply.Json, ct);
            outcomes.Succeeded(alias);
            var (score, summary, categories, lucky) = result.Value.ToWire();
            return new FortuneContent(score, summary, categories, lucky, model.Alias,
                model.Engine, model.ModelId, result.UsageFor(model)); // every attempt's tokens, the corrective retry included
        }
        catch (AiProviderException e)
        {
            throw ProviderFailed(logger, outcomes, alias, e);
        }
        catch (AiStructuredOutputException e)
        {
            throw InvalidReply(logger, outcomes, alias, e);
        }
    }

    /// <summary>The 503 a provider failure becomes (logged and counted), for the paths that call the model themselves.</summary>
    internal static ProductApiException ProviderFailed(ILogger logger, ModelCallOutcomes outcomes, string alias, AiProviderException e)
    {
        outcomes.Failed(alias, InputParsing.Wire(e.Kind));
        logger.LogWarning(e, "Fortune generation with {Model} failed at the provider ({Kind})", alias, e.Kind);
        return Unavailable($"The AI model '{alias}' is unavailable right now ({e.Kind}); try again later or use another model.");
    }

    /// <summary>The 503 a reply that is not a valid fortune becomes (logged and counted).</summary>
    internal static ProductApiException InvalidReply(ILogger logger, ModelCallOutcomes outcomes, string alias, AiStructuredOutputException e)
    {
        outcomes.Failed(alias, "invalid_reply");
        logger.LogWarning("Fortune generation with {Model} returned no valid fortune: {Errors}", alias, string.Join("; ", e.Errors));
        return Unavailable($"The AI model '{alias}' did not produce a valid fortune; try again later.");
    }

    private static ProductApiException Unavailable(string message) =>
        new(ProductErrorKind.Unavailable, FortuneErrorCodes.ServiceUnavailable, message);
}
