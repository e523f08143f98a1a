using Forge.Hosting.MultiTenancy;

namespace Forge.Hosting.Tests.Data;

/// <summary>A tenant-owned row with a module filter of its own (archived documents are hidden).</summary>
public sealed class Document : IMultiTenant
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid? TenantId { get; set; }
    public string Title { get; set; } = "";
    public bool Archived { get; set; }
}
