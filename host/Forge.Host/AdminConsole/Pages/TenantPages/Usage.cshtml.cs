using Forge.Host.Usage;
using Microsoft.AspNetCore.Mvc;

namespace Forge.Host.AdminConsole.Pages.TenantPages;

/// <summary>One tenant's API usage: calls per product, error rate, latency percentiles.</summary>
public sealed class TenantUsageModel(UsageReport usage, TimeProvider clock) : TenantPageModel
{
    [BindProperty(SupportsGet = true)] public int Days { get; set; } = 30;

    public UsageSummary Summary { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Days = UsageRange.Clamp(Days);
        var (from, to) = UsageRange.Last(Days, clock);
        Summary = await usage.GetAsync(Tenant.Id, from, to, HttpContext.RequestAborted);
    }
}
