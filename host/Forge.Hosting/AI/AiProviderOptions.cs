namespace Forge.Hosting.AI;

/// <summary>
/// One provider's credentials and endpoint, bound from <c>Forge:AI:Providers:Anthropic</c> or
/// <c>Forge:AI:Providers:OpenAI</c>. A provider without an API key is not configured, and neither is
/// any alias that uses it.
/// </summary>
public sealed class AiProviderOptions
{
    public string? ApiKey { get; set; }

    /// <summary>
    /// The base URL in the form the provider's SDK takes: Anthropic's without a version
    /// (<c>https://api.anthropic.com</c>), OpenAI's with it (<c>https://api.openai.com/v1</c>).
    /// Empty means the provider's production endpoint.
    /// </summary>
    public string? BaseUrl { get; set; }

    public bool HasApiKey => !string.IsNullOrWhiteSpace(ApiKey);
}
