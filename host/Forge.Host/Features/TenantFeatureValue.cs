using Forge.Hosting.MultiTenancy;

namespace Forge.Host.Features;

/// <summary>A tenant's override of a feature value.</summary>
public sealed class TenantFeatureValue : IMultiTenant
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
}
