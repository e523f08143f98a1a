using BenchmarkDotNet.Running;
using Forge.Benchmarks.Fortune;

// dotnet run -c Release --project test/Forge.Benchmarks -- --filter '*'   (see etc/benchmarks.md)
if (args is ["explain-fortune-list"])
{
    await FortuneListExplain.RunAsync();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SajuEngineBenchmarks).Assembly).Run(args);
