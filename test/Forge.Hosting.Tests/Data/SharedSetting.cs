namespace Forge.Hosting.Tests.Data;

/// <summary>A row every tenant shares: the tenant filter must leave it alone.</summary>
public sealed class SharedSetting
{
    public int Id { get; set; }
    public string Value { get; set; } = "";
}
