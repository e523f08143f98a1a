using Forge.Hosting.MultiTenancy;

namespace Forge.TestModules.Notes;

public sealed class Note : IMultiTenant
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>What a job did, and as which tenant it ran. Key is unique: a second run cannot add a row.</summary>
public sealed class JobEffect
{
    public Guid Id { get; set; }
    public string Key { get; set; } = "";
    public Guid? RanAsTenant { get; set; }
    public DateTime At { get; set; }
}
