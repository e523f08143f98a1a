using Forge.Hosting.Identity;
using Forge.Fortune.Application.Audit;
using Forge.Fortune.Application.Events;
using Forge.Fortune.Application.Profiles;
using Forge.Fortune.Domain.Audit;
using Forge.Fortune.Domain.Fortunes;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Events;
using Forge.Fortune.Fortunes;
using Microsoft.EntityFrameworkCore;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>
/// The v1 fortune resource: create (through <see cref="FortuneGenerationService"/>), read, delete and the
/// audited unmasked read. Plain reads are not audited: a fortune carries no PII (ADR 11).
/// </summary>
public sealed class FortuneAppService(FortuneDbContext db, FortuneGenerationService generator, ProfilePii pii, TimeProvider clock)
{
    public Task<FortuneGenerationResult> CreateAsync(FortuneCreateInput input, CallerInfo caller, CancellationToken ct)
    {
        var request = generator.Parse(input.FortuneType, input.FortuneDate, input.Model, input.IncludeLuckyItems);
        return generator.GenerateAsync(input.ProfileId, request, caller, ct);
    }

    public async Task<FortuneDto> GetAsync(string id, CancellationToken ct)
    {
        var fortune = await FindAsync(id, tracking: false, ct);
        return FortuneMapper.Full(fortune, includeLuckyItems: true, FortuneMapper.WasServedFromCache(fortune));
    }

    public async Task<FortuneDeletedDto> DeleteAsync(string id, CallerInfo caller, CancellationToken ct)
    {
        var fortune = await FindAsync(id, tracking: true, ct);
        var now = WireTime.Now(clock);
        db.Fortunes.Remove(fortune);
        AuditLog.Add(db, caller, AuditActions.FortuneDeleted, AuditResourceTypes.Fortune, fortune.Id, now);
        FortuneEvents.Add(db, FortuneEventTypes.FortuneDeleted, fortune.ProfileId, new { fortune_id = fortune.Id, profile_id = fortune.ProfileId }, now);
        await db.SaveChangesAsync(ct);
        return new FortuneDeletedDto(fortune.Id, true, WireTime.ToWire(now));
    }

    /// <summary>The fortune with its profile's plaintext name and birth data: permission <see cref="FortunePermissions.Unmasked"/>, always audited.</summary>
    public async Task<FortuneDto> GetUnmaskedAsync(string id, CallerInfo caller, CancellationToken ct)
    {
        if (!caller.Has(FortunePermissions.Unmasked))
            throw new ProductApiException(ProductErrorKind.Forbidden, FortuneErrorCodes.Forbidden, $"Reading unmasked fortunes needs an API key with the '{FortunePermissions.Unmasked}' permission.");
        var fortune = await FindAsync(id, tracking: false, ct);
        // The foreign key keeps the profile while the fortune exists; a concurrent delete reads as not found.
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == fortune.ProfileId, ct) ?? throw NotFound(id);
        AuditLog.Add(db, caller, AuditActions.FortuneUnmasked, AuditResourceTypes.Fortune, fortune.Id, WireTime.Now(clock));
        await db.SaveChangesAsync(ct);
        var unmasked = ProfileMapper.Unmasked(profile, pii.Name(profile), pii.Birth(profile));
        return FortuneMapper.Full(fortune, includeLuckyItems: true, FortuneMapper.WasServedFromCache(fortune), unmasked);
    }

    private async Task<StoredFortune> FindAsync(string id, bool tracking, CancellationToken ct)
    {
        var query = tracking ? db.Fortunes : db.Fortunes.AsNoTracking();
        return await query.FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw NotFound(id);
    }

    private static ProductApiException NotFound(string id) =>
        new(ProductErrorKind.NotFound, FortuneErrorCodes.NotFound, $"No fortune '{id}'.");
}
