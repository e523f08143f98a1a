using System.Globalization;
using System.Security.Cryptography;
using Forge.Hosting.MultiTenancy;
using Microsoft.AspNetCore.DataProtection;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application;

/// <summary>
/// A list's opaque cursor — the last row's (timestamp, id) — protected by ASP.NET Core Data Protection
/// under a purpose bound to the resource and the tenant (ADR 10), so it cannot be forged, edited, used
/// on another list or by another tenant. Anything that does not unprotect is <c>invalid_field cursor</c>.
/// </summary>
public sealed class KeysetCursor(IDataProtectionProvider provider, ICurrentTenant tenant)
{
    public string Encode(string resource, DateTime at, string id) =>
        Protector(resource).Protect(at.Ticks.ToString(CultureInfo.InvariantCulture) + "|" + id);

    public (DateTime At, string Id) Decode(string resource, string cursor)
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
        var parts = payload.Split('|', 2);
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
            throw Invalid();
        return (new DateTime(ticks, DateTimeKind.Utc), parts[1]);
    }

    private IDataProtector Protector(string resource) =>
        provider.CreateProtector("Forge.Fortune.Cursor", resource, tenant.Id?.ToString() ?? "host");

    private static ProductApiException Invalid() =>
        FortuneRefusal.Invalid("cursor", "cursor is not a next_cursor this API issued; start again without it.");
}
