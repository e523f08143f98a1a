using System.Net;
using Forge.NotionForge.Notion.Rate;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;
using StackExchange.Redis;

namespace Forge.NotionForge.Notion;

public static class NotionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="NotionClient"/> with options from <see cref="NotionOptions.Section"/> (validated at start)
    /// and its pipeline, outermost first: retry (429 honouring <c>Retry-After</c>, 409, 5xx; jittered, bounded) →
    /// per-connection rate gate (Redis when an <see cref="IConnectionMultiplexer"/> is registered) → attempt timeout.
    /// </summary>
    public static IServiceCollection AddNotionClient(this IServiceCollection services)
    {
        services.AddOptions<NotionOptions>().BindConfiguration(NotionOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotionOptions>, NotionOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InMemoryNotionRateGate>();
        services.TryAddSingleton<INotionRateGate>(sp => sp.GetService<IConnectionMultiplexer>() is { } redis
            ? new RedisNotionRateGate(redis, sp.GetRequiredService<InMemoryNotionRateGate>(),
                sp.GetRequiredService<IOptions<NotionOptions>>(), sp.GetRequiredService<ILogger<RedisNotionRateGate>>())
            : sp.GetRequiredService<InMemoryNotionRateGate>());
        services.TryAddTransient<NotionRateLimitHandler>();

        var http = services.AddHttpClient<NotionClient>((sp, client) =>
            {
                client.BaseAddress = sp.GetRequiredService<IOptions<NotionOptions>>().Value.BaseUrl;
                client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's attempt timeout governs
            });
        http.AddResilienceHandler("notion-retry", (builder, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<NotionOptions>>().Value;
                builder.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, o.MaxRetryAttempts),
                    Delay = o.RetryBaseDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(o.MaxRetryAttempts > 0 && ShouldRetry(args.Outcome, args.Context)),
                });
            });
        http.AddHttpMessageHandler<NotionRateLimitHandler>();
        http.AddResilienceHandler("notion-attempt", (builder, context) =>
                builder.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<NotionOptions>>().Value.AttemptTimeout));
        return services;
    }

    /// <summary>
    /// 429, 409 (Notion: "retry with fresh data") and 5xx are retried; a lost connection or a timeout only for a
    /// read, since a create that may have landed must not be sent twice.
    /// </summary>
    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context) => outcome switch
    {
        { Result: { } r } => r.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.Conflict || (int)r.StatusCode >= 500,
        { Exception: HttpRequestException or TimeoutRejectedException } => context.GetRequestMessage()?.Method == HttpMethod.Get,
        _ => false,
    };
}
