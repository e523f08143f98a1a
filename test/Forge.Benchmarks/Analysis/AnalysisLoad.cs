using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Analysis;
using Forge.Analysis.Documents;
using Forge.Analysis.Domain.Engine;
using Forge.Analysis.Tests.Documents.Samples;
using Forge.Host.Tenants;
using Forge.Hosting.Credits;
using Forge.Hosting.Identity;
using Forge.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Forge.Benchmarks.Analysis;

/// <summary>
/// Issue 10's Analysis figures that a micro-benchmark cannot give (etc/benchmarks.md, Analysis): a whole 10-page PDF
/// analysis in process (extraction + built-in engine), peak memory while a ~10 MB PDF is processed, accept → COMPLETED
/// over HTTP on the real host, and a 100-item batch end to end. Wall times with a <see cref="Stopwatch"/>; the
/// resource is polled every 5 ms, so a measured time is at most 5 ms late.
/// <code>dotnet run -c Release --project test/Forge.Benchmarks -- analysis [--singles 50] [--batches 3]</code>
/// </summary>
internal static class AnalysisLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()} · {Environment.ProcessorCount} cores · .NET {Environment.Version}");
        PdfInProcess(runs: Option(args, "--pdf-runs", 30));
        LargePdfMemory();
        await OverHttpAsync(Option(args, "--singles", 50), Option(args, "--batches", 3));
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    private static void PdfInProcess(int runs)
    {
        var extractor = new DocumentTextExtractor(Options.Create(new DocumentOptions()), TimeProvider.System);
        var engine = new AnalysisEngine();
        var pdf = DocumentInput.FromBytes(DocumentType.Pdf, SamplePdfs.Resume(10));
        var asOf = new DateOnly(2026, 12, 1);
        double Once()
        {
            var clock = Stopwatch.StartNew();
            var text = extractor.Extract("resumeData", pdf).Text;
            engine.Analyze(new AnalysisInput(text, TwoPageInputs.Posting, asOf));
            return clock.Elapsed.TotalMilliseconds;
        }
        for (var i = 0; i < 5; i++) Once(); // warm-up: JIT, the dictionary, PdfPig's fonts
        var times = Enumerable.Range(0, runs).Select(_ => Once()).Order().ToList();
        Console.WriteLine($"10-page PDF analysis (extract + engine), {runs} runs: p50 {times[runs / 2]:0.0} ms, min {times[0]:0.0} ms, max {times[^1]:0.0} ms");
    }

    private static void LargePdfMemory()
    {
        var bytes = SamplePdfs.ResumeWithImages(pages: 50, imageSide: 275);
        var extractor = new DocumentTextExtractor(Options.Create(new DocumentOptions()), TimeProvider.System);
        var input = DocumentInput.FromBytes(DocumentType.Pdf, bytes);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var rssBefore = self.WorkingSet64;
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        long peakHeap = heapBefore;
        using var sampling = new Timer(_ => Interlocked.Exchange(ref peakHeap, Math.Max(Interlocked.Read(ref peakHeap), GC.GetTotalMemory(false))), null, 0, 1);
        var text = extractor.Extract("resumeData", input).Text;
        new AnalysisEngine().Analyze(new AnalysisInput(text, TwoPageInputs.Posting, new DateOnly(2026, 12, 1)));
        sampling.Change(Timeout.Infinite, Timeout.Infinite);
        peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        self.Refresh();
        Console.WriteLine($"{bytes.Length / 1e6:0.0} MB PDF (50 pages, an image each): allocated {allocated / 1e6:0} MB, managed heap peak " +
                          $"+{(peakHeap - heapBefore) / 1e6:0} MB over {heapBefore / 1e6:0} MB (sampled every ms), process peak RSS {self.PeakWorkingSet64 / 1e6:0} MB " +
                          $"(RSS before {rssBefore / 1e6:0} MB)");
    }

    private static async Task OverHttpAsync(int singles, int batches)
    {
        Environment.SetEnvironmentVariable("FORGE_TEST_DB", "Sqlite");
        // Production's job and rate-limit settings, except the policy limit: the polling below is not what is measured.
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Forge:Jobs:PollingSeconds"] = "1",
            ["Forge:RateLimits:analysis:PermitLimit"] = "0",
        });
        var tenant = await host.CreateTenantAsync("bench", Editions.Enterprise);
        await host.InScopeAsync(sp => sp.GetRequiredService<ICreditLedger>().GrantAsync(tenant.Id, 100_000, "bench", "bench-grant"));
        using var client = host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Analysis));
        var body = new { resumeData = new { type = "text", content = TwoPageInputs.Resume }, jobPostingData = new { type = "text", content = TwoPageInputs.Posting } };

        var times = new List<double>();
        for (var i = 0; i < singles + 3; i++)
        {
            var clock = Stopwatch.StartNew();
            using var accepted = await client.PostAsJsonAsync("/public/v1/analyses", body);
            var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("id").GetString()!;
            await UntilAsync(client, $"/public/v1/analyses/{id}");
            if (i >= 3) times.Add(clock.Elapsed.TotalMilliseconds); // the first three warm the host up
        }
        times.Sort();
        Console.WriteLine($"accept → COMPLETED over HTTP, {singles} sequential analyses: p50 {times[times.Count / 2]:0} ms, " +
                          $"p90 {times[times.Count * 9 / 10]:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms");

        var items = Enumerable.Range(0, 100).Select(i => new { referenceId = $"r{i}", body.resumeData, body.jobPostingData }).ToArray();
        for (var run = 1; run <= batches; run++)
        {
            var clock = Stopwatch.StartNew();
            using var accepted = await client.PostAsJsonAsync("/public/v1/analyses/batch", new { analyses = items, options = new { parallel = 10 } });
            var data = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
            var acceptedAfter = clock.Elapsed.TotalMilliseconds;
            var done = await UntilAsync(client, $"/public/v1/analyses/batch/{data.GetProperty("id").GetString()}");
            Console.WriteLine($"100-item batch, run {run}: {clock.Elapsed.TotalSeconds:0.000} s to COMPLETED " +
                              $"({done.GetProperty("counts").GetProperty("completed").GetInt32()} completed; 202 after {acceptedAfter:0} ms)");
        }
    }

    private static async Task<JsonElement> UntilAsync(HttpClient client, string path)
    {
        while (true)
        {
            var data = (await client.GetFromJsonAsync<JsonElement>(path)).GetProperty("data");
            if (data.GetProperty("status").GetString() is "COMPLETED" or "FAILED") return data;
            await Task.Delay(5);
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
