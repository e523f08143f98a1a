using Forge.Hosting.Security;
using Forge.NotionForge.Domain.Connections;
using Forge.NotionForge.EntityFrameworkCore;
using Forge.NotionForge.Application;
using Microsoft.EntityFrameworkCore;

namespace Forge.NotionForge.Application.Connections;

/// <summary>The Notion token a call acts with: the one the request sent, or the tenant's connected workspace (ADR 42).</summary>
public sealed record NotionCredential(string Token, bool FromConnection);

/// <summary>
/// Resolves the Notion token of a request: <c>notion_token</c> when sent, otherwise the current tenant's connection
/// (decrypted here, never logged). The tenant filter of the context keeps another tenant's connection out of reach, so
/// for every other tenant it does not exist. Its absence follows one rule (ADR 62): where the request could have carried
/// the token it is the caller's missing input (<c>INVALID_INPUT</c> naming the token field); where only the connection
/// can serve (workspace actions, a rollback or run of a task made with it) it is a missing resource (<c>NOT_FOUND</c>,
/// <c>connection</c>).
/// </summary>
public sealed class NotionCredentials(NotionForgeDbContext db, IPiiProtector protector)
{
    public async Task<NotionCredential> ResolveAsync(string? requestToken, string field, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(requestToken)) return new NotionCredential(requestToken.Trim(), false);
        var connection = await FindAsync(ct);
        return connection is null
            ? throw NotionForgeErrors.InvalidInput(field, $"Send '{field}': this tenant has no Notion connection to use instead (GET /api/oauth/authorize).")
            : new NotionCredential(protector.Unprotect(connection.ProtectedAccessToken), true);
    }

    /// <summary>The current tenant's connection, or null.</summary>
    public Task<NotionConnection?> FindAsync(CancellationToken ct) =>
        db.Set<NotionConnection>().AsNoTracking().FirstOrDefaultAsync(ct);

    /// <summary>The token of the current tenant's connection; none is <see cref="NotionForgeErrors.NoConnection"/> (404).</summary>
    public async Task<string> ConnectionTokenAsync(CancellationToken ct) =>
        await FindAsync(ct) is { } c ? protector.Unprotect(c.ProtectedAccessToken) : throw NotionForgeErrors.NoConnection();
}
