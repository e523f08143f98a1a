using Microsoft.Extensions.AI;

namespace Forge.Hosting.AI;

/// <summary>
/// The configured aliases, and clients for them. Each client gets a fresh <see cref="HttpClient"/> from
/// the factory (so handler rotation works); the resilience pipeline behind it, and so the circuit
/// breaker's state, is shared per named provider.
/// </summary>
internal sealed class AiChatClientFactory(
    ForgeAiOptions options, IHttpClientFactory httpClients, AiMetrics metrics, TimeProvider time, AiCallRecorder recorder) : IAiChatClientFactory
{
    public IReadOnlyCollection<string> Aliases => options.Models.Keys;

    public IReadOnlyCollection<string> AliasesFor(string product) =>
        options.ProductAliases.TryGetValue(product, out var aliases)
            ? aliases.Select(a => options.Models.Keys.First(k => string.Equals(k, a, StringComparison.OrdinalIgnoreCase)))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : [];

    public bool IsConfigured(string alias) =>
        options.Models.TryGetValue(alias, out var model) && IsUsable(model);

    public AiModelInfo Describe(string alias)
    {
        if (!options.Models.TryGetValue(alias, out var model)) throw new AiModelNotFoundException(alias);
        // Report the alias as asked for, in the catalog's spelling, so metrics do not split by case.
        var key = options.Models.Keys.First(k => string.Equals(k, alias, StringComparison.OrdinalIgnoreCase));
        var provider = options.Provider(model.Provider);
        return new AiModelInfo(key, provider.Kind!.Value, model.Model, model.InputCostPerMTok, model.OutputCostPerMTok, IsUsable(model), provider.Name);
    }

    public IChatClient GetClient(string alias) => GetClient(alias, product: null);

    public IChatClient GetClient(string alias, string? product)
    {
        var model = Describe(alias);
        if (!model.IsConfigured) throw new AiNotConfiguredException(model.Alias, model.Provider, model.ProviderName);
        var http = httpClients.CreateClient(AiProviderClients.HttpClientName(model.ProviderName));
        var sdkClient = AiProviderClients.Create(model, options.Provider(model.ProviderName), http, options.Resilience);
        return new ForgeAiChatClient(sdkClient, model, metrics, time, recorder, product);
    }

    private bool IsUsable(AiModelOptions model) =>
        !string.IsNullOrWhiteSpace(model.Model) && options.Provider(model.Provider).HasApiKey;
}
