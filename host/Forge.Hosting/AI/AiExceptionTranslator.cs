using System.ClientModel;
using Anthropic.Exceptions;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Forge.Hosting.AI;

/// <summary>
/// Turns whatever an SDK threw into an <see cref="AiProviderException"/>. The resilience pipeline sits
/// under the SDKs (inside their HttpClient), so its exceptions arrive wrapped in the SDK's own;
/// the chain of inner exceptions is searched for the first that tells the story.
/// </summary>
internal static class AiExceptionTranslator
{
    public static AiProviderException? Translate(Exception exception, AiModelInfo model)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case AiProviderException:
                    return null;
                case BrokenCircuitException:
                    return Create(model, AiFailureKind.CircuitOpen, null, "The circuit is open after repeated failures; the provider was not called.", exception);
                case TimeoutRejectedException or TimeoutException:
                    return Create(model, AiFailureKind.Timeout, null, e.Message, exception);
                case AnthropicApiException api:
                    return FromStatus(model, (int)api.StatusCode, exception);
                case ClientResultException { Status: > 0 } result:
                    return FromStatus(model, result.Status, exception);
            }
        }
        return exception switch
        {
            AnthropicException or ClientResultException or HttpRequestException or IOException =>
                Create(model, AiFailureKind.Network, null, exception.Message, exception),
            _ => null,
        };
    }

    private static AiProviderException FromStatus(AiModelInfo model, int status, Exception exception)
    {
        var kind = status switch
        {
            401 or 403 => AiFailureKind.Unauthorized,
            408 => AiFailureKind.Timeout,
            429 => AiFailureKind.RateLimited,
            >= 500 => AiFailureKind.Unavailable,
            _ => AiFailureKind.BadRequest,
        };
        return Create(model, kind, status, exception.Message, exception);
    }

    private static AiProviderException Create(AiModelInfo model, AiFailureKind kind, int? status, string message, Exception inner) =>
        new(model.Alias, model.Provider, kind, status, message, inner);
}
