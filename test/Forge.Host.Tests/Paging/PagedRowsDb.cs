using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Tests.Paging;

public sealed class PagedRow
{
    public string Id { get; set; } = "";
    public DateTime At { get; set; }
}

/// <summary>A one-table context on the test provider (SQLite or PostgreSQL), for the kernel's keyset helper alone.</summary>
public sealed class PagedRowsDb(DbContextOptions<PagedRowsDb> options) : DbContext(options)
{
    public DbSet<PagedRow> Rows => Set<PagedRow>();

    protected override void OnModelCreating(ModelBuilder model) => model.Entity<PagedRow>(e =>
    {
        e.ToTable("paged_rows");
        e.HasKey(r => r.Id);
        e.HasIndex(r => new { r.At, r.Id });
    });

    public static async Task<PagedRowsDb> CreateAsync(TestDatabase database)
    {
        var builder = new DbContextOptionsBuilder<PagedRowsDb>();
        if (database.Provider == "PostgreSql") builder.UseNpgsql(database.ConnectionString);
        else builder.UseSqlite(database.ConnectionString);
        var db = new PagedRowsDb(builder.Options);
        await db.Database.EnsureCreatedAsync();
        return db;
    }
}
