using System.Security.Cryptography;
using System.Text;

namespace Forge.Hosting.ProductApi.Paging;

/// <summary>
/// Where a cursor points — the last row's sort key and id — and, for a counted list, the <c>total_count</c> of its
/// first page with a digest of the filters it was counted under (ADR 23).
/// </summary>
public sealed record KeysetPosition(DateTime At, string Id, int? Total = null, string? FiltersDigest = null)
{
    /// <summary>The first page's count when the filters are the same, else null (count again).</summary>
    public int? TotalFor(string filters) => Total is { } total && FiltersDigest == Digest(filters) ? total : null;

    /// <summary>A short digest of a list's filters: a cursor's count is reused only under the same ones.</summary>
    public static string Digest(string filters) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(filters)), 0, 12);
}
