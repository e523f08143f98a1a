using Forge.Hosting.ProductApi;
using Forge.Hosting.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.HttpApi;

/// <summary>The seed's request quota (<c>Forge:NotionForge</c>): 60 requests a minute per client IP; <c>/health*</c> is not counted.</summary>
public sealed class NotionForgeRateLimitOptions
{
    public const string Section = "Forge:NotionForge";

    /// <summary>Requests per window per client IP; 0 turns the quota off.</summary>
    public int RateLimitPerMinute { get; set; } = 60;

    /// <summary>The window (60 s). Tests only: a window that cannot roll over mid-test (ADR 34).</summary>
    public long RateLimitWindowSeconds { get; set; } = 60;
}

internal sealed class NotionForgeRateLimitOptionsValidator : IValidateOptions<NotionForgeRateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, NotionForgeRateLimitOptions o)
    {
        var errors = new List<string>();
        if (o.RateLimitPerMinute < 0) errors.Add($"{NotionForgeRateLimitOptions.Section}:RateLimitPerMinute must be 0 (off) or more.");
        if (o.RateLimitWindowSeconds is < 1 or > int.MaxValue) errors.Add($"{NotionForgeRateLimitOptions.Section}:RateLimitWindowSeconds must be between 1 and {int.MaxValue}.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

/// <summary>
/// The quota as one kernel rule (ADR 34) on NotionForge's routes: counted by <c>QuotaGate</c> per client IP, past the
/// limit <c>RATE_LIMITED</c> 429 in ADR 42's envelope with <c>Retry-After</c> and <c>details.retry_after</c>.
/// </summary>
internal static class NotionForgeQuota
{
    public static TBuilder WithNotionForgeQuota<TBuilder>(this TBuilder builder, IServiceProvider services) where TBuilder : IEndpointConventionBuilder
    {
        var monitor = services.GetRequiredService<IOptionsMonitor<NotionForgeRateLimitOptions>>();
        var rule = new QuotaRule("ip-minute", QuotaPartition.Ip, TimeSpan.FromSeconds(monitor.CurrentValue.RateLimitWindowSeconds),
            _ => ValueTask.FromResult<long?>(monitor.CurrentValue.RateLimitPerMinute is > 0 and var limit ? limit : null),
            limit => $"Rate limit of {limit} requests per minute exceeded.");
        return builder.WithQuotas(NotionForgeProduct.Name, rule);
    }
}
