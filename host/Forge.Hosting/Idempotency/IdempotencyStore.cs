using Forge.Hosting.Security;
using Microsoft.EntityFrameworkCore;

namespace Forge.Hosting.Idempotency;

/// <summary>
/// Idempotency keys in a module's own context (ADR 32), per tenant (the context's filter), product, route and key.
/// The first request inserts a claim; the unique index makes a concurrent second request lose the insert, wait
/// for the first to finish (polling, up to <see cref="IdempotencyPolicy.WaitForFirst"/>) and replay it — the work
/// runs once. Only successful outcomes are kept; a failed request releases its claim so the key can be retried,
/// and a waiting repeat then claims it and runs. Stored responses are encrypted at rest: a replay returns what
/// the first call returned, and that can hold a secret shown once (a batch's <c>webhook_secret</c>).
/// </summary>
public sealed class IdempotencyStore(DbContext db, IPiiProtector protector, TimeProvider clock)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private DbSet<IdempotencyRecord> Keys => ((IIdempotencyDbContext)db).IdempotencyKeys;

    public async Task<IdempotencyClaim> ClaimAsync(IdempotencyScope scope, string requestHash, IdempotencyPolicy policy, CancellationToken ct)
    {
        var deadline = clock.GetUtcNow() + policy.WaitForFirst;
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var existing = await Find(scope).AsNoTracking().FirstOrDefaultAsync(ct);
            if (existing is null || existing.ExpiresAt <= now || IsAbandoned(existing, now, policy))
            {
                if (existing is not null) await RemoveAsync(existing, ct);
                if (await TryInsertAsync(scope, requestHash, now, policy, ct)) return new IdempotencyClaim.Acquired();
                continue; // someone else inserted first: look at their claim
            }
            if (existing.RequestHash != requestHash) return new IdempotencyClaim.Conflict();
            if (existing.StatusCode is { } status)
                return new IdempotencyClaim.Replay(status, existing.ResponseBody is { } body ? protector.Unprotect(body) : null,
                    existing.ResponseLocation, existing.ResourceId);
            if (clock.GetUtcNow() >= deadline) return new IdempotencyClaim.InProgress();
            await Task.Delay(PollInterval, clock, ct);
        }
    }

    /// <summary>Records the successful outcome: the response to replay and/or the resource a replay points to.</summary>
    public Task CompleteAsync(IdempotencyScope scope, int statusCode, string? body, string? location, string? resourceId, CancellationToken ct)
    {
        var stored = body is null ? null : protector.Protect(body);
        return Find(scope).Where(r => r.StatusCode == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.StatusCode, statusCode)
                .SetProperty(r => r.ResponseBody, stored)
                .SetProperty(r => r.ResponseLocation, location)
                .SetProperty(r => r.ResourceId, resourceId), ct);
    }

    /// <summary>Forgets an unanswered claim (the request failed), so the same key can be sent again.</summary>
    public Task ReleaseAsync(IdempotencyScope scope, CancellationToken ct) =>
        Find(scope).Where(r => r.StatusCode == null).ExecuteDeleteAsync(ct);

    private IQueryable<IdempotencyRecord> Find(IdempotencyScope scope) =>
        Keys.Where(r => r.Product == scope.Product && r.Endpoint == scope.Endpoint && r.Key == scope.Key);

    private static bool IsAbandoned(IdempotencyRecord record, DateTime now, IdempotencyPolicy policy) =>
        record.StatusCode is null && record.CreatedAt + policy.AbandonedAfter <= now;

    // Deletes exactly the row that was read (its id), so two takers cannot delete each other's new claim.
    private Task RemoveAsync(IdempotencyRecord stale, CancellationToken ct) =>
        Keys.Where(r => r.Id == stale.Id).ExecuteDeleteAsync(ct);

    private async Task<bool> TryInsertAsync(IdempotencyScope scope, string requestHash, DateTime now, IdempotencyPolicy policy, CancellationToken ct)
    {
        var record = new IdempotencyRecord
        {
            Id = Guid.NewGuid(), Product = scope.Product, Endpoint = scope.Endpoint, Key = scope.Key, RequestHash = requestHash,
            CreatedAt = now, ExpiresAt = now + policy.Retention,
        };
        Keys.Add(record);
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
}
