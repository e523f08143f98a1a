using Forge.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Audit;

/// <summary>Who is acting: the signed-in console user (or the CLI) and where from.</summary>
public sealed record AuditActor(Guid? Id, string Name, string? IpAddress);

/// <summary>
/// Writes audit entries in the same database transaction as the change they describe: the entry is
/// added to the scope's <see cref="PlatformDbContext"/> before the change runs, so the change's own
/// SaveChanges (inside its transaction, when it has one) stores both or neither. A change that
/// fails takes its entry with it.
/// </summary>
public sealed class AuditLog(PlatformDbContext db, TimeProvider clock)
{
    /// <param name="describe">Names what the change created, once it exists (e.g. a new key's public id).</param>
    /// <param name="tenantOf">The tenant the change concerns, when the change creates it.</param>
    public async Task<T> RecordAsync<T>(AuditActor actor, string action, Guid? tenantId, string target, string? details, Func<Task<T>> change,
        Func<T, string>? describe = null, Func<T, Guid?>? tenantOf = null)
    {
        var entry = NewEntry(actor, action, tenantId, target, details);
        db.AuditEntries.Add(entry);
        try
        {
            var result = await change();
            if (describe is not null) entry.Target = Truncate(describe(result), 256);
            if (tenantOf is not null) entry.TenantId = tenantOf(result);
            // A change that saved nothing through this context, or a target known only now: store it.
            if (db.Entry(entry).State != EntityState.Unchanged) await db.SaveChangesAsync();
            return result;
        }
        catch
        {
            db.Entry(entry).State = EntityState.Detached;
            throw;
        }
    }

    public Task RecordAsync(AuditActor actor, string action, Guid? tenantId, string target, string? details, Func<Task> change) =>
        RecordAsync(actor, action, tenantId, target, details, async () =>
        {
            await change();
            return true;
        });

    /// <summary>An event that is not a data change (a sign-in, a refused sign-in).</summary>
    public async Task WriteAsync(AuditActor actor, string action, Guid? tenantId, string target, string? details, CancellationToken ct = default)
    {
        db.AuditEntries.Add(NewEntry(actor, action, tenantId, target, details));
        await db.SaveChangesAsync(ct);
    }

    private AuditEntry NewEntry(AuditActor actor, string action, Guid? tenantId, string target, string? details) => new()
    {
        Id = Guid.CreateVersion7(),
        At = clock.GetUtcNow().UtcDateTime,
        ActorId = actor.Id,
        Actor = Truncate(actor.Name, 256),
        TenantId = tenantId,
        Action = action,
        Target = Truncate(target, 256),
        Details = details is null ? null : Truncate(details, 1024),
        IpAddress = actor.IpAddress,
    };

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
