using Forge.Hosting.Identity;
using Forge.Fortune.Application.Audit;
using Forge.Fortune.Application.Profiles;
using Forge.Fortune.Domain.Audit;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Profiles;
using Forge.Fortune.Reports;
using Microsoft.EntityFrameworkCore;
using Forge.Hosting.ProductApi;
using Forge.Hosting.ProductApi.Paging;

namespace Forge.Fortune.Application.Reports;

/// <summary>
/// <c>GET /v1/reports/audit</c> (R-audit): the tenant's audit log, newest first, keyset-paged on
/// (created_at, id) descending. Only for credentials with <see cref="FortunePermissions.Audit"/>.
/// </summary>
public sealed class AuditReportAppService(FortuneDbContext db, KeysetCursors cursors)
{
    private static readonly CursorScope Scope = new("Fortune", "audit");

    public async Task<ListEnvelope<AuditLogDto>> ListAsync(AuditQuery query, CallerInfo caller, CancellationToken ct)
    {
        // Before any validation, so a refusal says nothing about the query.
        if (!caller.Has(FortunePermissions.Audit))
            throw new ProductApiException(ProductErrorKind.Forbidden, FortuneErrorCodes.Forbidden, $"Reading the audit log needs an API key with the '{FortunePermissions.Audit}' permission.");
        var filter = AuditFilter.Parse(query);
        var position = cursors.Decode(Scope, query.Cursor);

        var filtered = db.AuditEntries.AsNoTracking();
        if (filter.Action is { } action) filtered = filtered.Where(a => a.Action == action);
        if (filter.ResourceType is { } type) filtered = filtered.Where(a => a.ResourceType == type);
        if (filter.ResourceId is { } resource) filtered = filtered.Where(a => a.ResourceId == resource);
        if (filter.ActorIp is { } ip) filtered = filtered.Where(a => a.ActorIp == ip);
        if (filter.From is { } from) filtered = filtered.Where(a => a.CreatedAt >= from);
        if (filter.Until is { } until)
            filtered = filter.UntilInclusive ? filtered.Where(a => a.CreatedAt <= until) : filtered.Where(a => a.CreatedAt < until);
        var total = await filtered.CountAsync(ct);

        var (rows, hasMore) = await filtered.KeysetPage(a => a.CreatedAt, a => a.Id, position, KeysetOrder.Descending, filter.Limit)
            .ToKeysetPageAsync(filter.Limit, ct);
        var next = hasMore ? cursors.Encode(Scope, rows[^1].CreatedAt, rows[^1].Id) : null;
        return new ListEnvelope<AuditLogDto>(rows.Select(Map).ToList(), hasMore, next, total);
    }

    private static AuditLogDto Map(AuditEntry a) => new(
        a.Id, a.Action, a.ResourceType, a.ResourceId, a.ActorIp, a.ActorApiKey, a.ActorClientId, a.RequestId,
        new AuditMetadataDto(a.UserAgent, a.Endpoint), WireTime.ToWire(a.CreatedAt));
}
