using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.Hosting.Tests.Data;

public sealed class HierarchyFilterTests
{
    [Fact]
    public void A_tenant_owned_type_under_a_shared_root_stops_model_building()
    {
        using var context = new HierarchyDbContext(
            new DbContextOptionsBuilder<HierarchyDbContext>().UseSqlite("Data Source=:memory:").Options, new CurrentTenant());

        var error = Should.Throw<InvalidOperationException>(() => _ = context.Model);
        error.Message.ShouldContain("TenantCircle");
        error.Message.ShouldContain("Shape");
    }
}
