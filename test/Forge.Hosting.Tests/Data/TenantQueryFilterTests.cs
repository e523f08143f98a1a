using Microsoft.EntityFrameworkCore;

namespace Forge.Hosting.Tests.Data;

public sealed class TenantQueryFilterTests : IAsyncLifetime
{
    private static readonly Guid Acme = Guid.Parse("0a0a0a0a-0000-0000-0000-00000000000a");
    private static readonly Guid Globex = Guid.Parse("0b0b0b0b-0000-0000-0000-00000000000b");

    private readonly MemoDatabase _db = new();

    public async Task InitializeAsync()
    {
        await _db.SeedAsync(Acme, "acme-1", "acme-2");
        await _db.SeedAsync(Globex, "globex-1");
        await _db.SeedAsync(null, "host-1");
        await using var context = _db.NewContext();
        context.Settings.Add(new SharedSetting { Value = "shared" });
        await context.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        _db.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_tenant_sees_only_its_own_rows()
    {
        using var _ = _db.Tenant.Change(Acme);
        await using var context = _db.NewContext();

        var texts = await context.Memos.Select(m => m.Text).OrderBy(t => t).ToListAsync();

        texts.ShouldBe(["acme-1", "acme-2"]);
    }

    [Fact]
    public async Task The_host_sees_only_host_rows()
    {
        await using var context = _db.NewContext();

        var texts = await context.Memos.Select(m => m.Text).ToListAsync();

        texts.ShouldBe(["host-1"]);
    }

    [Fact]
    public async Task Lookup_by_id_of_another_tenants_row_finds_nothing()
    {
        var globexRow = (await _db.AllRowsAsync()).Single(m => m.Text == "globex-1");
        using var _ = _db.Tenant.Change(Acme);
        await using var context = _db.NewContext();

        (await context.Memos.FirstOrDefaultAsync(m => m.Id == globexRow.Id)).ShouldBeNull();
        (await context.Memos.CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task The_same_context_instance_follows_the_tenant_of_each_query()
    {
        await using var context = _db.NewContext();

        List<string> asAcme, asGlobex, asHost;
        using (_db.Tenant.Change(Acme))
            asAcme = await context.Memos.AsNoTracking().Select(m => m.Text).OrderBy(t => t).ToListAsync();
        using (_db.Tenant.Change(Globex))
            asGlobex = await context.Memos.AsNoTracking().Select(m => m.Text).ToListAsync();
        asHost = await context.Memos.AsNoTracking().Select(m => m.Text).ToListAsync();

        asAcme.ShouldBe(["acme-1", "acme-2"]);
        asGlobex.ShouldBe(["globex-1"]);
        asHost.ShouldBe(["host-1"]);
    }

    [Fact]
    public async Task The_tenant_id_is_sent_as_a_parameter_not_baked_into_the_sql()
    {
        using var _ = _db.Tenant.Change(Globex);
        await using var context = _db.NewContext();

        await context.Memos.AsNoTracking().ToListAsync();

        var query = _db.Capture.Commands.Last(c => c.Text.Contains("memos", StringComparison.OrdinalIgnoreCase));
        query.Text.ShouldNotContain(Globex.ToString(), Case.Insensitive);
        query.ParameterValues.Select(v => v?.ToString()).ShouldContain(v => string.Equals(v, Globex.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Each_context_instance_filters_by_its_own_tenant_after_the_model_is_cached()
    {
        // The model (and its filter) is built once per context type, around whichever instance came
        // first; EF must swap in the instance that runs the query, or every context would share one tenant.
        // FixedTenant keeps each instance's tenant independent of the ambient one.
        await using var first = _db.NewContext(new FixedTenant(Acme));
        await using var second = _db.NewContext(new FixedTenant(Globex));

        var seenByFirst = await first.Memos.AsNoTracking().Select(m => m.Text).OrderBy(t => t).ToListAsync();
        var seenBySecond = await second.Memos.AsNoTracking().Select(m => m.Text).ToListAsync();

        seenByFirst.ShouldBe(["acme-1", "acme-2"]);
        seenBySecond.ShouldBe(["globex-1"]);
    }

    [Fact]
    public async Task Entities_that_are_not_multi_tenant_are_not_filtered()
    {
        using var _ = _db.Tenant.Change(Acme);
        await using var context = _db.NewContext();

        (await context.Settings.Select(s => s.Value).ToListAsync()).ShouldBe(["shared"]);
    }
}
