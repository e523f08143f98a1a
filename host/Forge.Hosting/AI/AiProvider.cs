namespace Forge.Hosting.AI;

/// <summary>
/// The kind of API a configured provider speaks (<c>Forge:AI:Providers:&lt;name&gt;:Kind</c>). Several named
/// providers may share a kind, e.g. OpenAI itself plus Groq and Gemini's OpenAI endpoint as OpenAICompatible.
/// </summary>
public enum AiProvider
{
    Anthropic,
    OpenAI,

    /// <summary>An OpenAI-compatible Chat Completions endpoint at its own <c>BaseUrl</c> (required).</summary>
    OpenAICompatible,
}
