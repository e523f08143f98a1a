namespace Forge.Hosting.AI;

/// <summary>An alias that is neither built in nor configured: a programming or configuration error.</summary>
public sealed class AiModelNotFoundException(string alias)
    : InvalidOperationException($"No AI model alias '{alias}' is defined (see Forge:AI:Models).")
{
    public string Alias { get; } = alias;
}
