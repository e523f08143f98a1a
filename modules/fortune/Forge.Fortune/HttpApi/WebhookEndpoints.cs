using Forge.Hosting.Identity;
using Forge.Fortune.Application.Webhooks;
using Forge.Fortune.Webhooks;
using Microsoft.AspNetCore.Builder;
using Forge.Hosting.ProductApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.Fortune.HttpApi;

/// <summary><c>/v1/webhooks</c> (reference §6 #17–#21), inside the v1 group: credential, Enterprise gate, quotas, error envelope.</summary>
internal static class WebhookEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        var webhooks = v1.MapGroup("/webhooks");

        webhooks.MapPost("/", async (Body<WebhookCreateInput> body, HttpContext http, WebhookAppService app) =>
            {
                var created = await app.CreateAsync(body.Value,
                    http.Caller(), http.RequestAborted);
                http.Response.Headers.Location = $"/v1/webhooks/{created.Id}";
                return TypedResults.Json(created, FortuneJson.V1, statusCode: StatusCodes.Status201Created);
            })
            .WithSummary("Register a webhook; its signing secret is in this response only.");

        webhooks.MapGet("/", async (HttpContext http, WebhookListAppService app) =>
            {
                var q = http.Request.Query;
                return TypedResults.Json(await app.ListAsync(new WebhookListQuery(q["limit"], q["cursor"], q["active"], q["event"]), http.RequestAborted), FortuneJson.V1);
            })
            .WithSummary("List webhooks, oldest first, with a cursor.");

        webhooks.MapGet("/{id}", async (string id, HttpContext http, WebhookAppService app) =>
                TypedResults.Json(await app.GetAsync(id, http.RequestAborted), FortuneJson.V1))
            .WithSummary("Get a webhook.");

        webhooks.MapDelete("/{id}", async (string id, HttpContext http, WebhookAppService app) =>
                TypedResults.Json(await app.DeleteAsync(id, http.Caller(), http.RequestAborted), FortuneJson.V1))
            .WithSummary("Delete a webhook (audited).");

        webhooks.MapPost("/{id}/test", async (string id, HttpContext http, WebhookAppService app) =>
            {
                // An empty body means the defaults (test.ping, no reactivation).
                var input = http.Request.ContentLength is 0 || (http.Request.ContentLength is null && !http.Request.HasJsonContentType())
                    ? new WebhookTestInput()
                    : (await ProductJson.ReadAsync<WebhookTestInput>(http)).Value;
                return TypedResults.Json(await app.TestAsync(id, input, http.RequestAborted), FortuneJson.V1);
            })
            .WithSummary("Send a test event now and report the receiver's answer; reactivate: true re-enables a disabled hook on success.");
    }
}
