using Forge.Hosting.Modularity;

namespace Forge.Hosting.Tests.Modularity;

// Invalid graphs for the loader's error paths.

// A three-module cycle: Alpha -> Beta -> Gamma -> Alpha.
[DependsOn(typeof(BetaModule))]
public sealed class AlphaModule : ForgeModule;

[DependsOn(typeof(GammaModule))]
public sealed class BetaModule : ForgeModule;

[DependsOn(typeof(AlphaModule))]
public sealed class GammaModule : ForgeModule;

// Lead is visited first (names sort first) and leads into the LoopX <-> LoopY cycle without being part of it.
[DependsOn(typeof(LoopXModule))]
public sealed class LeadModule : ForgeModule;

[DependsOn(typeof(LoopYModule))]
public sealed class LoopXModule : ForgeModule;

[DependsOn(typeof(LoopXModule))]
public sealed class LoopYModule : ForgeModule;

[DependsOn(typeof(SelfReferencingModule))]
public sealed class SelfReferencingModule : ForgeModule;

public abstract class AbstractModule : ForgeModule;
