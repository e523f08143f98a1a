using Forge.Hosting.Modularity;

namespace Forge.Hosting.Tests.Modularity.First
{
    public sealed class TwinModule : ForgeModule;
}

namespace Forge.Hosting.Tests.Modularity.Second
{
    public sealed class TwinModule : ForgeModule;
}
