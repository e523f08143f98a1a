using Forge.Hosting.MultiTenancy;

namespace Forge.Fortune.Domain.Profiles;

/// <summary>
/// A person's stored chart. The name and birth data are PII, kept only as AES-256-GCM ciphertext;
/// the chart's day master and elements stay in clear so lists and reports can filter on them.
/// </summary>
public sealed class Profile : IMultiTenant
{
    public required string Id { get; init; }
    public Guid? TenantId { get; set; }

    /// <summary>The caller's own id for the person; unique per tenant when given.</summary>
    public string? ExternalId { get; set; }

    public required string NameEncrypted { get; set; }

    /// <summary>The <see cref="BirthData"/> as JSON, encrypted.</summary>
    public required string BirthDataEncrypted { get; set; }

    /// <summary><c>male</c> / <c>female</c>.</summary>
    public required string Gender { get; set; }

    /// <summary>Hangul stem + element, e.g. <c>병화</c>.</summary>
    public required string DayMaster { get; set; }

    /// <summary>English element of the day master (<c>fire</c>).</summary>
    public required string DayMasterElement { get; set; }

    public required string WeakestElement { get; set; }

    /// <summary>UTC, whole milliseconds (what every provider stores exactly, so the cursor round-trips).</summary>
    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
