namespace Forge.Hosting.AI;

/// <summary>
/// One model alias, bound from <c>Forge:AI:Models:&lt;alias&gt;</c>. Prices are US dollars per million
/// tokens, the unit the providers publish.
/// </summary>
public sealed class AiModelOptions
{
    /// <summary>The name of a provider under <c>Forge:AI:Providers</c> (e.g. <c>Anthropic</c>, <c>groq</c>).</summary>
    public string Provider { get; set; } = "";

    /// <summary>The provider's own model id, e.g. <c>claude-3-5-haiku-latest</c> or <c>gpt-4o</c>.</summary>
    public string Model { get; set; } = "";

    public decimal InputCostPerMTok { get; set; }

    public decimal OutputCostPerMTok { get; set; }

    public AiModelOptions Copy() => (AiModelOptions)MemberwiseClone();
}
