namespace Forge.Hosting.AI;

/// <summary>The model providers Forge can talk to.</summary>
public enum AiProvider
{
    Anthropic,
    OpenAI,
}
