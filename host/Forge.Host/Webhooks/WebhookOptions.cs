using Forge.Hosting.Webhooks;
using Microsoft.Extensions.Options;

namespace Forge.Host.Webhooks;

/// <summary>Everything under <c>Forge:Webhooks</c>, bound and validated at start.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Forge:Webhooks";

    /// <summary>Allow loopback/private/link-local and plain-http targets (development, tests).</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>One attempt's HTTP timeout.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>The host default policy: attempts in all (Fortune's 5 × 30 s).</summary>
    public int MaxAttempts { get; set; } = 5;

    public double RetryIntervalSeconds { get; set; } = 30;

    public double RetryBackoffMultiplier { get; set; } = 1;

    public double? MaxRetryIntervalSeconds { get; set; }

    /// <summary>Per-product overrides of single values of the product's declared (or the default) policy.</summary>
    public Dictionary<string, WebhookRetryOverride> Products { get; } = new(StringComparer.OrdinalIgnoreCase);

    public WebhookRetryPolicy DefaultPolicy => new(MaxAttempts, TimeSpan.FromSeconds(RetryIntervalSeconds), RetryBackoffMultiplier,
        MaxRetryIntervalSeconds is { } max ? TimeSpan.FromSeconds(max) : null);
}

/// <summary><c>Forge:Webhooks:Products:&lt;product&gt;</c>: the values set here replace the declared ones.</summary>
public sealed class WebhookRetryOverride
{
    public int? MaxAttempts { get; set; }
    public double? RetryIntervalSeconds { get; set; }
    public double? RetryBackoffMultiplier { get; set; }
    public double? MaxRetryIntervalSeconds { get; set; }

    public WebhookRetryPolicy ApplyTo(WebhookRetryPolicy policy) => new(
        MaxAttempts ?? policy.MaxAttempts,
        RetryIntervalSeconds is { } interval ? TimeSpan.FromSeconds(interval) : policy.Interval,
        RetryBackoffMultiplier ?? policy.BackoffMultiplier,
        MaxRetryIntervalSeconds is { } max ? TimeSpan.FromSeconds(max) : policy.MaxInterval);
}

/// <summary>Refuses a start with a policy (default, declared or overridden) that could not work.</summary>
internal sealed class WebhookOptionsValidator(IEnumerable<WebhookProductRetryPolicy> declared) : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        if (options.TimeoutSeconds is <= 0 or > 300) return ValidateOptionsResult.Fail($"{WebhookOptions.SectionName}:TimeoutSeconds must be above 0 and at most 300.");
        if (options.RetryIntervalSeconds is < 0 || options.MaxRetryIntervalSeconds is < 0)
            return ValidateOptionsResult.Fail($"{WebhookOptions.SectionName}: retry intervals must not be negative.");
        var problems = new List<string>();
        if (options.DefaultPolicy.FindProblem(WebhookOptions.SectionName) is { } problem) problems.Add(problem);
        foreach (var (product, policy) in WebhookRetryPolicies.ProductPolicies(options, declared))
            if (policy.FindProblem($"{WebhookOptions.SectionName}:Products:{product}") is { } p) problems.Add(p);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
