using Forge.Hosting.Identity;
using Forge.Fortune.Application.Reports;
using Forge.Fortune.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.Fortune.HttpApi;

/// <summary><c>/v1/reports/…</c>: inside the v1 group (credential, Enterprise gate, plan quotas, envelope).</summary>
internal static class ReportEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        var reports = v1.MapGroup("/reports");

        reports.MapGet("/usage", async (HttpContext http, UsageReportAppService app) =>
                TypedResults.Json(await app.GetAsync(http.Request.Query["start_date"], http.Request.Query["end_date"], http.RequestAborted), FortuneJson.V1))
            .WithSummary("The tenant's Fortune API usage per UTC day and per route.");

        reports.MapGet("/profiles", async (HttpContext http, ProfileReportAppService app) =>
                TypedResults.Json(await app.GetAsync(http.Request.Query["start_date"], http.Request.Query["end_date"], http.RequestAborted), FortuneJson.V1))
            .WithSummary("Profiles created in a date range: totals, deletions, gender, day master and element distributions.");

        reports.MapGet("/fortunes", async (HttpContext http, FortuneReportAppService app) =>
            {
                var q = http.Request.Query;
                return TypedResults.Json(await app.GetAsync(q["start_date"], q["end_date"], q["fortune_type"], http.RequestAborted), FortuneJson.V1);
            })
            .WithSummary("Fortune requests in a date range: totals, cache hit rate, score, latency and cost, by type and by model.");

        reports.MapGet("/audit", async (HttpContext http, AuditReportAppService app) =>
            {
                var q = http.Request.Query;
                var query = new AuditQuery(q["action"], q["resource_type"], q["resource_id"], q["actor_ip"], q["start_date"], q["end_date"], q["limit"], q["cursor"]);
                return TypedResults.Json(await app.ListAsync(query, http.Caller(), http.RequestAborted), FortuneJson.V1);
            })
            .WithSummary("The tenant's audit log, newest first (permission fortune:audit).");
    }
}
