using Forge.Hosting.Webhooks;
using Microsoft.Extensions.Options;

namespace Forge.Host.Webhooks;

/// <summary>
/// Picks a message's retry policy: its own, else its owner product's (declared by the module, values
/// overridden by <c>Forge:Webhooks:Products:&lt;product&gt;</c>), else the host default from <c>Forge:Webhooks</c>.
/// </summary>
public sealed class WebhookRetryPolicies
{
    private readonly WebhookRetryPolicy _default;
    private readonly Dictionary<string, WebhookRetryPolicy> _products;

    public WebhookRetryPolicies(IOptions<WebhookOptions> options, IEnumerable<WebhookProductRetryPolicy> declared)
    {
        _default = options.Value.DefaultPolicy;
        _products = ProductPolicies(options.Value, declared).ToDictionary(p => p.Product, p => p.Policy, StringComparer.OrdinalIgnoreCase);
    }

    public WebhookRetryPolicy For(WebhookMessage message) =>
        message.RetryPolicy
        ?? (message.Owner is { } owner && _products.TryGetValue(owner.Product, out var policy) ? policy : _default);

    /// <summary>Every product with a declared or configured policy, overrides applied.</summary>
    internal static IEnumerable<(string Product, WebhookRetryPolicy Policy)> ProductPolicies(
        WebhookOptions options, IEnumerable<WebhookProductRetryPolicy> declared)
    {
        var policies = new Dictionary<string, WebhookRetryPolicy>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in declared) policies[d.Product] = d.Policy;
        foreach (var (product, overrides) in options.Products)
            policies[product] = overrides.ApplyTo(policies.GetValueOrDefault(product) ?? options.DefaultPolicy);
        return policies.Select(p => (p.Key, p.Value));
    }
}
