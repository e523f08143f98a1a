using Forge.Hosting.MultiTenancy;

namespace Forge.NotionForge.Domain.OAuth;

/// <summary>
/// An authorize call waiting for Notion's callback (ADR 42 §OAuth): the CSRF <c>state</c>, kept only as its SHA-256,
/// names the tenant the callback connects. Single use: the callback deletes it; it expires after 10 minutes.
/// </summary>
public sealed class NotionOAuthState : IMultiTenant
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public required string StateHash { get; set; }
    public DateTime ExpiresAt { get; set; }
}
