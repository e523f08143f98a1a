using Forge.Fortune.Domain.Fortunes;
using Forge.Fortune.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>
/// <c>GET /v1/fortunes</c> without filters — the common call — as compiled queries: the same SQL as the composed
/// query in <see cref="FortuneListAppService"/>, without rebuilding, hashing and looking up its expression tree on
/// every request (≈ 5 % of a list page's CPU, ADR 35). The tenant filter applies as in any query on the context.
/// </summary>
internal static class UnfilteredFortuneList
{
    private static readonly Func<FortuneDbContext, CancellationToken, Task<int>> CountQuery =
        EF.CompileAsyncQuery((FortuneDbContext db, CancellationToken _) => db.Fortunes.Count());

    private static readonly Func<FortuneDbContext, int, IAsyncEnumerable<FortuneListRow>> FirstPageQuery =
        EF.CompileAsyncQuery((FortuneDbContext db, int take) =>
            db.Fortunes.AsNoTracking().OrderByDescending(f => f.GeneratedAt).ThenByDescending(f => f.Id).Take(take)
                .Select(FortuneListRow.FromStored));

    // The keyset condition exactly as the composed query writes it (see there for why the first conjunct is needed).
    private static readonly Func<FortuneDbContext, DateTime, string, int, IAsyncEnumerable<FortuneListRow>> NextPageQuery =
        EF.CompileAsyncQuery((FortuneDbContext db, DateTime at, string id, int take) =>
            db.Fortunes.AsNoTracking()
                .Where(f => f.GeneratedAt <= at && (f.GeneratedAt < at || string.Compare(f.Id, id) < 0))
                .OrderByDescending(f => f.GeneratedAt).ThenByDescending(f => f.Id).Take(take)
                .Select(FortuneListRow.FromStored));

    public static Task<int> CountAsync(FortuneDbContext db, CancellationToken ct) => CountQuery(db, ct);

    public static async Task<List<FortuneListRow>> PageAsync(FortuneDbContext db, (DateTime At, string Id)? after, int take, CancellationToken ct)
    {
        var rows = new List<FortuneListRow>(take);
        var query = after is { } last ? NextPageQuery(db, last.At, last.Id, take) : FirstPageQuery(db, take);
        await foreach (var row in query.WithCancellation(ct)) rows.Add(row);
        return rows;
    }
}
