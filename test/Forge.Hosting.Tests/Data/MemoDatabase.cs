using Forge.Hosting.MultiTenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Forge.Hosting.Tests.Data;

/// <summary>
/// A private in-memory SQLite database (it lives as long as the open connection) with the memo
/// schema, and helpers to seed rows as a given tenant through the kernel's own write path.
/// </summary>
public sealed class MemoDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public CurrentTenant Tenant { get; } = new();
    public CommandCapture Capture { get; } = new();

    public MemoDatabase()
    {
        _connection.Open();
        using var context = NewContext();
        context.Database.EnsureCreated();
    }

    /// <summary>A context over the ambient tenant, or over <paramref name="tenant"/> when given.</summary>
    public MemoDbContext NewContext(ICurrentTenant? tenant = null) =>
        new(new DbContextOptionsBuilder<MemoDbContext>().UseSqlite(_connection).AddInterceptors(Capture).Options, tenant ?? Tenant);

    public async Task<Memo[]> SeedAsync(Guid? tenantId, params string[] texts)
    {
        using var _ = Tenant.Change(tenantId);
        await using var context = NewContext();
        var memos = texts.Select(t => new Memo { Text = t }).ToArray();
        context.Memos.AddRange(memos);
        await context.SaveChangesAsync();
        return memos;
    }

    /// <summary>Every row regardless of tenant, read past the filter.</summary>
    public async Task<List<Memo>> AllRowsAsync()
    {
        await using var context = NewContext();
        return await context.Memos.IgnoreQueryFilters().AsNoTracking().OrderBy(m => m.Text).ToListAsync();
    }

    public void Dispose() => _connection.Dispose();
}
