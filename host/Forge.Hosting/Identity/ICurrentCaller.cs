namespace Forge.Hosting.Identity;

/// <summary>The request's caller for every module (ABP's ICurrentUser, for API credentials).</summary>
public interface ICurrentCaller
{
    bool IsAuthenticated { get; }
    Guid? TenantId { get; }
    string? CredentialType { get; }
    string? Product { get; }
    string? KeyId { get; }
    string? ClientId { get; }
    IReadOnlySet<string> Permissions { get; }
    string? Ip { get; }
    string? RequestId { get; }

    bool Has(string permission);

    /// <summary>The caller as a value, for audit entries and work that outlives the request.</summary>
    CallerInfo Snapshot();
}
