using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Forge.Hosting.Security;
using Forge.NotionForge.Application.Connections;
using Forge.NotionForge.Domain.Connections;
using Forge.NotionForge.Domain.OAuth;
using Forge.NotionForge.EntityFrameworkCore;
using Forge.NotionForge.Notion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Forge.NotionForge.Application.OAuth;

/// <summary>
/// Notion OAuth as ADR 42 §OAuth decides: authorize (a hashed, single-use <c>state</c> naming the tenant) → callback
/// (state checked, code exchanged at Notion, connection stored encrypted, a one-time code issued) → exchange (that
/// code redeemed once by the same tenant within its lifetime). Tokens and the client secret are never logged.
/// </summary>
public sealed class NotionOAuthFlow(
    NotionForgeDbContext db, NotionClient notion, NotionCredentials credentials, IPiiProtector protector, ICurrentTenant tenant,
    IOptionsMonitor<NotionOAuthOptions> options, TimeProvider clock, ILogger<NotionOAuthFlow> logger)
{
    /// <summary>Notion's authorize URL for the current tenant, with a fresh <c>state</c>.</summary>
    public async Task<Uri> AuthorizeAsync(CancellationToken ct)
    {
        var o = Configured();
        var now = Now();
        await db.Set<NotionOAuthState>().Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(ct); // this tenant's stale ones
        var state = OAuthSecrets.New();
        db.Add(new NotionOAuthState { Id = Guid.NewGuid(), StateHash = OAuthSecrets.Hash(state), ExpiresAt = now + o.StateLifetime });
        await db.SaveChangesAsync(ct);
        return WithQuery(o.AuthorizeUrl, ("client_id", o.ClientId!), ("redirect_uri", o.RedirectUri!), ("response_type", "code"),
            ("owner", "user"), ("state", state));
    }

    /// <summary>
    /// Notion's redirect back (public: the state names the tenant). Answers where to send the browser: the frontend
    /// with a one-time code, or with Notion's <c>error</c> when the user declined.
    /// </summary>
    public async Task<Uri> CallbackAsync(string? code, string? state, string? error, CancellationToken ct)
    {
        var o = Configured();
        var tenantId = await ConsumeStateAsync(state, ct);
        if (!string.IsNullOrEmpty(error))
            return WithQuery(o.FrontendUrl!, ("oauth_callback", "true"), ("error", error));
        if (string.IsNullOrWhiteSpace(code)) throw NotionForgeErrors.InvalidInput("code", "The callback carries no authorization code.");

        using var _ = tenant.Change(tenantId);
        NotionOAuthGrant grant;
        try
        {
            grant = await notion.ExchangeOAuthCodeAsync(o.ClientId!, o.ClientSecret!, code, o.RedirectUri, ct);
        }
        catch (NotionApiException e) when (e.NotionCode is "invalid_grant" or "invalid_request")
        {
            throw NotionForgeErrors.InvalidInput("code", "Notion refused the authorization code (expired, already used or for another redirect URI).");
        }
        catch (NotionApiException e)
        {
            throw e.ToProductError();
        }

        var now = Now();
        var connection = await db.Set<NotionConnection>().FirstOrDefaultAsync(ct);
        if (connection is null)
        {
            connection = new NotionConnection { Id = Guid.NewGuid(), ProtectedAccessToken = "", WorkspaceId = "" };
            db.Add(connection);
        }
        connection.ProtectedAccessToken = protector.Protect(grant.AccessToken);
        connection.WorkspaceId = grant.WorkspaceId;
        connection.WorkspaceName = grant.WorkspaceName;
        connection.WorkspaceIcon = grant.WorkspaceIcon;
        connection.BotId = grant.BotId;
        connection.ConnectedAt = now;

        var oneTime = OAuthSecrets.New();
        // Spent codes stay a day, so a late repeat is told GONE rather than "not valid".
        var forgotten = now - TimeSpan.FromDays(1);
        await db.Set<NotionOAuthExchangeCode>().Where(c => c.ExpiresAt <= forgotten).ExecuteDeleteAsync(ct);
        db.Add(new NotionOAuthExchangeCode { Id = Guid.NewGuid(), CodeHash = OAuthSecrets.Hash(oneTime), ExpiresAt = now + o.ExchangeCodeLifetime });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Tenant {TenantId} connected Notion workspace {WorkspaceId}", tenantId, grant.WorkspaceId);
        return WithQuery(o.FrontendUrl!, ("oauth_callback", "true"), ("code", oneTime));
    }

    /// <summary>Redeems a one-time code of the current tenant: once, within its lifetime, else <c>GONE</c>.</summary>
    public async Task<OAuthExchangeView> ExchangeAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) throw NotionForgeErrors.InvalidInput("code", "Send the one-time code the callback gave the frontend.");
        var hash = OAuthSecrets.Hash(code.Trim());
        var now = Now();
        // One statement claims the code, so two concurrent redemptions cannot both succeed.
        var claimed = await db.Set<NotionOAuthExchangeCode>()
            .Where(c => c.CodeHash == hash && c.RedeemedAt == null && c.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RedeemedAt, now), ct);
        if (claimed == 0)
        {
            // Another tenant's code is filtered out here, so it is as unknown as a made-up one.
            if (await db.Set<NotionOAuthExchangeCode>().AnyAsync(c => c.CodeHash == hash, ct))
                throw NotionForgeErrors.Gone("code", $"The exchange code was already used or is older than {Options.ExchangeCodeLifetime.TotalSeconds:0} s.");
            throw NotionForgeErrors.InvalidInput("code", "The exchange code is not valid.");
        }
        var connection = await credentials.FindAsync(ct)
            ?? throw NotionForgeErrors.Gone("code", "The Notion connection this code was issued for has been disconnected.");
        return new OAuthExchangeView(protector.Unprotect(connection.ProtectedAccessToken), connection.WorkspaceName, connection.WorkspaceId);
    }

    /// <summary>The seed's status plus the current tenant's connection.</summary>
    public async Task<OAuthStatusView> StatusAsync(CancellationToken ct)
    {
        var o = Options;
        var connection = await credentials.FindAsync(ct);
        return new OAuthStatusView(o.IsConfigured, o.IsConfigured ? o.RedirectUri : null, connection is not null,
            connection?.WorkspaceName, connection?.WorkspaceId, connection is null ? null : DateTime.SpecifyKind(connection.ConnectedAt, DateTimeKind.Utc));
    }

    /// <summary>Deletes the state (single use) and answers its tenant; unknown, used or expired is <c>INVALID_INPUT</c>.</summary>
    private async Task<Guid> ConsumeStateAsync(string? state, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(state)) throw NotionForgeErrors.InvalidInput("state", "The callback carries no state.");
        var hash = OAuthSecrets.Hash(state);
        var states = db.Set<NotionOAuthState>().IgnoreQueryFilters([MultiTenancyModel.TenantFilterName]);
        var row = await states.AsNoTracking().FirstOrDefaultAsync(s => s.StateHash == hash, ct);
        var deleted = row is null ? 0 : await states.Where(s => s.Id == row.Id).ExecuteDeleteAsync(ct);
        if (deleted == 0 || row!.TenantId is not { } tenantId)
            throw NotionForgeErrors.InvalidInput("state", "The state does not match an authorize call of this server, or was already used.");
        if (row.ExpiresAt <= Now())
            throw NotionForgeErrors.InvalidInput("state", "The state has expired; start again at GET /api/oauth/authorize.");
        return tenantId;
    }

    private NotionOAuthOptions Options => options.CurrentValue;

    private NotionOAuthOptions Configured() => Options is { IsConfigured: true } o ? o
        : throw NotionForgeErrors.InvalidInput("oauth",
            $"Notion OAuth is not configured on this server ({NotionOAuthOptions.Section}:ClientId, ClientSecret, RedirectUri, FrontendUrl); send notion_token instead.");

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static Uri WithQuery(string url, params (string Name, string Value)[] query)
    {
        var separator = url.Contains('?') ? '&' : '?';
        return new Uri(url + separator + string.Join('&', query.Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value)}")));
    }
}

/// <summary>The seed's exchange answer; the token is shown this once.</summary>
public sealed record OAuthExchangeView(string OauthToken, string? WorkspaceName, string WorkspaceId);

/// <summary>The seed's <c>{oauth_configured, redirect_uri}</c> plus the tenant's connection.</summary>
public sealed record OAuthStatusView(
    bool OauthConfigured, string? RedirectUri, bool Connected, string? WorkspaceName, string? WorkspaceId, DateTime? ConnectedAt);
