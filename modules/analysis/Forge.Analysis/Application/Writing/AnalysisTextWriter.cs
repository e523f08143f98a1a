using Forge.Analysis.Contracts.Results;
using Forge.Analysis.HttpApi;
using Forge.Hosting.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Forge.Analysis.Application.Writing;

/// <summary>
/// Who writes the evaluative text of a production analysis (ADR 47): the first alias configured for the product
/// (<c>Forge:AI:Products:analysis:Aliases</c>) whose provider has a key, else the built-in engine, whose result is
/// then returned unchanged. The sandbox never comes here: its result is always the built-in engine's (ADR 40).
/// </summary>
internal sealed class AnalysisTextWriter(IAiChatClientFactory ai, ILogger<AnalysisTextWriter> logger)
{
    /// <summary>One repair turn: the model is told what was wrong with its first reply (issue 10).</summary>
    public const int MaxAttempts = 2;

    private static readonly ChatOptions Options = new() { MaxOutputTokens = 4000, Temperature = 0.3f };

    /// <summary>The engine that answers now: <see cref="AiEngineChoice.BuiltInEngine"/> when no alias is configured.</summary>
    public AiEngineChoice Choice() =>
        ai.AliasesFor(AnalysisProduct.Name).FirstOrDefault() is { } alias ? AiEngineChoice.For(ai, alias) : AiEngineChoice.BuiltInEngine;

    /// <summary>The engine's result with the model's text, or unchanged when no provider is configured.</summary>
    /// <exception cref="AnalysisProviderException">The provider failed or never gave a valid reply (SVC001–SVC003).</exception>
    public async Task<AnalysisResult> WriteAsync(AnalysisResult engine, CancellationToken ct)
    {
        var choice = Choice();
        if (choice.IsBuiltIn) return engine;
        try
        {
            var reply = await AiStructuredOutput.GetAsync<AiAnalysisReply>(ai.GetClient(choice.Model, AnalysisProduct.Name),
                AiAnalysisPrompt.Messages(engine), r => AiAnalysisReplyRules.Validate(r, engine), Options, MaxAttempts, AiAnalysisReply.Json, ct);
            return AiAnalysisReplyRules.Merge(engine, reply.Value, choice.Engine);
        }
        catch (AiProviderException e)
        {
            // The kind and status only: the provider's message may echo the prompt, which quotes the resume.
            logger.LogWarning("Analysis text by {Model} failed at the provider: {Kind} {Status}", choice.Model, e.Kind, e.StatusCode);
            throw AnalysisProviderException.From(e.Kind);
        }
        catch (AiStructuredOutputException e)
        {
            logger.LogWarning("Analysis text by {Model} was not valid after {Attempts} replies", choice.Model, e.Attempts);
            throw new AnalysisProviderException(AnalysisErrorCodes.Unavailable,
                "The AI provider did not produce a valid analysis; the credit was released. Try again later.");
        }
    }
}
