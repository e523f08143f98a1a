using Forge.Hosting.Identity;
using Forge.Fortune.Application.Audit;
using Forge.Fortune.Application.Events;
using Forge.Fortune.Calculations;
using Forge.Fortune.Domain;
using Forge.Fortune.Domain.Audit;
using Forge.Fortune.Domain.Profiles;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Events;
using Forge.Fortune.Profiles;
using Microsoft.EntityFrameworkCore;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Profiles;

/// <summary>
/// The v1 profile resource: create (chart computed by the engine), read masked, partial update,
/// delete, and the audited unmasked read. Every row is the current tenant's (the kernel's filter).
/// </summary>
public sealed class ProfileAppService(FortuneDbContext db, ProfilePii pii, TimeProvider clock)
{
    public async Task<ProfileDto> CreateAsync(ProfileCreateInput input, CallerInfo caller, CancellationToken ct)
    {
        var name = ProfileBirth.ValidName(input.Name);
        var externalId = ValidExternalId(input.ExternalId);
        var computed = ProfileBirth.Compute(input);
        if (externalId is not null && await ExternalIdTakenAsync(externalId, ct)) throw Conflict(externalId);

        var now = WireTime.Now(clock);
        var profile = new Profile
        {
            Id = PrefixedId.Profile(), ExternalId = externalId, NameEncrypted = "", BirthDataEncrypted = "",
            Gender = "", DayMaster = "", DayMasterElement = "", WeakestElement = "", CreatedAt = now, UpdatedAt = now,
        };
        pii.Store(profile, name, computed.Birth);
        computed.ApplyTo(profile);
        db.Profiles.Add(profile);
        AuditLog.Add(db, caller, AuditActions.ProfileCreated, AuditResourceTypes.Profile, profile.Id, now);
        FortuneEvents.Add(db, FortuneEventTypes.ProfileCreated, profile.Id, new { profile_id = profile.Id, day_master = profile.DayMaster }, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (externalId is not null)
        {
            // Lost a race with a concurrent create of the same external_id? The unique index decided.
            db.ChangeTracker.Clear();
            if (await ExternalIdTakenAsync(externalId, ct)) throw Conflict(externalId);
            throw;
        }
        return ProfileMapper.Masked(profile, name, computed.Birth);
    }

    public async Task<ProfileDto> GetAsync(string id, CancellationToken ct)
    {
        var profile = await FindAsync(id, tracking: false, ct);
        return ProfileMapper.Masked(profile, pii.Name(profile), pii.Birth(profile));
    }

    public async Task<ProfileDto> UpdateAsync(string id, ProfileUpdateInput input, CallerInfo caller, CancellationToken ct)
    {
        var profile = await FindAsync(id, tracking: true, ct);
        var name = input.Name.IsSet ? ProfileBirth.ValidName(input.Name.Value ?? throw FortuneRefusal.Invalid("name", "name cannot be removed.")) : pii.Name(profile);
        var birth = pii.Birth(profile);
        if (ProfileUpdate.TouchesBirth(input))
        {
            var computed = ProfileBirth.Compute(ProfileUpdate.Merge(birth, profile.Gender, input));
            computed.ApplyTo(profile);
            birth = computed.Birth;
        }
        pii.Store(profile, name, birth);
        profile.UpdatedAt = WireTime.After(clock, profile.UpdatedAt);
        // The audit keeps the clock's time: UpdatedAt may sit a millisecond ahead of it, which would list
        // this entry after a later action of the same millisecond.
        AuditLog.Add(db, caller, AuditActions.ProfileUpdated, AuditResourceTypes.Profile, profile.Id, WireTime.Now(clock));
        FortuneEvents.Add(db, FortuneEventTypes.ProfileUpdated, profile.Id, new { profile_id = profile.Id, day_master = profile.DayMaster }, profile.UpdatedAt);
        await db.SaveChangesAsync(ct);
        return ProfileMapper.Masked(profile, name, birth);
    }

    public async Task<ProfileDeletedDto> DeleteAsync(string id, CallerInfo caller, CancellationToken ct)
    {
        var profile = await FindAsync(id, tracking: true, ct);
        // One transaction: the count reported is exactly what went with the profile. (The foreign key
        // cascades too; deleting explicitly is what lets us count.) Calculations are not cached: 0.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var fortunes = await db.Fortunes.Where(f => f.ProfileId == profile.Id).ExecuteDeleteAsync(ct);
        // Stamped after the bulk delete, just before the commit: the event feed's visibility lag (ADR 12 addendum)
        // must cover only stamp-to-commit.
        var now = WireTime.Now(clock);
        db.Profiles.Remove(profile);
        AuditLog.Add(db, caller, AuditActions.ProfileDeleted, AuditResourceTypes.Profile, profile.Id, now);
        FortuneEvents.Add(db, FortuneEventTypes.ProfileDeleted, profile.Id, new { profile_id = profile.Id }, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ProfileDeletedDto(profile.Id, true, WireTime.ToWire(now), new RelatedDataDeletedDto(fortunes, 0));
    }

    /// <summary>Plaintext PII: only for a credential with <see cref="FortunePermissions.Unmasked"/>; every read is audited.</summary>
    public async Task<UnmaskedProfileDto> GetUnmaskedAsync(string id, CallerInfo caller, CancellationToken ct)
    {
        if (!caller.Has(FortunePermissions.Unmasked))
            throw new ProductApiException(ProductErrorKind.Forbidden, FortuneErrorCodes.Forbidden, $"Reading unmasked profiles needs an API key with the '{FortunePermissions.Unmasked}' permission.");
        var profile = await FindAsync(id, tracking: false, ct);
        var now = WireTime.Now(clock);
        AuditLog.Add(db, caller, AuditActions.ProfileUnmasked, AuditResourceTypes.Profile, profile.Id, now);
        FortuneEvents.Add(db, FortuneEventTypes.UnmaskedAccessed, profile.Id,
            new { resource_type = AuditResourceTypes.Profile, resource_id = profile.Id, profile_id = profile.Id, actor_api_key = caller.MaskedApiKey }, now);
        await db.SaveChangesAsync(ct);
        return ProfileMapper.Unmasked(profile, pii.Name(profile), pii.Birth(profile));
    }

    private async Task<Profile> FindAsync(string id, bool tracking, CancellationToken ct)
    {
        var query = tracking ? db.Profiles : db.Profiles.AsNoTracking();
        return await query.FirstOrDefaultAsync(p => p.Id == id, ct)
               ?? throw new ProductApiException(ProductErrorKind.NotFound, FortuneErrorCodes.NotFound, $"No profile '{id}'.");
    }

    private Task<bool> ExternalIdTakenAsync(string externalId, CancellationToken ct) =>
        db.Profiles.AnyAsync(p => p.ExternalId == externalId, ct);

    private static string? ValidExternalId(string? externalId) => externalId switch
    {
        null => null,
        { Length: 0 } or { Length: > 255 } => throw FortuneRefusal.Invalid("external_id", "external_id must be 1 to 255 characters."),
        _ => externalId,
    };

    private static ProductApiException Conflict(string externalId) =>
        new(ProductErrorKind.Conflict, FortuneErrorCodes.Conflict, $"A profile with external_id '{externalId}' already exists.", "external_id");
}
