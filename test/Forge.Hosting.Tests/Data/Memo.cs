using Forge.Hosting.MultiTenancy;

namespace Forge.Hosting.Tests.Data;

/// <summary>A tenant-owned row of the test-only context.</summary>
public sealed class Memo : IMultiTenant
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid? TenantId { get; set; }
    public string Text { get; set; } = "";
}
