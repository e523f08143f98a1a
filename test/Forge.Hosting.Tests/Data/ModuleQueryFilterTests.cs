using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Forge.Hosting.Tests.Data;

/// <summary>The tenant filter is added after the module's model; it must not replace the module's own filters.</summary>
public sealed class ModuleQueryFilterTests : IAsyncLifetime
{
    private static readonly Guid Acme = Guid.Parse("0a0a0a0a-0000-0000-0000-00000000000a");
    private static readonly Guid Globex = Guid.Parse("0b0b0b0b-0000-0000-0000-00000000000b");

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly CurrentTenant _tenant = new();

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var context = NewContext();
        await context.Database.EnsureCreatedAsync();
        await SeedAsync(Acme, new Document { Title = "acme-live" }, new Document { Title = "acme-archived", Archived = true });
        await SeedAsync(Globex, new Document { Title = "globex-live" }, new Document { Title = "globex-archived", Archived = true });
    }

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    [Fact]
    public async Task Both_the_module_filter_and_the_tenant_filter_apply()
    {
        using var _ = _tenant.Change(Acme);
        await using var context = NewContext();

        (await context.Documents.Select(d => d.Title).ToListAsync()).ShouldBe(["acme-live"]);
    }

    [Fact]
    public async Task Ignoring_the_module_filter_by_name_keeps_the_tenant_filter()
    {
        using var _ = _tenant.Change(Acme);
        await using var context = NewContext();

        var titles = await context.Documents.IgnoreQueryFilters([DocumentDbContext.ArchivedFilter])
            .Select(d => d.Title).OrderBy(t => t).ToListAsync();

        titles.ShouldBe(["acme-archived", "acme-live"]);
    }

    [Fact]
    public void An_unnamed_module_filter_fails_model_building_with_a_clear_message()
    {
        using var context = new UnnamedFilterDbContext(
            new DbContextOptionsBuilder<UnnamedFilterDbContext>().UseSqlite(_connection).Options, _tenant);

        var error = Should.Throw<InvalidOperationException>(() => context.Model);

        error.Message.ShouldContain(nameof(Document));
        error.Message.ShouldContain(MultiTenancyModel.TenantFilterName);
    }

    private DocumentDbContext NewContext() =>
        new(new DbContextOptionsBuilder<DocumentDbContext>().UseSqlite(_connection).Options, _tenant);

    private async Task SeedAsync(Guid tenantId, params Document[] documents)
    {
        using var _ = _tenant.Change(tenantId);
        await using var context = NewContext();
        context.Documents.AddRange(documents);
        await context.SaveChangesAsync();
    }
}
