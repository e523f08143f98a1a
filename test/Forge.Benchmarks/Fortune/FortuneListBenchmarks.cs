using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Forge.Benchmarks.Fortune;

/// <summary>
/// <c>GET /v1/fortunes</c> over HTTP on loopback against 1,000,000 stored fortunes: the first page against a page
/// 90 % deep into the keyset (the cursor the API would have issued after that row, made with the app's own
/// <c>KeysetCursors</c>), for each filter that matters. Keyset pagination should make both cost the same; the
/// target is deep ≤ 1.5 × first. Run on the database named by <c>FORGE_TEST_DB</c> (see etc/benchmarks.md).
/// </summary>
[Config(typeof(InProcessConfig))]
public class FortuneListBenchmarks
{
    private FortuneListFixture _fixture = null!;
    private string _first = "";
    private string _deep = "";

    [ParamsSource(nameof(FilterNames))]
    public string Filter { get; set; } = "none";

    public static IEnumerable<string> FilterNames => FortuneListFixture.Filters.Select(f => f.Name);

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _fixture = await FortuneListFixture.GetAsync();
        var (_, query, sql) = FortuneListFixture.Filters.Single(f => f.Name == Filter);
        var count = await _fixture.CountAsync(sql);
        var cursor = await _fixture.CursorAfterAsync(sql, count * 9 / 10);
        _first = "/v1/fortunes?limit=20" + (query.Length > 0 ? "&" + query : "");
        _deep = _first + "&cursor=" + Uri.EscapeDataString(cursor);
        // A cursor the API refuses would time a 400: check both pages answer with rows first.
        foreach (var url in new[] { _first, _deep })
        {
            var response = await _fixture.Client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || !body.Contains("\"ftn_", StringComparison.Ordinal))
                throw new InvalidOperationException($"{url}: {(int)response.StatusCode} {body}");
        }
        Console.WriteLine($"// {Filter}: {count:N0} matching rows; deep page after row {count * 9 / 10:N0}");
    }

    [Benchmark(Baseline = true)]
    public Task<string> FirstPage() => _fixture.Client.GetStringAsync(_first);

    [Benchmark]
    public Task<string> DeepPage() => _fixture.Client.GetStringAsync(_deep);

    /// <summary>In process, so the seeded host is shared by every case; a short, fixed number of iterations (2 shared cores).</summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Throughput).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
            WithOptions(ConfigOptions.DisableOptimizationsValidator);
        }
    }
}
