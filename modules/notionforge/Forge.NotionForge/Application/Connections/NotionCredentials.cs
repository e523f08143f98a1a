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
/// (decrypted here, never logged); neither is <c>INVALID_INPUT</c> on <paramref name="field"/>. The tenant filter of
/// the context keeps another tenant's connection out of reach.
/// </summary>
public sealed class NotionCredentials(NotionForgeDbContext db, IPiiProtector protector)
{
    public async Task<NotionCredential> ResolveAsync(string? requestToken, string field, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(requestToken)) return new NotionCredential(requestToken.Trim(), false);
        var connection = await FindAsync(ct);
        return connection is null
            ? throw NotionForgeErrors.InvalidInput(field, $"Send '{field}' or connect a Notion workspace first (GET /api/oauth/authorize).")
            : new NotionCredential(protector.Unprotect(connection.ProtectedAccessToken), true);
    }

    /// <summary>The current tenant's connection, or null.</summary>
    public Task<NotionConnection?> FindAsync(CancellationToken ct) =>
        db.Set<NotionConnection>().AsNoTracking().FirstOrDefaultAsync(ct);

    /// <summary>The token of the current tenant's connection, or null (e.g. a durable task resuming after a restart).</summary>
    public async Task<string?> ConnectionTokenAsync(CancellationToken ct) =>
        await FindAsync(ct) is { } c ? protector.Unprotect(c.ProtectedAccessToken) : null;
}
