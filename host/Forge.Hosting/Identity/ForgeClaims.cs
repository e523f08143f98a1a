namespace Forge.Hosting.Identity;

/// <summary>Claim types the platform puts on every authenticated principal.</summary>
public static class ForgeClaims
{
    public const string TenantId = "forge:tenant_id";
    public const string CredentialType = "forge:credential_type";
    public const string Product = "forge:product";
    public const string KeyId = "forge:key_id";
    public const string ClientId = "forge:client_id";
    public const string Scope = "scope";
    public const string Permission = "forge:permission";
}

public static class CredentialTypes
{
    public const string ApiKey = "api_key";
    public const string OAuthClient = "oauth_client";
    public const string User = "user";
}
