using Forge.Hosting.ProductApi.Paging;
using Microsoft.EntityFrameworkCore;

namespace Forge.Host.Tests.Paging;

/// <summary>
/// ADR 33: the kernel's keyset page on the real provider. Walking every page, in either order, returns each row
/// exactly once in (key, id) order — also when many rows share one key, where a cursor on the key alone would skip
/// or repeat rows.
/// </summary>
[ProviderSensitive]
public sealed class KeysetQueryableTests : IAsyncLifetime
{
    private static readonly DateTime Start = new(2025, 1, 16, 9, 0, 0, DateTimeKind.Utc);
    private TestDatabase _database = null!;
    private PagedRowsDb _db = null!;
    private List<PagedRow> _rows = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _db = await PagedRowsDb.CreateAsync(_database);
        // 23 rows on 4 distinct times: runs of ties longer than a page, ids not in insertion order.
        _rows = Enumerable.Range(0, 23)
            .Select(i => new PagedRow { Id = $"row_{(i * 7) % 23:D2}", At = Start.AddMilliseconds(i % 4) })
            .ToList();
        _db.Rows.AddRange(_rows);
        await _db.SaveChangesAsync();
        _db.ChangeTracker.Clear();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData(KeysetOrder.Ascending, 1)]
    [InlineData(KeysetOrder.Ascending, 4)]
    [InlineData(KeysetOrder.Descending, 5)]
    [InlineData(KeysetOrder.Descending, 23)]
    public async Task Every_row_comes_once_in_key_then_id_order(KeysetOrder order, int limit)
    {
        var expected = order == KeysetOrder.Ascending
            ? _rows.OrderBy(r => r.At).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Id).ToList()
            : _rows.OrderByDescending(r => r.At).ThenByDescending(r => r.Id, StringComparer.Ordinal).Select(r => r.Id).ToList();

        var seen = new List<string>();
        KeysetPosition? after = null;
        var pages = 0;
        while (true)
        {
            var (rows, hasMore) = await _db.Rows.AsNoTracking().KeysetPage(r => r.At, r => r.Id, after, order, limit).ToKeysetPageAsync(limit, default);
            pages++;
            rows.Count.ShouldBeLessThanOrEqualTo(limit);
            seen.AddRange(rows.Select(r => r.Id));
            if (!hasMore) break;
            after = new KeysetPosition(rows[^1].At, rows[^1].Id);
            pages.ShouldBeLessThan(100);
        }

        seen.ShouldBe(expected);
        pages.ShouldBe((expected.Count + limit - 1) / limit);
    }

    [Fact]
    public async Task A_position_inside_a_run_of_ties_continues_after_its_id()
    {
        var tied = _rows.Where(r => r.At == Start).Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        var after = new KeysetPosition(Start, tied[1]);

        var (rows, _) = await _db.Rows.AsNoTracking().KeysetPage(r => r.At, r => r.Id, after, KeysetOrder.Ascending, 100).ToKeysetPageAsync(100, default);

        rows.Select(r => r.Id).Take(tied.Count - 2).ShouldBe(tied.Skip(2));
        rows.ShouldNotContain(r => r.Id == tied[0] || r.Id == tied[1]);
    }
}
