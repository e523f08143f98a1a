namespace Forge.Hosting.Identity;

/// <summary>
/// Who is calling and how, as a value application code can keep (audit entries, background work
/// started by the call). Built by <see cref="ICurrentCaller"/>; no module reads claims itself.
/// </summary>
/// <param name="MaskedApiKey">The key's product prefix and four id characters (<c>bs_live_AbCd…</c>), never the secret.</param>
/// <param name="Endpoint">Method and path, e.g. <c>POST /v1/fortunes</c>.</param>
public sealed record CallerInfo(
    string? Ip,
    string? MaskedApiKey,
    string? ClientId,
    string? RequestId,
    string? UserAgent,
    string? Endpoint,
    IReadOnlySet<string> Permissions)
{
    public Guid? TenantId { get; init; }

    /// <summary><see cref="CredentialTypes"/>: api_key, oauth_client or user; null when anonymous.</summary>
    public string? CredentialType { get; init; }

    /// <summary>The key's product (API keys only).</summary>
    public string? Product { get; init; }

    public string? KeyId { get; init; }

    public bool Has(string permission) => Permissions.Contains(permission);
}
