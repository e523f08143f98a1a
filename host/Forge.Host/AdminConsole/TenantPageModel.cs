using Forge.Host.Data;
using Forge.Host.Tenants;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.AdminConsole;

/// <summary>
/// A page about one tenant (<c>/console/tenants/{id}/…</c>). Before any handler runs, the tenant is
/// loaded and access checked: a host admin may open every tenant, a tenant admin only their own.
/// Any other id answers 404, exactly like an id that does not exist, so URL tampering learns nothing.
/// </summary>
public abstract class TenantPageModel : ConsolePageModel
{
    [FromRoute] public Guid Id { get; set; }

    public Tenant Tenant { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!IsHostAdmin && UserTenantId != Id)
        {
            context.Result = NotFound();
            return;
        }
        var db = HttpContext.RequestServices.GetRequiredService<PlatformDbContext>();
        var tenant = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == Id, HttpContext.RequestAborted);
        if (tenant is null)
        {
            context.Result = NotFound();
            return;
        }
        Tenant = tenant;
        if (!IsHostAdmin && tenant.State == TenantState.Suspended)
        {
            context.Result = Redirect("/console/suspended");
            return;
        }
        await next();
    }
}
