using Forge.Fortune.Domain.Idempotency;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Hosting.Security;
using Microsoft.EntityFrameworkCore;

namespace Forge.Fortune.Application.Idempotency;

/// <summary>
/// Idempotency keys (ADR 7 #6, ADR 11), per tenant and endpoint, kept 24 hours. The first request inserts a
/// claim; the unique index on (tenant, endpoint, key) makes a concurrent second request lose the insert,
/// wait for the first to finish, and replay its response — the work runs once. Only successful responses
/// are stored; a failed request releases its claim so the client can retry with the same key.
/// Reusable by any endpoint (<c>POST /v1/fortunes</c>, the batch endpoint): the endpoint string scopes the key.
/// Stored responses are encrypted at rest: a replay must return what the first call returned, and that can
/// hold a secret shown once (a batch's <c>webhook_secret</c>).
/// </summary>
public sealed class IdempotencyStore(FortuneDbContext db, IPiiProtector protector, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>How long a second request waits for the first to finish before answering "in progress".</summary>
    public static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(30);

    /// <summary>A claim older than this without a response was left by a crashed process and may be taken over.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public async Task<IdempotencyClaim> ClaimAsync(string endpoint, string key, string requestHash, CancellationToken ct)
    {
        var deadline = clock.GetUtcNow() + WaitForFirst;
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var existing = await FindAsync(endpoint, key, ct);
            if (existing is null || existing.ExpiresAt <= now || IsAbandoned(existing, now))
            {
                if (existing is not null) await RemoveAsync(existing, ct);
                if (await TryInsertAsync(endpoint, key, requestHash, now, ct)) return new IdempotencyClaim.Acquired();
                continue; // someone else inserted first: look at their claim
            }
            if (existing.RequestHash != requestHash) return new IdempotencyClaim.Conflict();
            if (existing.StatusCode is { } status) return new IdempotencyClaim.Replay(status, Unprotect(existing.ResponseBody), existing.ResponseLocation);
            if (clock.GetUtcNow() >= deadline) return new IdempotencyClaim.InProgress();
            await Task.Delay(PollInterval, clock, ct);
        }
    }

    public Task CompleteAsync(string endpoint, string key, int statusCode, string body, string? location, CancellationToken ct) =>
        db.IdempotencyRecords.Where(r => r.Endpoint == endpoint && r.Key == key && r.StatusCode == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.StatusCode, statusCode)
                .SetProperty(r => r.ResponseBody, protector.Protect(body))
                .SetProperty(r => r.ResponseLocation, location), ct);

    /// <summary>Forgets an unanswered claim (the request failed), so the same key can be sent again.</summary>
    public Task ReleaseAsync(string endpoint, string key, CancellationToken ct) =>
        db.IdempotencyRecords.Where(r => r.Endpoint == endpoint && r.Key == key && r.StatusCode == null).ExecuteDeleteAsync(ct);

    private string Unprotect(string? stored) => stored is null ? "" : protector.Unprotect(stored);

    private Task<IdempotencyRecord?> FindAsync(string endpoint, string key, CancellationToken ct) =>
        db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Endpoint == endpoint && r.Key == key, ct);

    private static bool IsAbandoned(IdempotencyRecord record, DateTime now) =>
        record.StatusCode is null && record.CreatedAt + AbandonedAfter <= now;

    // Deletes exactly the row that was read (same creation time), so two takers cannot delete each other's new claim.
    private Task RemoveAsync(IdempotencyRecord stale, CancellationToken ct) =>
        db.IdempotencyRecords.Where(r => r.Endpoint == stale.Endpoint && r.Key == stale.Key && r.CreatedAt == stale.CreatedAt)
            .ExecuteDeleteAsync(ct);

    private async Task<bool> TryInsertAsync(string endpoint, string key, string requestHash, DateTime now, CancellationToken ct)
    {
        await SweepExpiredAsync(now, ct);
        var record = new IdempotencyRecord
        {
            Id = Guid.NewGuid(), Endpoint = endpoint, Key = key, RequestHash = requestHash, CreatedAt = now, ExpiresAt = now + Lifetime,
        };
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            db.Entry(record).State = EntityState.Detached;
        }
    }

    /// <summary>Keys live 24 h; the tenant's expired ones go whenever it claims a new one (indexed by expiry).</summary>
    private Task SweepExpiredAsync(DateTime now, CancellationToken ct) =>
        db.IdempotencyRecords.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(ct);
}
