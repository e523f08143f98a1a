using Forge.Hosting.Modularity;
using Forge.Hosting.Data;
using Forge.Hosting.BackgroundJobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Forge.Hosting.Idempotency;

/// <summary>The module context that keeps a product's idempotency keys.</summary>
public sealed record IdempotencyStoreContext(string Product, Type ContextType);

public static class IdempotencyRegistration
{
    /// <summary>
    /// Keeps <paramref name="product"/>'s idempotency keys in <typeparamref name="TContext"/> (its
    /// <c>&lt;context&gt;_idempotency_keys</c> table), so a claim lives in the module's own database (ADR 32).
    /// </summary>
    public static IServiceCollection AddIdempotencyStore<TContext>(this IServiceCollection services, string product)
        where TContext : ForgeDbContext
    {
        services.AddSingleton(new IdempotencyStoreContext(product, typeof(TContext)));
        return services;
    }

    /// <summary>The kernel's recurring cleanup of expired keys in every module context (the host calls this once).</summary>
    public static IServiceCollection AddIdempotencyCleanup(this IServiceCollection services)
    {
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddRecurringJob<IdempotencyKeySweeper>(IdempotencyKeySweeper.Name,
            sp => TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<IdempotencyOptions>>().Value.SweepIntervalSeconds));
    }
}
