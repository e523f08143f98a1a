using Forge.Host;
using Forge.Host.Cli;

if (ForgeCli.IsCommand(args)) return await ForgeCli.RunAsync(args);

await ForgeApplication.Build(args).RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
