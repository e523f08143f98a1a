using BenchmarkDotNet.Running;
using Forge.Benchmarks.Fortune;

// dotnet run -c Release --project test/Forge.Benchmarks -- --filter '*'            BenchmarkDotNet (see etc/benchmarks.md)
// dotnet run -c Release --project test/Forge.Benchmarks -- batch                   end-to-end batch throughput
// dotnet run -c Release --project test/Forge.Benchmarks -- explain-fortune-list    query plans of the fortune list
if (args.Length > 0 && args[0] == "batch") return await BatchLoad.RunAsync(args);
if (args is ["explain-fortune-list"])
{
    await FortuneListExplain.RunAsync();
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(SajuEngineBenchmarks).Assembly).Run(args);
return 0;
