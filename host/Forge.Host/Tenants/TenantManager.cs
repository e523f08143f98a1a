using Forge.Host.Caching;
using Forge.Host.Data;
using Forge.Host.Platform;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Tenants;

/// <summary>Creates and changes tenants (host operations).</summary>
public sealed class TenantManager(PlatformDbContext db, PlatformChanges changes, TimeProvider clock)
{
    public async Task<Tenant> CreateAsync(string name, string edition, CancellationToken ct = default)
    {
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > 64 || !name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw new PlatformValidationException("name", "A tenant name is 1–64 letters, digits, '-', '_' or '.'.");
        if (!Editions.IsValid(edition))
            throw new PlatformValidationException("edition", $"Edition must be one of: {string.Join(", ", Editions.All)}.");
        var normalized = Tenant.Normalize(name);
        if (await db.Tenants.AnyAsync(t => t.NormalizedName == normalized, ct))
            throw new PlatformConflictException($"A tenant named '{name}' already exists.");

        var tenant = new Tenant
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            NormalizedName = normalized,
            Edition = edition.ToLowerInvariant(),
            State = TenantState.Active,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Tenants.Add(tenant);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new PlatformConflictException($"A tenant named '{name}' already exists.");
        }
        return tenant;
    }

    public Task<List<Tenant>> ListAsync(CancellationToken ct = default) =>
        db.Tenants.AsNoTracking().OrderBy(t => t.NormalizedName).ToListAsync(ct);

    public async Task<Tenant> GetByNameAsync(string name, CancellationToken ct = default)
    {
        var normalized = Tenant.Normalize(name ?? "");
        return await db.Tenants.FirstOrDefaultAsync(t => t.NormalizedName == normalized, ct)
               ?? throw new PlatformNotFoundException($"No tenant named '{name}'.");
    }

    public Task<Tenant> SuspendAsync(string name, CancellationToken ct = default) => SetStateAsync(name, TenantState.Suspended, ct);

    public Task<Tenant> ResumeAsync(string name, CancellationToken ct = default) => SetStateAsync(name, TenantState.Active, ct);

    public async Task<Tenant> SetEditionAsync(string name, string edition, CancellationToken ct = default)
    {
        if (!Editions.IsValid(edition))
            throw new PlatformValidationException("edition", $"Edition must be one of: {string.Join(", ", Editions.All)}.");
        var tenant = await GetByNameAsync(name, ct);
        tenant.Edition = edition.ToLowerInvariant();
        await db.SaveChangesAsync(ct);
        await changes.PublishAsync(ct);
        return tenant;
    }

    private async Task<Tenant> SetStateAsync(string name, TenantState state, CancellationToken ct)
    {
        var tenant = await GetByNameAsync(name, ct);
        tenant.State = state;
        await db.SaveChangesAsync(ct);
        await changes.PublishAsync(ct);
        return tenant;
    }
}
