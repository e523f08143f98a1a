namespace Forge.Hosting.AI;

/// <summary>
/// One named provider, bound from <c>Forge:AI:Providers:&lt;name&gt;</c>. A provider without an API key is not
/// configured, and neither is any alias that uses it. The names <c>Anthropic</c> and <c>OpenAI</c> always exist
/// and imply their kind, so the keys of earlier versions keep working unchanged.
/// </summary>
public sealed class AiProviderOptions
{
    /// <summary>The configuration key's name, e.g. <c>groq</c>; also the engine label modules report.</summary>
    public string Name { get; set; } = "";

    /// <summary>Required for every name other than <c>Anthropic</c> and <c>OpenAI</c>.</summary>
    public AiProvider? Kind { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>
    /// The base URL in the form the provider's SDK takes: Anthropic's without a version
    /// (<c>https://api.anthropic.com</c>), OpenAI's and compatible ones' with it (<c>https://api.openai.com/v1</c>,
    /// <c>https://api.groq.com/openai/v1</c>). Empty means the kind's production endpoint (not allowed for
    /// OpenAICompatible).
    /// </summary>
    public string? BaseUrl { get; set; }

    public bool HasApiKey => !string.IsNullOrWhiteSpace(ApiKey);
}
