using Forge.Hosting.MultiTenancy;

namespace Forge.GoodModule.Domain;

public sealed class Invoice : IMultiTenant
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public decimal Amount { get; set; }
}
