using Forge.Hosting.Modularity;
using Forge.Hosting.RateLimiting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Forge.Host.RateLimiting;

public static class RateLimitingSetup
{
    /// <summary>
    /// The quota counters (in Redis when an <see cref="IConnectionMultiplexer"/> is registered, so the limit holds
    /// across hosts; in memory otherwise) and the platform's policies, validated at start.
    /// </summary>
    public static IServiceCollection AddForgeRateLimiting(this IServiceCollection services, bool redis)
    {
        if (redis) services.AddSingleton<IRateLimitCounter, RedisRateLimitCounter>();
        else services.AddSingleton<IRateLimitCounter, InMemoryRateLimitCounter>();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidation>();
        services.AddSingleton<PlatformRateLimits>();
        return services;
    }

    private sealed class RateLimitOptionsValidation : IValidateOptions<RateLimitOptions>
    {
        public ValidateOptionsResult Validate(string? name, RateLimitOptions options) =>
            options.Faults().ToList() is { Count: > 0 } faults ? ValidateOptionsResult.Fail(faults) : ValidateOptionsResult.Success;
    }
}
