namespace Forge.Host.Tenants;

public enum TenantState
{
    Active,
    Suspended,
}

/// <summary>A customer of the platform. Not multi-tenant itself: only the host manages tenants.</summary>
public sealed class Tenant
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string NormalizedName { get; set; } = "";
    public string Edition { get; set; } = Editions.Free;
    public TenantState State { get; set; }
    public DateTime CreatedAt { get; set; }

    public static string Normalize(string name) => name.Trim().ToLowerInvariant();
}

/// <summary>The plans. Feature values per edition are declared with each feature.</summary>
public static class Editions
{
    public const string Free = "free";
    public const string Pro = "pro";
    public const string Enterprise = "enterprise";

    public static readonly IReadOnlyList<string> All = [Free, Pro, Enterprise];

    public static bool IsValid(string? edition) => edition is not null && All.Contains(edition.ToLowerInvariant());
}
