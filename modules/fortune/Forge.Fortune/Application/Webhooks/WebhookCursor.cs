using System.Globalization;
using System.Security.Cryptography;
using Forge.Hosting.MultiTenancy;
using Microsoft.AspNetCore.DataProtection;

namespace Forge.Fortune.Application.Webhooks;

/// <summary>
/// The list's opaque cursor: the last row's (created_at, id), authenticated and encrypted by ASP.NET Core
/// Data Protection under a purpose bound to the tenant — so a cursor cannot be forged, edited, or replayed
/// by another tenant. Anything that does not unprotect is refused as <c>invalid_field cursor</c>.
/// </summary>
public sealed class WebhookCursor(IDataProtectionProvider provider, ICurrentTenant tenant)
{
    private IDataProtector Protector => provider.CreateProtector("Forge.Fortune.Cursor", "webhooks", tenant.Id?.ToString() ?? "host");

    public string Encode(DateTime createdAt, string id) =>
        Protector.Protect(createdAt.Ticks.ToString(CultureInfo.InvariantCulture) + "|" + id);

    public (DateTime CreatedAt, string Id) Decode(string cursor)
    {
        string payload;
        try
        {
            payload = Protector.Unprotect(cursor);
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

    private static FortuneApiException Invalid() =>
        FortuneApiException.Invalid("cursor", "cursor is not a next_cursor this API issued; start again without it.");
}
