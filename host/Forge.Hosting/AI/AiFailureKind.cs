namespace Forge.Hosting.AI;

/// <summary>Why a provider call failed, in the terms a caller decides on.</summary>
public enum AiFailureKind
{
    /// <summary>The API key was refused (401/403). Retrying will not help.</summary>
    Unauthorized,

    /// <summary>The request was refused as invalid (other 4xx). Retrying will not help.</summary>
    BadRequest,

    /// <summary>Still rate limited (429) after the retries.</summary>
    RateLimited,

    /// <summary>The provider kept failing (5xx, Anthropic's 529 overloaded) after the retries.</summary>
    Unavailable,

    /// <summary>Attempts or the whole call ran out of time.</summary>
    Timeout,

    /// <summary>Recent calls failed so often that the circuit is open; the provider was not called.</summary>
    CircuitOpen,

    /// <summary>The connection failed or the response could not be read.</summary>
    Network,
}
