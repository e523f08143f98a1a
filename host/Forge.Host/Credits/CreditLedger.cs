using Forge.Host.Data;
using Forge.Host.Platform;
using Forge.Hosting.Credits;
using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Credits;

/// <summary>
/// The ledger on the platform database. The balance only moves through conditional updates
/// (<c>balance &gt;= amount</c>), every write happens in one transaction with its ledger entry, and
/// unique indexes on (tenant, reference) make every call idempotent under concurrency.
/// </summary>
public sealed class CreditLedger(Lazy<PlatformDbContext> context, IEnumerable<ContextDatabase> databases, ICurrentTenant currentTenant, TimeProvider clock)
    : ICreditLedger
{
    /// <summary>Resolved on first use: a call with nothing to do builds no context (ADR 79).</summary>
    private PlatformDbContext Db => context.Value;

    public static readonly TimeSpan DefaultHold = TimeSpan.FromMinutes(30);

    public async Task<long> GetBalanceAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        using (currentTenant.Change(tenantId))
            return await Db.CreditAccounts.AsNoTracking().Select(a => a.Balance).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<long> GrantAsync(Guid tenantId, long amount, string reason, string reference, CancellationToken cancellationToken = default)
    {
        if (amount <= 0) throw new PlatformValidationException("amount", "A grant is a positive whole number of credits.");
        if (string.IsNullOrWhiteSpace(reason)) throw new PlatformValidationException("reason", "A grant needs a reason.");
        ValidateReference(reference);
        using (currentTenant.Change(tenantId))
        {
            if (await Db.CreditEntries.AnyAsync(e => e.Kind == CreditEntryKind.Grant && e.Reference == reference, cancellationToken))
                return await GetBalanceAsync(tenantId, cancellationToken);
            await using var tx = await Db.Database.BeginTransactionAsync(cancellationToken);
            Db.CreditEntries.Add(NewEntry(CreditEntryKind.Grant, amount, reference, reason));
            if (!await TrySaveAsync(cancellationToken))
                return await GetBalanceAsync(tenantId, cancellationToken); // a concurrent grant with this reference won
            var updated = await Db.CreditAccounts.ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, a => a.Balance + amount), cancellationToken);
            if (updated == 0)
            {
                Db.CreditAccounts.Add(new CreditAccount { Id = Guid.CreateVersion7(), Balance = amount });
                await Db.SaveChangesAsync(cancellationToken);
            }
            await tx.CommitAsync(cancellationToken);
            return await GetBalanceAsync(tenantId, cancellationToken);
        }
    }

    public async Task<CreditReservation> ReserveAsync(Guid tenantId, long amount, string reference, TimeSpan? holdFor = null, CancellationToken cancellationToken = default)
    {
        if (amount <= 0) throw new PlatformValidationException("amount", "A reservation is a positive whole number of credits.");
        ValidateReference(reference);
        using (currentTenant.Change(tenantId))
        {
            if (await FindHoldAsync(reference, cancellationToken) is { } existing) return ToReservation(existing);

            var now = clock.GetUtcNow().UtcDateTime;
            var hold = new CreditHold
            {
                Id = Guid.CreateVersion7(), Reference = reference, Amount = amount, State = CreditReservationState.Held,
                CreatedAt = now, ExpiresAt = now + (holdFor ?? DefaultHold),
            };
            await using var tx = await Db.Database.BeginTransactionAsync(cancellationToken);
            Db.CreditHolds.Add(hold);
            if (!await TrySaveAsync(cancellationToken))
                return ToReservation((await FindHoldAsync(reference, cancellationToken))!);

            var debited = await Db.CreditAccounts
                .Where(a => a.Balance >= amount)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, a => a.Balance - amount), cancellationToken);
            if (debited == 0)
            {
                await tx.RollbackAsync(cancellationToken);
                Db.ChangeTracker.Clear();
                throw new InsufficientCreditsException(amount, await GetBalanceAsync(tenantId, cancellationToken));
            }
            Db.CreditEntries.Add(NewEntry(CreditEntryKind.Reserve, -amount, reference, null));
            await Db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
            return ToReservation(hold);
        }
    }

    public async Task<IReadOnlyList<CreditReservation>> ReserveAllAsync(
        Guid tenantId, IReadOnlyList<CreditRequest> items, TimeSpan? holdFor = null, CancellationToken cancellationToken = default)
    {
        if (items.Count == 0) return [];
        foreach (var item in items)
        {
            if (item.Amount <= 0) throw new PlatformValidationException("amount", "A reservation is a positive whole number of credits.");
            ValidateReference(item.Reference);
        }
        var references = items.Select(i => i.Reference).ToList();
        if (references.Distinct(StringComparer.Ordinal).Count() != references.Count)
            throw new PlatformValidationException("reference", "Each reservation of one call needs its own reference.");
        using (currentTenant.Change(tenantId))
        {
            var existing = await FindHoldsAsync(references, cancellationToken);
            var missing = items.Where(i => !existing.ContainsKey(i.Reference)).ToList();
            if (missing.Count == 0) return InOrder(references, existing);

            var now = clock.GetUtcNow().UtcDateTime;
            var holds = missing.Select(i => new CreditHold
            {
                Id = Guid.CreateVersion7(), Reference = i.Reference, Amount = i.Amount, State = CreditReservationState.Held,
                CreatedAt = now, ExpiresAt = now + (holdFor ?? DefaultHold),
            }).ToList();
            var total = missing.Sum(i => i.Amount);
            await using var tx = await Db.Database.BeginTransactionAsync(cancellationToken);
            Db.CreditHolds.AddRange(holds);
            if (!await TrySaveAsync(cancellationToken))
            {
                // A concurrent call with some of these references won; it reserved what it held, all or nothing.
                var after = await FindHoldsAsync(references, cancellationToken);
                if (after.Count == references.Count) return InOrder(references, after);
                throw new InvalidOperationException("A concurrent reservation holds some of these references; retry the call.");
            }
            var debited = await Db.CreditAccounts
                .Where(a => a.Balance >= total)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, a => a.Balance - total), cancellationToken);
            if (debited == 0)
            {
                await tx.RollbackAsync(cancellationToken);
                Db.ChangeTracker.Clear();
                throw new InsufficientCreditsException(total, await GetBalanceAsync(tenantId, cancellationToken));
            }
            Db.CreditEntries.AddRange(missing.Select(i => NewEntry(CreditEntryKind.Reserve, -i.Amount, i.Reference, null)));
            await Db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
            foreach (var hold in holds) existing[hold.Reference] = hold;
            return InOrder(references, existing);
        }
    }

    public async Task<CreditReservation> CommitAsync(Guid tenantId, string reference, CancellationToken cancellationToken = default)
    {
        ValidateReference(reference);
        using (currentTenant.Change(tenantId))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            // Only a hold still inside its time commits; the condition is in the UPDATE, so a sweep running at
            // the same moment either expires it first (and this fails) or finds it committed.
            await Db.CreditHolds
                .Where(h => h.Reference == reference && h.State == CreditReservationState.Held && h.ExpiresAt > now)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.State, CreditReservationState.Committed).SetProperty(h => h.SettledAt, now), cancellationToken);
            var hold = await FindHoldAsync(reference, cancellationToken) ?? throw new CreditReservationNotFoundException(reference);
            if (hold.State == CreditReservationState.Held)
            {
                // Past its expiry but not swept yet: return the credits now, as the sweeper would.
                await ReturnHoldAsync(hold, CreditReservationState.Expired, CreditEntryKind.Expire, cancellationToken);
                hold = (await FindHoldAsync(reference, cancellationToken))!;
            }
            if (hold.State != CreditReservationState.Committed)
                throw new CreditReservationExpiredException(reference, hold.State, ToReservation(hold).ExpiresAt);
            return ToReservation(hold);
        }
    }

    public async Task<CreditReservation> ReleaseAsync(Guid tenantId, string reference, CancellationToken cancellationToken = default)
    {
        ValidateReference(reference);
        using (currentTenant.Change(tenantId))
        {
            var hold = await FindHoldAsync(reference, cancellationToken) ?? throw new CreditReservationNotFoundException(reference);
            await ReturnHoldAsync(hold, CreditReservationState.Released, CreditEntryKind.Release, cancellationToken);
            return ToReservation((await FindHoldAsync(reference, cancellationToken))!);
        }
    }

    public async Task<int> ReleaseExpiredAsync(CancellationToken cancellationToken = default)
    {
        if (!await AnyHeldAsync(cancellationToken)) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = await Db.CreditHolds.IgnoreQueryFilters().AsNoTracking()
            .Where(h => h.State == CreditReservationState.Held && h.ExpiresAt <= now)
            .OrderBy(h => h.ExpiresAt).Take(500).ToListAsync(cancellationToken);
        var released = 0;
        foreach (var hold in expired)
            using (currentTenant.Change(hold.TenantId))
                if (await ReturnHoldAsync(hold, CreditReservationState.Expired, CreditEntryKind.Expire, cancellationToken)) released++;
        return released;
    }

    public async Task<IReadOnlyList<CreditReservation>> ListHeldAsync(
        string referencePrefix, DateTimeOffset createdBefore, int limit, CreditReservation? after = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(referencePrefix)) throw new PlatformValidationException("referencePrefix", "A reference prefix is required.");
        if (limit is < 1 or > 1000) throw new PlatformValidationException("limit", "A page is 1–1000 reservations.");
        if (!await AnyHeldAsync(cancellationToken)) return [];
        var before = createdBefore.UtcDateTime;
        var query = Db.CreditHolds.IgnoreQueryFilters().AsNoTracking()
            .Where(h => h.State == CreditReservationState.Held && h.CreatedAt < before && h.Reference.StartsWith(referencePrefix));
        if (after is not null)
        {
            var (afterAt, afterId) = (after.CreatedAt.UtcDateTime, after.Id);
            query = query.Where(h => h.CreatedAt > afterAt || (h.CreatedAt == afterAt && h.Id.CompareTo(afterId) > 0));
        }
        var page = await query.OrderBy(h => h.CreatedAt).ThenBy(h => h.Id).Take(limit).ToListAsync(cancellationToken);
        return page.Select(ToReservation).ToList();
    }

    // The sweeps' first question, over a plain connection: with no reservation held, an idle host's periodic sweeps
    // build no EF model (ADR 77).
    private Task<bool> AnyHeldAsync(CancellationToken ct) =>
        databases.Of<PlatformDbContext>().AnyRowAsync(PlatformModel.CreditReservationsTable, ct, PlatformModel.HeldReservations);

    /// <summary>Moves a held reservation to <paramref name="state"/> and credits its amount back, once.</summary>
    private async Task<bool> ReturnHoldAsync(CreditHold hold, CreditReservationState state, CreditEntryKind kind, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await Db.Database.BeginTransactionAsync(ct);
        var moved = await Db.CreditHolds
            .Where(h => h.Id == hold.Id && h.State == CreditReservationState.Held)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.State, state).SetProperty(h => h.SettledAt, now), ct);
        if (moved == 0) return false;
        await Db.CreditAccounts.ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, a => a.Balance + hold.Amount), ct);
        Db.CreditEntries.Add(NewEntry(kind, hold.Amount, hold.Reference, null));
        await Db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    private Task<CreditHold?> FindHoldAsync(string reference, CancellationToken ct) =>
        Db.CreditHolds.AsNoTracking().FirstOrDefaultAsync(h => h.Reference == reference, ct);

    private async Task<Dictionary<string, CreditHold>> FindHoldsAsync(List<string> references, CancellationToken ct) =>
        await Db.CreditHolds.AsNoTracking().Where(h => references.Contains(h.Reference)).ToDictionaryAsync(h => h.Reference, StringComparer.Ordinal, ct);

    private static List<CreditReservation> InOrder(List<string> references, Dictionary<string, CreditHold> holds) =>
        references.Select(r => ToReservation(holds[r])).ToList();

    private async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await Db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            Db.ChangeTracker.Clear();
            await (Db.Database.CurrentTransaction?.RollbackAsync(ct) ?? Task.CompletedTask);
            return false;
        }
    }

    private CreditEntry NewEntry(CreditEntryKind kind, long amount, string reference, string? reason) => new()
    {
        Id = Guid.CreateVersion7(), Kind = kind, Amount = amount, Reference = reference, Reason = reason,
        CreatedAt = clock.GetUtcNow().UtcDateTime,
    };

    private static CreditReservation ToReservation(CreditHold h) =>
        new(h.Id, h.TenantId!.Value, h.Reference, h.Amount, h.State, Utc(h.ExpiresAt)) { CreatedAt = Utc(h.CreatedAt) };

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

    private static void ValidateReference(string reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Length > 128)
            throw new PlatformValidationException("reference", "A reference is 1–128 characters.");
    }
}
