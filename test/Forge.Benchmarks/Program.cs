using BenchmarkDotNet.Running;

// dotnet run -c Release --project test/Forge.Benchmarks -- --filter '*'   (see etc/benchmarks.md)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
