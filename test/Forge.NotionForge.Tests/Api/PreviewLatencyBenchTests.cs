using System.Diagnostics;
using System.Net.Http.Json;
using Xunit.Abstractions;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// Issue 11 acceptance 7, "preview latency over HTTP" (etc/scripts/bench-notionforge-preview.sh, etc/benchmarks.md):
/// <c>POST /api/templates/preview</c> through the real host on loopback, interleaved round by round with
/// <c>GET /health/live</c> (the host's cheapest answer) so the ratio, not the machine's load, is what is read. Prints a
/// BENCH line; asserts only that every answer was a 200 (a test that failed on timing would be a defect).
/// </summary>
public sealed class PreviewLatencyBenchTests(NotionForgeHostFixture fixture, ITestOutputHelper output) : IClassFixture<NotionForgeHostFixture>
{
    private const int Rounds = 5, PerRound = 40;

    private static readonly string[] Prompts =
    [
        "프로젝트 관리 대시보드 만들어줘",
        "상세한 고객 관리 CRM과 영업 파이프라인, 미팅 기록까지 만들어줘",
        "Weekly meal planner with recipes and groceries, detailed",
    ];

    [Fact]
    public async Task Preview_latency_over_http_beside_the_liveness_answer()
    {
        var (_, client, _) = await fixture.TenantAsync();
        for (var i = 0; i < 20; i++) await TimeAsync(() => Preview(client, i)); // warm-up: JIT, pools, skill files

        List<double> preview = [], live = [];
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < PerRound; i++) preview.Add(await TimeAsync(() => Preview(client, i)));
            for (var i = 0; i < PerRound; i++) live.Add(await TimeAsync(() => fixture.Host.Client.GetAsync("/health/live")));
        }

        output.WriteLine(FormattableString.Invariant(
            $"BENCH notionforge-preview n={preview.Count} p50_ms={P(preview, 0.5):F2} p95_ms={P(preview, 0.95):F2} live_p50_ms={P(live, 0.5):F2} live_p95_ms={P(live, 0.95):F2} ratio_p50={P(preview, 0.5) / P(live, 0.5):F1}"));
    }

    private static Task<HttpResponseMessage> Preview(HttpClient client, int i) =>
        client.PostAsJsonAsync("/api/templates/preview", new { prompt = Prompts[i % Prompts.Length] });

    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> call)
    {
        var clock = Stopwatch.StartNew();
        using var response = await call();
        await response.Content.ReadAsByteArrayAsync();
        clock.Stop();
        ((int)response.StatusCode).ShouldBe(200, await response.Content.ReadAsStringAsync());
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double P(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
