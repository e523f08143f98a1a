using BenchmarkDotNet.Running;
using Forge.Benchmarks.Fortune;
using Forge.Benchmarks.Http;

// dotnet run -c Release --project test/Forge.Benchmarks -- --filter '*'            BenchmarkDotNet (see etc/benchmarks.md)
// dotnet run -c Release --project test/Forge.Benchmarks -- batch                   end-to-end batch throughput
// dotnet run -c Release --project test/Forge.Benchmarks -- analysis                Analysis: 10-page PDF, 10 MB PDF memory, HTTP p50, 100-item batch
// dotnet run -c Release --project test/Forge.Benchmarks -- explain-fortune-list    query plans of the fortune list
// bare, seed-http: the baseline app and the seeding of etc/scripts/bench-http.sh (Forge side by side with a bare API)
if (args.Length > 0 && args[0] == "batch") return await BatchLoad.RunAsync(args);
if (args.Length > 0 && args[0] == "analysis") return await Forge.Benchmarks.Analysis.AnalysisLoad.RunAsync(args); // issue 10's HTTP figures
if (args.Length > 0 && args[0] == "bare") return await BareApp.RunAsync(args);
if (args.Length > 0 && args[0] == "seed-http") return await HttpSeed.RunAsync(args);
if (args is ["explain-fortune-list"])
{
    await FortuneListExplain.RunAsync();
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(SajuEngineBenchmarks).Assembly).Run(args);
return 0;
