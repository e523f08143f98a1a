using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Forge.Hosting.MultiTenancy;
using Microsoft.AspNetCore.DataProtection;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application;

/// <summary>
/// A list's opaque cursor — the last row's (timestamp, id) — protected by ASP.NET Core Data Protection
/// under a purpose bound to the resource and the tenant (ADR 10), so it cannot be forged, edited, used
/// on another list or by another tenant. Anything that does not unprotect is <c>invalid_field cursor</c>.
/// A counted list's cursor also carries the <c>total_count</c> of its first page and a digest of the
/// filters it was counted under (ADR 23), so later pages do not count again.
/// </summary>
public sealed class KeysetCursor(IDataProtectionProvider provider, ICurrentTenant tenant)
{
    private const string Counted = "c1|";

    public string Encode(string resource, DateTime at, string id) =>
        Protector(resource).Protect(at.Ticks.ToString(CultureInfo.InvariantCulture) + "|" + id);

    public string Encode(string resource, DateTime at, string id, int total, string filters) =>
        Protector(resource).Protect(string.Create(CultureInfo.InvariantCulture, $"{Counted}{at.Ticks}|{total}|{Digest(filters)}|{id}"));

    public (DateTime At, string Id) Decode(string resource, string cursor)
    {
        var position = DecodePosition(resource, cursor);
        return (position.At, position.Id);
    }

    public CursorPosition DecodePosition(string resource, string cursor)
    {
        string payload;
        try
        {
            payload = Protector(resource).Unprotect(cursor);
        }
        catch (CryptographicException)
        {
            throw Invalid();
        }
        if (!payload.StartsWith(Counted, StringComparison.Ordinal))
        {
            // Issued before counts were carried (or by an uncounted list): position only.
            var parts = payload.Split('|', 2);
            if (parts.Length != 2) throw Invalid();
            return new CursorPosition(Ticks(parts[0]), parts[1], null, null);
        }
        var fields = payload[Counted.Length..].Split('|', 4);
        if (fields.Length != 4 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var total)) throw Invalid();
        return new CursorPosition(Ticks(fields[0]), fields[3], total, fields[2]);
    }

    /// <summary>A short digest of a list's filters: a cursor's count is reused only under the same ones.</summary>
    public static string Digest(string filters) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(filters)), 0, 12);

    private static DateTime Ticks(string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks
            ? new DateTime(ticks, DateTimeKind.Utc)
            : throw Invalid();

    private IDataProtector Protector(string resource) =>
        provider.CreateProtector("Forge.Fortune.Cursor", resource, tenant.Id?.ToString() ?? "host");

    private static ProductApiException Invalid() =>
        FortuneRefusal.Invalid("cursor", "cursor is not a next_cursor this API issued; start again without it.");
}

/// <summary>Where a cursor points, and the count it carries when it was issued under <see cref="FiltersDigest"/>.</summary>
public sealed record CursorPosition(DateTime At, string Id, int? Total, string? FiltersDigest)
{
    /// <summary>The first page's count when the filters are the same, else null (count again).</summary>
    public int? TotalFor(string filters) => Total is { } total && FiltersDigest == KeysetCursor.Digest(filters) ? total : null;
}
