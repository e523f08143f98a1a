using System.Globalization;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.Notion;

/// <summary>How Forge talks to Notion (<c>Forge:NotionForge:Notion</c>); validated at start (ADR 41).</summary>
public sealed class NotionOptions
{
    public const string Section = "Forge:NotionForge:Notion";

    /// <summary>The oldest <c>Notion-Version</c> the client is written for: databases hold data sources.</summary>
    public const string MinimumVersion = "2025-09-03";

    /// <summary>Notion's API root; the fake Notion server's address in tests and local development.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.notion.com/");

    /// <summary>The pinned <c>Notion-Version</c> header, <see cref="MinimumVersion"/> or newer.</summary>
    public string Version { get; set; } = MinimumVersion;

    /// <summary>Average requests per second per Notion connection (Notion's documented 3).</summary>
    public double RequestsPerSecond { get; set; } = 3;

    /// <summary>How many requests a connection may send back to back before the average applies.</summary>
    public int Burst { get; set; } = 3;

    /// <summary>Retries after the first attempt on 429, 409 and 5xx (and timeouts of reads).</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First back-off step when Notion sent no <c>Retry-After</c>; doubles per attempt, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>One attempt's limit, excluding the wait for a rate slot.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

internal sealed class NotionOptionsValidator : IValidateOptions<NotionOptions>
{
    public ValidateOptionsResult Validate(string? name, NotionOptions o)
    {
        var errors = new List<string>();
        var section = NotionOptions.Section;
        if (!o.BaseUrl.IsAbsoluteUri || o.BaseUrl.Scheme is not ("http" or "https"))
            errors.Add($"{section}:BaseUrl must be an absolute http(s) URL.");
        if (!DateOnly.TryParseExact(o.Version, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var version)
            || version < DateOnly.Parse(NotionOptions.MinimumVersion, CultureInfo.InvariantCulture))
            errors.Add($"{section}:Version must be a Notion-Version date (yyyy-MM-dd) no older than {NotionOptions.MinimumVersion}; got '{o.Version}'.");
        if (o.RequestsPerSecond is <= 0 or > 100) errors.Add($"{section}:RequestsPerSecond must be in (0, 100].");
        if (o.Burst is < 1 or > 100) errors.Add($"{section}:Burst must be between 1 and 100.");
        if (o.MaxRetryAttempts is < 0 or > 10) errors.Add($"{section}:MaxRetryAttempts must be between 0 and 10.");
        if (o.RetryBaseDelay <= TimeSpan.Zero) errors.Add($"{section}:RetryBaseDelay must be positive.");
        if (o.AttemptTimeout <= TimeSpan.Zero) errors.Add($"{section}:AttemptTimeout must be positive.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
