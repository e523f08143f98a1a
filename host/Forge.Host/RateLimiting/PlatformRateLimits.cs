using System.Collections.Concurrent;
using Forge.Hosting.RateLimiting;
using Microsoft.Extensions.Options;

namespace Forge.Host.RateLimiting;

/// <summary>
/// The platform's policies as kernel quota rules (ADR 34): one rule per policy, named after it, partitioned by
/// caller (tenant, else credential, else client IP), its limit and window from <see cref="RateLimitOptions"/>.
/// Counted under the <c>platform</c> scope, apart from the products' own quotas.
/// </summary>
public sealed class PlatformRateLimits(IOptions<RateLimitOptions> options)
{
    public const string Scope = "platform";
    private readonly ConcurrentDictionary<string, QuotaRule[]> _rules = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The rules of <paramref name="policy"/>: one, or none when its limit is 0.</summary>
    public QuotaRule[] For(string policy) => _rules.GetOrAdd(policy, Build);

    private QuotaRule[] Build(string policy)
    {
        var settings = options.Value.For(policy);
        var limit = settings.PermitLimit ?? RateLimitOptions.DefaultLimit(policy);
        if (limit <= 0) return [];
        var window = TimeSpan.FromSeconds(settings.WindowSeconds);
        var permits = ValueTask.FromResult<long?>(limit);
        return [new QuotaRule(policy.ToLowerInvariant(), QuotaPartition.Caller, window, _ => permits,
            l => $"Rate limit of {l} requests per {window.TotalSeconds:0} s exceeded")];
    }
}
