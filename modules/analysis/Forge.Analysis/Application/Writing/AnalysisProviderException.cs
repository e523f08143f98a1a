using Forge.Analysis.HttpApi;
using Forge.Hosting.AI;

namespace Forge.Analysis.Application.Writing;

/// <summary>
/// The AI provider could not write an analysis's text; <see cref="Code"/> is the seed's SVC code the analysis fails
/// with (ADR 40, 47): SVC002 when the circuit is open, SVC003 when the provider timed out, SVC001 for every other
/// outage (5xx, 429 after the retries, network, a refused key) and for replies still invalid after the repair turn.
/// </summary>
internal sealed class AnalysisProviderException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public static AnalysisProviderException From(AiFailureKind kind) => kind switch
    {
        AiFailureKind.CircuitOpen => new(AnalysisErrorCodes.CircuitOpen,
            "The AI provider is failing and its circuit breaker is open; the credit was released. Try again later."),
        AiFailureKind.Timeout => new(AnalysisErrorCodes.DependencyTimeout,
            "The AI provider did not answer in time; the credit was released. Try again later."),
        _ => new(AnalysisErrorCodes.Unavailable,
            $"The AI provider is unavailable ({kind}); the credit was released. Try again later."),
    };
}
