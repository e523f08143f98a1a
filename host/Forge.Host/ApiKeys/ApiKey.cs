using Forge.Hosting.MultiTenancy;

namespace Forge.Host.ApiKeys;

public enum ApiKeyState
{
    Active,
    Suspended,
    Revoked,
}

/// <summary>A product API key. Only the SHA-256 of the whole key is stored; the key is shown once.</summary>
public sealed class ApiKey : IMultiTenant
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public string Product { get; set; } = "";
    /// <summary>The public part embedded in the key, used to find the row before the constant-time compare.</summary>
    public string KeyId { get; set; } = "";
    public byte[] SecretHash { get; set; } = [];
    /// <summary>Prefix and last four characters, for lists ("bs_live_…a1b2").</summary>
    public string Hint { get; set; } = "";
    public ApiKeyState State { get; set; }
    /// <summary>Extra rights beyond calling the product's API, space separated (e.g. fortune:unmasked).</summary>
    public string Permissions { get; set; } = "";
    public DateTime? ExpiresAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime CreatedAt { get; set; }
}
