using Forge.Hosting.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.Webhooks;

/// <summary>A product's declared retry policy; configuration may still override it per value.</summary>
public sealed record WebhookProductRetryPolicy(string Product, WebhookRetryPolicy Policy);

public static class WebhookRetryPolicyExtensions
{
    /// <summary>
    /// Declares how <paramref name="product"/>'s deliveries (those whose <see cref="WebhookMessage.Owner"/> names
    /// it) are retried, e.g. Analysis's "3 retries, 2 s apart" = <c>new(4, TimeSpan.FromSeconds(2))</c>.
    /// <c>Forge:Webhooks:Products:&lt;product&gt;:{MaxAttempts, RetryIntervalSeconds, RetryBackoffMultiplier,
    /// MaxRetryIntervalSeconds}</c> overrides single values. A product that declares nothing uses the host
    /// default (<c>Forge:Webhooks:MaxAttempts</c> × <c>RetryIntervalSeconds</c>).
    /// </summary>
    public static ModuleServiceContext AddWebhookRetryPolicy(this ModuleServiceContext context, string product, WebhookRetryPolicy policy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(product);
        if (policy.FindProblem($"The webhook retry policy of '{product}'") is { } problem) throw new ArgumentException(problem, nameof(policy));
        context.Services.AddSingleton(new WebhookProductRetryPolicy(product, policy));
        return context;
    }
}
