using System.Linq.Expressions;
using Forge.Fortune.Domain.Audit;
using Forge.Fortune.Domain.Profiles;
using Forge.Fortune.Domain.Saju;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Reports;
using Microsoft.EntityFrameworkCore;

namespace Forge.Fortune.Application.Reports;

/// <summary>
/// <c>GET /v1/reports/profiles</c> (R-profiles). Every figure is a COUNT / GROUP BY in the database over the
/// current tenant's rows (the kernel's filter): profiles are hard-deleted, so created and deleted counts come
/// from the audit log, which records both in the same transaction as the change.
/// </summary>
public sealed class ProfileReportAppService(FortuneDbContext db, TimeProvider clock)
{
    private static readonly string[] Genders = ["male", "female"];
    private static readonly string[] DayMasters = Enum.GetValues<HeavenlyStem>().Select(s => s.HangulWithElement()).ToArray();
    private static readonly string[] Elements = Enum.GetValues<FiveElement>().Select(e => e.English()).ToArray();

    public async Task<ProfileReportDto> GetAsync(string? startDate, string? endDate, CancellationToken ct)
    {
        var range = ReportDateRange.Parse(startDate, endDate, clock);
        var (from, until) = (range.From, range.Until);

        var audit = db.AuditEntries.AsNoTracking().Where(a => a.CreatedAt >= from && a.CreatedAt < until);
        var created = await audit.LongCountAsync(a => a.Action == AuditActions.ProfileCreated, ct);
        var deleted = await audit.LongCountAsync(a => a.Action == AuditActions.ProfileDeleted, ct);

        var active = db.Profiles.AsNoTracking().Where(p => p.CreatedAt >= from && p.CreatedAt < until);
        var activeCount = await active.LongCountAsync(ct);
        var gender = await CountByAsync(active, p => p.Gender, ct);
        var dayMaster = await CountByAsync(active, p => p.DayMaster, ct);
        var dayMasterElement = await CountByAsync(active, p => p.DayMasterElement, ct);
        var weakest = await CountByAsync(active, p => p.WeakestElement, ct);

        return new ProfileReportDto(
            ReportDateRange.Format(range.Start), ReportDateRange.Format(range.End),
            // total counts each creation's audit entry, so a profile created in the range and since deleted still counts.
            created, activeCount, deleted,
            Shares(Genders, gender, activeCount),
            Shares(DayMasters, dayMaster, activeCount),
            new ElementDistributionDto(Shares(Elements, dayMasterElement, activeCount), Shares(Elements, weakest, activeCount)));
    }

    private static async Task<Dictionary<string, long>> CountByAsync(IQueryable<Profile> profiles, Expression<Func<Profile, string>> key, CancellationToken ct) =>
        await profiles.GroupBy(key).Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>Every documented key, zero or not, in the documented order; the percentage is of all active profiles.</summary>
    private static Dictionary<string, ShareDto> Shares(IEnumerable<string> keys, IReadOnlyDictionary<string, long> counts, long total) =>
        keys.ToDictionary(k => k, k => new ShareDto(counts.GetValueOrDefault(k), Percent.Of(counts.GetValueOrDefault(k), total)));
}
