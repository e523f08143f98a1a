using Forge.Hosting.Modularity;

namespace Forge.Hosting.Tests.Modularity;

// A small, valid module graph:
//   Core <- Storage <- Billing <- Reports
//   Core <------------ Billing (second [DependsOn], AllowMultiple)
//   Standalone (no dependencies)

public sealed class CoreModule : ForgeModule;

[DependsOn(typeof(CoreModule))]
public sealed class StorageModule : ForgeModule;

[DependsOn(typeof(StorageModule))]
[DependsOn(typeof(CoreModule))]
public sealed class BillingModule : ForgeModule;

[DependsOn(typeof(BillingModule), typeof(StorageModule))]
public sealed class ReportsModule : ForgeModule;

public sealed class StandaloneModule : ForgeModule;
