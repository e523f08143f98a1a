using Forge.Host.Data;
using Forge.Hosting.Work;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.AdminConsole.Pages.Host;

/// <summary>Every module's long-running work across tenants, and the durable job records by state.</summary>
public sealed class JobsModel(WorkItems work, PlatformDbContext db) : ConsolePageModel
{
    private const int Shown = 100;

    public IReadOnlyList<WorkItemView> Items { get; private set; } = [];
    public IReadOnlyList<(string State, int Count)> JobCounts { get; private set; } = [];
    private Dictionary<Guid, string> _names = [];

    public string TenantName(Guid id) => _names.TryGetValue(id, out var name) ? name : id.ToString()[..8];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Items = await work.ListRecentAsync(null, Shown, ct);
        var ids = Items.Where(i => i.TenantId is not null).Select(i => i.TenantId!.Value).Distinct().ToList();
        _names = await db.Tenants.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var counts = await db.BackgroundJobs.IgnoreQueryFilters().GroupBy(j => j.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        JobCounts = counts.OrderBy(c => c.Key).Select(c => (c.Key.ToString().ToLowerInvariant(), c.Count)).ToList();
    }
}
