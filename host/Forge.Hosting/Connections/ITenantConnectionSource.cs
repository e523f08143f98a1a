namespace Forge.Hosting.Connections;

/// <summary>
/// A module's links from a tenant to an outside service (e.g. NotionForge's connected Notion workspace), for the
/// admin console's Connections page (ADR 54). A module registers one (<c>services.AddScoped&lt;ITenantConnectionSource, …&gt;()</c>);
/// the console lists and disconnects through this interface only, so the host references no module's types.
/// Both calls run inside the tenant (the console switches <c>ICurrentTenant</c> first), so a module's tenant
/// filter keeps another tenant's connection out of reach.
/// </summary>
public interface ITenantConnectionSource
{
    /// <summary>This source's name, unique among sources, e.g. <c>notionforge.notion</c>.</summary>
    string Source { get; }

    /// <summary>The current tenant's connections of this source.</summary>
    Task<IReadOnlyList<TenantConnectionView>> ListAsync(CancellationToken ct);

    /// <summary>Removes the current tenant's connection <paramref name="id"/>; false when it has none by that id.</summary>
    Task<bool> DisconnectAsync(string id, CancellationToken ct);
}

/// <summary>One connection as the console shows it.</summary>
/// <param name="Source">Which source lists it (unique per source), e.g. <c>notionforge.notion</c>; disconnects go back to it.</param>
/// <param name="Service">The outside service for people, e.g. <c>Notion</c>.</param>
/// <param name="Id">The connection's id within its source.</param>
/// <param name="Name">What it connects to, e.g. the workspace's name.</param>
/// <param name="ConnectedAt">UTC.</param>
public sealed record TenantConnectionView(string Source, string Service, string Id, string Name, DateTime ConnectedAt);
