using Forge.Host.AdminConsole.Charts;
using Forge.Host.Data;
using Forge.Host.Usage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.AdminConsole.Pages.Host;

/// <summary>Platform-wide usage, plus the busiest tenants day by day.</summary>
public sealed class UsageModel(UsageReport usage, PlatformDbContext db, TimeProvider clock) : ConsolePageModel
{
    private const int TenantsCharted = 5;

    [BindProperty(SupportsGet = true)] public int Days { get; set; } = 30;

    public UsageSummary Summary { get; private set; } = null!;
    public IReadOnlyList<ChartSeries> TenantSeries { get; private set; } = [];
    private Dictionary<Guid, string> _names = [];

    public string TenantName(Guid id) => _names.TryGetValue(id, out var name) ? name : id.ToString()[..8];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Days = UsageRange.Clamp(Days);
        var (from, to) = UsageRange.Last(Days, clock);
        Summary = await usage.GetAsync(null, from, to, ct);
        var ids = Summary.TopTenants.Select(t => t.TenantId).ToList();
        _names = await db.Tenants.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var series = new List<ChartSeries>();
        foreach (var top in Summary.TopTenants.Take(TenantsCharted))
        {
            var one = await usage.GetAsync(top.TenantId, from, to, ct);
            series.Add(ChartSeries.Of(TenantName(top.TenantId), one.Days.Select(d => d.Stats.Calls)));
        }
        TenantSeries = series;
    }
}
