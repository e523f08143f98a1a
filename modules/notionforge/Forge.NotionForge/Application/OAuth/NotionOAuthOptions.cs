using Microsoft.Extensions.Options;

namespace Forge.NotionForge.Application.OAuth;

/// <summary>
/// Notion's public-connection OAuth (<c>Forge:NotionForge:OAuth</c>, ADR 42 §OAuth, 54). All empty is valid: OAuth is
/// then off (<c>/api/oauth/status</c> says so and <c>authorize</c> refuses); half a configuration fails at start.
/// </summary>
public sealed class NotionOAuthOptions
{
    public const string Section = "Forge:NotionForge:OAuth";

    public string? ClientId { get; set; }

    /// <summary>A secret: never logged, never answered.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>This server's callback as registered with Notion, e.g. <c>https://forge.example/api/oauth/callback</c>.</summary>
    public string? RedirectUri { get; set; }

    /// <summary>Where the callback sends the browser with <c>?oauth_callback=true&amp;code=…</c>.</summary>
    public string? FrontendUrl { get; set; }

    /// <summary>Notion's authorize page.</summary>
    public string AuthorizeUrl { get; set; } = "https://api.notion.com/v1/oauth/authorize";

    /// <summary>How long a <c>state</c> may wait for its callback.</summary>
    public TimeSpan StateLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a one-time exchange code lives (the seed: 60 s).</summary>
    public TimeSpan ExchangeCodeLifetime { get; set; } = TimeSpan.FromSeconds(60);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId);
}

internal sealed class NotionOAuthOptionsValidator : IValidateOptions<NotionOAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, NotionOAuthOptions o)
    {
        var s = NotionOAuthOptions.Section;
        var errors = new List<string>();
        if (!Url(o.AuthorizeUrl)) errors.Add($"{s}:AuthorizeUrl must be an absolute http(s) URL.");
        if (o.StateLifetime <= TimeSpan.Zero || o.StateLifetime > TimeSpan.FromHours(1)) errors.Add($"{s}:StateLifetime must be within (0, 1 h].");
        if (o.ExchangeCodeLifetime <= TimeSpan.Zero || o.ExchangeCodeLifetime > TimeSpan.FromMinutes(10))
            errors.Add($"{s}:ExchangeCodeLifetime must be within (0, 10 min].");
        var any = new[] { o.ClientId, o.ClientSecret, o.RedirectUri, o.FrontendUrl }.Any(v => !string.IsNullOrWhiteSpace(v));
        if (any)
        {
            if (string.IsNullOrWhiteSpace(o.ClientId)) errors.Add($"{s}:ClientId is required once any OAuth setting is given.");
            if (string.IsNullOrWhiteSpace(o.ClientSecret)) errors.Add($"{s}:ClientSecret is required once any OAuth setting is given.");
            if (!Url(o.RedirectUri)) errors.Add($"{s}:RedirectUri must be an absolute http(s) URL (this server's /api/oauth/callback).");
            if (!Url(o.FrontendUrl)) errors.Add($"{s}:FrontendUrl must be an absolute http(s) URL.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool Url(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
