using System.ClientModel;
using System.ClientModel.Primitives;
using Anthropic;
using Anthropic.Core;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace Forge.Hosting.AI;

/// <summary>
/// Builds the providers' official SDK clients over Forge's pipelined <see cref="HttpClient"/>s. The SDKs'
/// own retries are switched off and their timeouts pushed past the pipeline's: retrying in two places
/// would multiply attempts and hide the circuit breaker's view of the provider.
/// </summary>
internal static class AiProviderClients
{
    /// <summary>The named <see cref="IHttpClientFactory"/> client of a provider (one pipeline and circuit per name).</summary>
    public static string HttpClientName(string providerName) => $"Forge.AI.{providerName}";

    public static IChatClient Create(AiModelInfo model, AiProviderOptions provider, HttpClient http, AiResilienceOptions resilience)
    {
        // Only a safety net: the pipeline's total timeout fires first and says why.
        var sdkTimeout = resilience.TotalTimeout + TimeSpan.FromSeconds(5);
        return model.Provider switch
        {
            AiProvider.Anthropic => CreateAnthropic(model, provider, http, sdkTimeout),
            AiProvider.OpenAI or AiProvider.OpenAICompatible => CreateOpenAi(model, provider, http, sdkTimeout),
            _ => throw new ArgumentOutOfRangeException(nameof(model), model.Provider, "Unknown AI provider."),
        };
    }

    private static IChatClient CreateAnthropic(AiModelInfo model, AiProviderOptions provider, HttpClient http, TimeSpan timeout)
    {
        var options = new ClientOptions
        {
            ApiKey = provider.ApiKey!,
            HttpClient = http,
            MaxRetries = 0,
            Timeout = timeout,
        };
        if (!string.IsNullOrWhiteSpace(provider.BaseUrl)) options.BaseUrl = provider.BaseUrl.TrimEnd('/');
        return new AnthropicClient(options).AsIChatClient(model.ModelId);
    }

    private static IChatClient CreateOpenAi(AiModelInfo model, AiProviderOptions provider, HttpClient http, TimeSpan timeout)
    {
        var options = new OpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = timeout,
        };
        if (!string.IsNullOrWhiteSpace(provider.BaseUrl)) options.Endpoint = new Uri(provider.BaseUrl.TrimEnd('/'));
        return new ChatClient(model.ModelId, new ApiKeyCredential(provider.ApiKey!), options).AsIChatClient();
    }
}
