using System.Net.Http.Json;
using Forge.Host.Usage;
using Forge.NotionForge.Tests.Blueprints;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// Issue 11 §Console "usage charts include NotionForge" (ADR 62): real NotionForge calls through the host — previews,
/// a sync and a streamed generation against the fake Notion server, a task and its polls, refusals — are metered by
/// the platform and appear in the console's usage data for that tenant and product, every call and error counted, and
/// on the console's usage page. Nothing in the console knows NotionForge: it lists products from the usage rows.
/// </summary>
[ProviderSensitive]
public sealed class NotionForgeUsageTests(NotionForgeHostFixture fixture) : IClassFixture<NotionForgeHostFixture>
{
    private const string Product = "notionforge";

    [Fact]
    public async Task The_console_usage_counts_every_NotionForge_call_of_the_tenant()
    {
        var tenant = await fixture.Host.CreateTenantAsync(fixture.UniqueName("usage"));
        var key = await fixture.Host.CreateKeyAsync(tenant, Products.NotionForge);
        var token = fixture.Notion.AddToken();
        var parent = fixture.Notion.AddPage("Usage");
        var counter = new CountingHandler();
        using var client = new HttpClient(counter) { BaseAddress = fixture.Host.BaseAddress };
        client.DefaultRequestHeaders.Add(NotionForgeProduct.KeyHeader, key);

        for (var i = 0; i < 2; i++)
            (await client.PostAsJsonAsync("/api/templates/preview", new { prompt = "독서 기록장 만들어줘" })).EnsureSuccessStatusCode();
        using (var tooShort = await client.PostAsJsonAsync("/api/templates/preview", new { prompt = "a" }))
            await tooShort.ErrorAsync(400, "INVALID_INPUT");
        var generate = new { prompt = "간단한 습관 트래커 만들어줘", notion_token = token, parent_page_id = parent, options = new { complexity = "simple", include_sample_data = false } };
        using (var generated = await client.PostAsJsonAsync("/api/templates/generate", generate))
            (await generated.JsonAsync()).GetProperty("success").GetBoolean().ShouldBeTrue();
        using (var stream = await RawSse.PostAsync(client, "/api/templates/generate/stream", generate))
            (await stream.ToTerminalAsync())[^1].Type.ShouldBe("complete");
        var task = await client.SubmitAsync(TaskApi.SubmitBody(token, parent, SampleBlueprints.Valid()));
        (await client.FinishedAsync(task)).Status().ShouldBe("completed");
        using (var unknown = await client.GetAsync("/api/tasks/task_unknown"))
            await unknown.ErrorAsync(404, "NOT_FOUND");
        (await client.GetAsync("/api/metrics/summary")).EnsureSuccessStatusCode();
        var (calls, errors) = (counter.Calls, counter.Errors);
        errors.ShouldBe(2);

        // Metering is written off the request path: wait until every call is in the tenant's report.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var report = await Eventually.GetAsync(() => ReportAsync(tenant.Id, today.AddDays(-1), today.AddDays(1)),
            r => r.Totals.Calls >= calls, TimeSpan.FromSeconds(30), "the tenant's NotionForge calls in the usage report");
        report.Products.ShouldBe([Product]);
        report.CallsOf(Product).Sum().ShouldBe(calls);
        report.ProductDays.Where(d => d.Product == Product).Sum(d => d.Errors).ShouldBe(errors);
        report.Totals.Calls.ShouldBe(calls);
        report.Totals.Errors.ShouldBe(errors);
        report.Totals.P95Ms.ShouldNotBeNull().ShouldBeGreaterThan(0);
        (await ReportAsync(null, today.AddDays(-1), today.AddDays(1))).CallsOf(Product).Sum().ShouldBeGreaterThanOrEqualTo(calls);

        // The console's usage page for the tenant charts them under the product's name.
        using var console = await fixture.Host.HostAdminConsoleAsync();
        var page = await console.GetStringAsync($"/console/tenants/{tenant.Id}/usage");
        Between(page, "id=\"total-calls\">", "<").ShouldBe(calls.ToString("N0"));
        Between(page, "id=\"chart-calls\"", "</div>").ShouldContain(Product);
    }

    private Task<UsageSummary> ReportAsync(Guid? tenant, DateOnly from, DateOnly to) =>
        fixture.Host.InScopeAsync(sp => sp.GetRequiredService<UsageReport>().GetAsync(tenant, from, to));

    private static string Between(string text, string start, string end)
    {
        var at = text.IndexOf(start, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0, $"'{start}' is on the page");
        at += start.Length;
        return text[at..text.IndexOf(end, at, StringComparison.Ordinal)];
    }

    /// <summary>Counts the requests the client sent and the answers of 400 and above, as the platform meters them.</summary>
    private sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private long _calls;
        private long _errors;

        public long Calls => Interlocked.Read(ref _calls);
        public long Errors => Interlocked.Read(ref _errors);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var response = await base.SendAsync(request, ct);
            Interlocked.Increment(ref _calls);
            if ((int)response.StatusCode >= 400) Interlocked.Increment(ref _errors);
            return response;
        }
    }
}
