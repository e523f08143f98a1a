using System.Globalization;
using System.Security.Cryptography;
using Forge.Hosting.MultiTenancy;
using Microsoft.AspNetCore.DataProtection;

namespace Forge.Fortune.Application.Reports;

/// <summary>
/// The audit list's cursor: the last entry's (created_at, id), protected like the profile cursor (ADR 10) but
/// under its own purpose, so a profile cursor is not accepted here nor another tenant's anywhere.
/// </summary>
public sealed class AuditCursor(IDataProtectionProvider provider, ICurrentTenant tenant)
{
    private IDataProtector Protector => provider.CreateProtector("Forge.Fortune.Cursor", "audit", tenant.Id?.ToString() ?? "host");

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
