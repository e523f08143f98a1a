using System.Net;
using Forge.Host.Usage;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Analysis.Tests.Api;

/// <summary>
/// The console's view of Analysis (issue 10 §Console): the tenant's credits page lists each analysis's reservation by
/// its id with its state (held → committed or released), and the usage report counts the Analysis API's calls.
/// </summary>
[ProviderSensitive]
public sealed class AnalysisConsoleTests(AnalysisHostFixture fixture) : IClassFixture<AnalysisHostFixture>
{
    [Fact]
    public async Task The_credits_page_shows_each_analysis_reservation_committed_or_released_by_its_id()
    {
        var (tenant, client) = await fixture.TenantAsync(credits: 2);
        var completed = await SubmitAsync(client, AnalysisApi.Body());
        var failed = await SubmitAsync(client, new
        {
            resumeData = new { type = "pdf", content = Convert.ToBase64String("%PDF-1.7 not really"u8.ToArray()) },
            jobPostingData = new { type = "text", content = AnalysisApi.Posting },
        });
        await client.WaitForStatusAsync(completed, "COMPLETED");
        await client.WaitForStatusAsync(failed, "FAILED");
        await Eventually.GetAsync(() => fixture.BalanceAsync(tenant), b => b == 1, what: "one commit, one release");
        using var console = await fixture.Host.HostAdminConsoleAsync();

        var page = await console.GetStringAsync($"/console/tenants/{tenant}/credits");

        var reservations = page[page.IndexOf("id=\"reservations\"", StringComparison.Ordinal)..];
        Row(reservations, $"analysis:{completed}").ShouldContain("<td>committed</td>");
        Row(reservations, $"analysis:{failed}").ShouldContain("<td>released</td>");
        var ledger = page[page.IndexOf("id=\"ledger\"", StringComparison.Ordinal)..page.IndexOf("id=\"reservations\"", StringComparison.Ordinal)];
        ledger.ShouldContain($"analysis:{failed}"); // reserve and release entries carry the id
    }

    [Fact]
    public async Task The_usage_report_counts_the_tenants_Analysis_calls()
    {
        var (tenant, client) = await fixture.TenantAsync(credits: 1);
        var id = await SubmitAsync(client, AnalysisApi.Body());
        await client.WaitForStatusAsync(id, "COMPLETED");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var summary = await Eventually.GetAsync(
            () => fixture.Host.InScopeAsync(sp => sp.GetRequiredService<UsageReport>().GetAsync(tenant, today.AddDays(-1), today.AddDays(1))),
            s => s.Totals.Calls >= 2, TimeSpan.FromSeconds(30), "the calls to be metered");

        summary.Products.ShouldContain("analysis");
        summary.ProductDays.Where(d => d.Product == "analysis").Sum(d => d.Calls).ShouldBe(summary.Totals.Calls);
    }

    private static string Row(string table, string reference)
    {
        var at = table.IndexOf(reference, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0, $"{reference} is listed");
        var end = table.IndexOf("</tr>", at, StringComparison.Ordinal);
        return table[at..end];
    }

    private static async Task<string> SubmitAsync(HttpClient client, object body)
    {
        using var response = await client.SubmitAsync(body);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        return (await response.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
    }
}
