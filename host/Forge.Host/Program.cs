using Forge.Host;
using Forge.Host.Cli;
using Forge.Host.Runtime;

NativeHeap.ReturnLargeBlocksToKernel(); // before the JIT's busiest minutes: freed working memory goes back (ADR 81)

if (ForgeCli.IsCommand(args)) return await ForgeCli.RunAsync(args);

await ForgeApplication.Build(args).RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
