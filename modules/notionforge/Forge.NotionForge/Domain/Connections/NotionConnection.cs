using Forge.Hosting.MultiTenancy;

namespace Forge.NotionForge.Domain.Connections;

/// <summary>
/// A tenant's connected Notion workspace (ADR 42 §OAuth): at most one per tenant, the access token encrypted with the
/// kernel's protector. Written by the OAuth callback; read by every request that omits <c>notion_token</c>.
/// </summary>
public sealed class NotionConnection : IMultiTenant
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public required string ProtectedAccessToken { get; set; }
    public required string WorkspaceId { get; set; }
    public string? WorkspaceName { get; set; }
    public string? WorkspaceIcon { get; set; }
    public string? BotId { get; set; }
    public DateTime ConnectedAt { get; set; }
}
