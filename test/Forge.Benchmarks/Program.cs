using BenchmarkDotNet.Running;
using Forge.Benchmarks.Fortune;

// dotnet run -c Release --project test/Forge.Benchmarks -- --filter '*'   (see etc/benchmarks.md)
// dotnet run -c Release --project test/Forge.Benchmarks -- batch          (end-to-end batch throughput)
if (args.Length > 0 && args[0] == "batch") return await BatchLoad.RunAsync(args);
BenchmarkSwitcher.FromAssembly(typeof(BatchLoad).Assembly).Run(args);
return 0;
