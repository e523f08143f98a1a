using Forge.Hosting.Modularity;

namespace Forge.TestModules.Notes;

/// <summary>Its start-up hook throws: the host must not start serving.</summary>
public sealed class FailingStartModule : ForgeModule
{
    public override Task OnApplicationInitializationAsync(ApplicationLifecycleContext context) =>
        throw new InvalidOperationException("FailingStart cannot start: its start-up hook refused.");
}
