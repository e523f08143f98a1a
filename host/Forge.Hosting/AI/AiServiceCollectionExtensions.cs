using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Forge.Hosting.AI;

public static class AiServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAiModelCatalog"/> and <see cref="IAiChatClientFactory"/> from <c>Forge:AI</c> and the
    /// products' declared aliases, one pipelined HTTP client per named provider, and the "Forge.AI" meter.
    /// </summary>
    /// <exception cref="AiConfigurationException">The configuration cannot work; the message names the key.</exception>
    public static IServiceCollection AddForgeAi(this IServiceCollection services, IConfiguration configuration)
    {
        // Checked now, so a bad section stops start-up; modules' aliases join when the options are first used.
        var providers = ForgeAiOptions.BindProviders(configuration);
        var resilience = ForgeAiOptions.Bind(configuration).Resilience;
        services.AddSingleton(sp => ForgeAiOptions.Bind(configuration, sp.GetServices<AiProductAliases>()));
        // Built while the host starts (ADR 33): a product alias defined nowhere stops start-up, not the first AI call.
        services.AddOptions<AiStartCheck>().Configure<ForgeAiOptions>((check, options) => check.Aliases = options.Models.Count).ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<AiMetrics>();
        services.TryAddSingleton<AiCallRecorder>();
        services.TryAddSingleton<AiChatClientFactory>();
        services.TryAddSingleton<IAiChatClientFactory>(sp => sp.GetRequiredService<AiChatClientFactory>());
        services.TryAddSingleton<IAiModelCatalog>(sp => sp.GetRequiredService<AiChatClientFactory>());

        foreach (var provider in providers)
        {
            services.AddHttpClient(AiProviderClients.HttpClientName(provider.Name), c => c.Timeout = Timeout.InfiniteTimeSpan)
                .AddStandardResilienceHandler(o => Apply(resilience, o));
        }
        return services;
    }

    private static void Apply(AiResilienceOptions source, HttpStandardResilienceOptions target)
    {
        target.TotalRequestTimeout.Timeout = source.TotalTimeout;
        target.AttemptTimeout.Timeout = source.AttemptTimeout;
        target.Retry.MaxRetryAttempts = source.MaxRetryAttempts;
        target.Retry.Delay = source.RetryBaseDelay;
        target.Retry.BackoffType = DelayBackoffType.Exponential;
        target.Retry.UseJitter = true;
        target.Retry.ShouldRetryAfterHeader = true;
        target.CircuitBreaker.FailureRatio = source.CircuitFailureRatio;
        target.CircuitBreaker.MinimumThroughput = source.CircuitMinimumThroughput;
        target.CircuitBreaker.SamplingDuration = source.CircuitSamplingDuration;
        target.CircuitBreaker.BreakDuration = source.CircuitBreakDuration;
    }
}

internal sealed class AiStartCheck
{
    public int Aliases { get; set; }
}
