using System.Globalization;
using System.Security.Cryptography;
using Forge.Hosting.MultiTenancy;
using Microsoft.AspNetCore.DataProtection;

namespace Forge.Hosting.ProductApi.Paging;

/// <summary>
/// Opaque keyset cursors (ADR 33): the last row's (time, id), plus the first page's count for a counted list
/// (ADR 23), protected by ASP.NET Core Data Protection under a purpose bound to product, resource and tenant, so a
/// cursor cannot be forged, edited, used on another list or by another tenant. The protected payload is base64url
/// text. Anything that does not open is the product's <c>invalid_field</c> 400 naming the query field.
/// </summary>
public sealed class KeysetCursors(IDataProtectionProvider provider, ICurrentTenant tenant)
{
    // Payloads: "<ticks>|<id>" (position only) or "c1|<ticks>|<total>|<digest>|<id>" (counted).
    private const string Counted = "c1|";

    public string Encode(CursorScope scope, DateTime at, string id) =>
        Protector(scope).Protect(at.Ticks.ToString(CultureInfo.InvariantCulture) + "|" + id);

    /// <summary>A counted list's cursor: it carries <paramref name="total"/>, valid for the same <paramref name="filters"/>.</summary>
    public string Encode(CursorScope scope, DateTime at, string id, int total, string filters) =>
        Protector(scope).Protect(string.Create(CultureInfo.InvariantCulture, $"{Counted}{at.Ticks}|{total}|{KeysetPosition.Digest(filters)}|{id}"));

    /// <summary>The position of a cursor; null or empty means the first page.</summary>
    /// <exception cref="ProductApiException">Not a cursor this API issued for this list and tenant.</exception>
    public KeysetPosition? Decode(CursorScope scope, string? cursor, string field = "cursor")
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        string payload;
        try
        {
            payload = Protector(scope).Unprotect(cursor);
        }
        catch (CryptographicException)
        {
            throw Invalid(field);
        }
        if (!payload.StartsWith(Counted, StringComparison.Ordinal))
        {
            var parts = payload.Split('|', 2);
            if (parts.Length != 2) throw Invalid(field);
            return new KeysetPosition(Ticks(parts[0], field), parts[1]);
        }
        var fields = payload[Counted.Length..].Split('|', 4);
        if (fields.Length != 4 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var total)) throw Invalid(field);
        return new KeysetPosition(Ticks(fields[0], field), fields[3], total, fields[2]);
    }

    private static DateTime Ticks(string value, string field) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks
            ? new DateTime(ticks, DateTimeKind.Utc)
            : throw Invalid(field);

    private IDataProtector Protector(CursorScope scope) =>
        provider.CreateProtector(scope.Purpose, scope.Resource, tenant.Id?.ToString() ?? "host");

    private static ProductApiException Invalid(string field) =>
        ProductApiException.Invalid(ProductJson.InvalidField, field, $"{field} is not a next_cursor this API issued; start again without it.");
}
