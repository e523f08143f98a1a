using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Forge.Hosting.AI;

public static class AiServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAiModelCatalog"/> and <see cref="IAiChatClientFactory"/> from <c>Forge:AI</c>,
    /// one pipelined HTTP client per provider, and the "Forge.AI" meter.
    /// </summary>
    public static IServiceCollection AddForgeAi(this IServiceCollection services, IConfiguration configuration)
    {
        var options = ForgeAiOptions.Bind(configuration);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<AiMetrics>();
        services.TryAddSingleton<AiChatClientFactory>();
        services.TryAddSingleton<IAiChatClientFactory>(sp => sp.GetRequiredService<AiChatClientFactory>());
        services.TryAddSingleton<IAiModelCatalog>(sp => sp.GetRequiredService<AiChatClientFactory>());

        foreach (var provider in Enum.GetValues<AiProvider>())
        {
            services.AddHttpClient(AiProviderClients.HttpClientName(provider), c => c.Timeout = Timeout.InfiniteTimeSpan)
                .AddStandardResilienceHandler(o => Apply(options.Resilience, o));
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
