namespace Forge.Fortune.Application.Audit;

/// <summary>
/// Who is calling and how, as the audit log records it (R-audit's flat shape), plus the
/// permissions the credential carries. Built by the HTTP layer from the request.
/// </summary>
public sealed record FortuneCaller(
    string? Ip,
    string? MaskedApiKey,
    string? ClientId,
    string? RequestId,
    string? UserAgent,
    string? Endpoint,
    IReadOnlySet<string> Permissions)
{
    public bool Has(string permission) => Permissions.Contains(permission);
}
