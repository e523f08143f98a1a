using Forge.Hosting.Identity;
using Forge.Hosting.ProductApi;
using Forge.Fortune.Application.Fortunes;
using Forge.Fortune.Fortunes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.Fortune.HttpApi;

/// <summary>
/// <c>POST /v1/fortunes/stream</c> (F-stream; ADR 15). Validation, the profile lookup and every other refusal
/// answer before the stream begins, in the JSON error envelope; after that, failures are <c>error</c> events.
/// </summary>
internal static class FortuneStreamEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapPost("/fortunes/stream", async (Body<FortuneStreamInput> body, HttpContext http, FortuneStreamAppService app) =>
            {
                var input = body.Value;
                var events = await app.OpenAsync(input, http.Caller(), http.RequestAborted);
                await ServerSentEvents.WriteAsync(http, events, e => (e.Name, e.Data), FortuneJson.V1);
                return Results.Empty;
            })
            .WithSummary("Generate a fortune as server-sent events: start, delta…, category…, done (or error).");
    }
}
