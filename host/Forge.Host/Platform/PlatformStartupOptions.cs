namespace Forge.Host.Platform;

/// <summary>The <c>Forge</c> section's start-up switch, bound and validated at start (ADR 33).</summary>
public sealed class PlatformStartupOptions
{
    public const string Section = "Forge";

    /// <summary>Create and print the demo credentials on an empty database.</summary>
    public bool SeedDemo { get; set; } = true;
}
