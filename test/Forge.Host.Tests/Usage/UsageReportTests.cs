using System.Net;
using Forge.Host.Data;
using Forge.Host.Tenants;
using Forge.Host.Usage;
using Forge.Hosting.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.Usage;

/// <summary>The console's usage report, from calls metered by the real host.</summary>
[ProviderSensitive]
public sealed class UsageReportTests : IAsyncLifetime
{
    private const string WhoAmI = "/api/platform/whoami";
    private TestHost _host = null!;
    private Tenant _acme = null!;
    private Tenant _globex = null!;
    private DateOnly _today;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(["Notes"]);
        _acme = await _host.CreateTenantAsync("acme");
        _globex = await _host.CreateTenantAsync("globex");
        _today = DateOnly.FromDateTime(DateTime.UtcNow);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Reports_calls_and_errors_per_product_and_day_of_one_tenant_and_of_all()
    {
        var acmeFortune = _host.ClientWithKey(await _host.CreateKeyAsync(_acme, Products.Fortune));
        var acmeAnalysis = _host.ClientWithKey(await _host.CreateKeyAsync(_acme, Products.Analysis));
        var globexFortune = _host.ClientWithKey(await _host.CreateKeyAsync(_globex, Products.Fortune));
        for (var i = 0; i < 3; i++) (await acmeFortune.GetAsync(WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await acmeFortune.GetAsync("/api/platform/nope")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        for (var i = 0; i < 2; i++) (await acmeAnalysis.GetAsync(WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await globexFortune.GetAsync(WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Calls made around midnight UTC may land on two days; the range covers both.
        var from = _today.AddDays(-6);
        var to = DateOnly.FromDateTime(DateTime.UtcNow);
        var all = await Eventually.GetAsync(() => ReportAsync(null, from, to), r => r.Totals.Calls == 7, what: "7 metered calls");
        var acme = await ReportAsync(_acme.Id, from, to);
        var globex = await ReportAsync(_globex.Id, from, to);

        acme.Days.Select(d => d.Day).ShouldBe(Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays));
        acme.Products.ShouldBe([Products.Fortune, Products.Analysis]); // most calls first
        acme.ProductDays.Count.ShouldBe(acme.Days.Count * 2);
        acme.CallsOf(Products.Fortune).Sum().ShouldBe(4);
        acme.ProductDays.Where(p => p.Product == Products.Fortune).Sum(p => p.Errors).ShouldBe(1);
        acme.CallsOf(Products.Analysis).Sum().ShouldBe(2);
        acme.ProductDays.Where(p => p.Product == Products.Analysis).Sum(p => p.Errors).ShouldBe(0);
        acme.CallsOf(Products.NotionForge).ShouldAllBe(c => c == 0);
        acme.Days.Where(d => d.Day < _today).ShouldAllBe(d => d.Stats.Calls == 0 && d.Stats.P50Ms == null && d.Stats.ErrorRate == 0);
        acme.Totals.Calls.ShouldBe(6);
        acme.Totals.Errors.ShouldBe(1);
        acme.Totals.ErrorRate.ShouldBe(1.0 / 6, 1e-9);
        acme.Totals.P50Ms.ShouldNotBeNull().ShouldBeGreaterThan(0);
        acme.Totals.P99Ms.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(acme.Totals.P50Ms!.Value);
        acme.Days.Sum(d => d.Stats.Calls).ShouldBe(6);
        acme.TopTenants.ShouldBeEmpty();

        // Tenant scoping: neither tenant's report has a trace of the other's calls.
        globex.Totals.Calls.ShouldBe(1);
        globex.Products.ShouldBe([Products.Fortune]);
        globex.TenantId.ShouldBe(_globex.Id);

        all.Totals.Errors.ShouldBe(1);
        all.CallsOf(Products.Fortune).Sum().ShouldBe(5);
        all.TopTenants.ShouldBe([new UsageTenantCalls(_acme.Id, 6, 1), new UsageTenantCalls(_globex.Id, 1, 0)]);

        // The writer filled the histogram: one bucket count per call.
        var rows = await _host.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().UsageDaily.AsNoTracking().ToListAsync());
        rows.ShouldAllBe(r => LatencyHistogram.Of(r).Sum() == r.Calls);
    }

    [Fact]
    public async Task Percentiles_are_interpolated_inside_the_summed_latency_buckets()
    {
        var tenant = _acme.Id;
        var (d1, d2, d3) = (_today.AddDays(-3), _today.AddDays(-2), _today.AddDays(-1));
        await InsertAsync(
            // d1: 100 calls in (10, 25] ms over two routes, 5 errors.
            Row(tenant, d1, Products.Fortune, "/a", calls: 60, errors: 5, bucket: 2),
            Row(tenant, d1, Products.Fortune, "/b", calls: 40, errors: 0, bucket: 2),
            // d2: half under 5 ms (fortune), half in (100, 250] ms (analysis).
            Row(tenant, d2, Products.Fortune, "/a", calls: 50, errors: 0, bucket: 0),
            Row(tenant, d2, Products.Analysis, "/a", calls: 50, errors: 10, bucket: 5),
            // d3: all above the last bound.
            Row(tenant, d3, Products.Fortune, "/a", calls: 10, errors: 0, bucket: 11),
            // Another tenant and the host on the same day: never in this tenant's report.
            Row(_globex.Id, d1, Products.Fortune, "/a", calls: 1000, errors: 0, bucket: 11),
            Row(Guid.Empty, d1, "", "/console", calls: 7, errors: 0, bucket: 0));

        var report = await ReportAsync(tenant, d1, _today);

        report.Days.Count.ShouldBe(4);
        var day1 = report.Days[0].Stats;
        (day1.Calls, day1.Errors, day1.ErrorRate).ShouldBe((100L, 5L, 0.05));
        day1.P50Ms!.Value.ShouldBe(17.5, 1e-9);   // 10 + 15 × 50/100
        day1.P95Ms!.Value.ShouldBe(24.25, 1e-9);  // 10 + 15 × 95/100
        day1.P99Ms!.Value.ShouldBe(24.85, 1e-9);
        var day2 = report.Days[1].Stats;
        day2.P50Ms!.Value.ShouldBe(5, 1e-9);      // rank 50 is the last call of (0, 5]
        day2.P95Ms!.Value.ShouldBe(235, 1e-9);    // 100 + 150 × 45/50
        day2.P99Ms!.Value.ShouldBe(247, 1e-9);
        day2.ErrorRate.ShouldBe(0.1, 1e-9);
        report.Days[2].Stats.P50Ms.ShouldBe(10_000); // overflow: reported as its lower bound
        report.Days[3].Stats.ShouldBe(new UsageStats(0, 0, 0, null, null, null, null));
        // All 210 calls: 50 + 100 + 50 + 10 in buckets 0, 2, 5, 11; rank 105 is 55th of bucket 2.
        report.Totals.Calls.ShouldBe(210);
        report.Totals.P50Ms!.Value.ShouldBe(10 + 15 * 55 / 100.0, 1e-9);
        report.Totals.AverageLatencyMs.ShouldNotBeNull();
        report.ProductDays.Single(p => p.Day == d2 && p.Product == Products.Analysis).ShouldBe(new UsageProductDay(d2, Products.Analysis, 50, 10));

        // The host row is left out of the all-tenants view; globex leads.
        var all = await ReportAsync(null, d1, d1);
        all.Totals.Calls.ShouldBe(1100);
        all.Products.ShouldBe([Products.Fortune]);
        all.TopTenants.Select(t => t.TenantId).ShouldBe([_globex.Id, _acme.Id]);
        (await ReportAsync(Guid.Empty, d1, d1)).Products.ShouldBe(new string?[] { null }); // still reachable explicitly
    }

    [Fact]
    public async Task A_range_that_ends_before_it_starts_is_refused() =>
        await Should.ThrowAsync<ArgumentException>(() => ReportAsync(null, _today, _today.AddDays(-1)));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 0)]
    [InlineData(5.01, 1)]
    [InlineData(999.9, 7)]
    [InlineData(10_000, 10)]
    [InlineData(10_000.5, 11)]
    public void Latencies_fall_into_the_bucket_of_their_upper_bound(double latencyMs, int bucket) =>
        LatencyHistogram.BucketOf(latencyMs).ShouldBe(bucket);

    private static UsageDailyRow Row(Guid tenant, DateOnly day, string product, string route, long calls, long errors, int bucket)
    {
        var counts = new long[LatencyHistogram.BucketCount];
        counts[bucket] = calls;
        var row = new UsageDailyRow { TenantId = tenant, Day = day, Product = product, RouteTemplate = route, Calls = calls, Errors = errors, TotalLatencyMs = calls * 10.0 };
        LatencyHistogram.Set(row, counts);
        return row;
    }

    private Task<int> InsertAsync(params UsageDailyRow[] rows) => _host.InScopeAsync(sp =>
    {
        var db = sp.GetRequiredService<PlatformDbContext>();
        db.UsageDaily.AddRange(rows);
        return db.SaveChangesAsync();
    });

    private Task<UsageSummary> ReportAsync(Guid? tenantId, DateOnly from, DateOnly to) =>
        _host.InScopeAsync(sp => sp.GetRequiredService<UsageReport>().GetAsync(tenantId, from, to));
}
