using Forge.Hosting.ProductApi;
using System.Diagnostics;
using Forge.Fortune.Application.Simple;
using Forge.Fortune.Simple;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.Fortune.HttpApi;

/// <summary>
/// The v0 daily fortune (every plan; ADR 15): <c>POST /api/daily-fortune</c> in the simple API's success
/// envelope, and <c>POST /api/daily-fortune-stream</c> as FS's named events. Refusals use the ERR envelope.
/// </summary>
internal static class SimpleDailyFortuneEndpoints
{
    public static void Map(RouteGroupBuilder v0)
    {
        v0.MapPost("/daily-fortune", async (Body<SimpleDailyFortuneInput> body, HttpContext http, SimpleDailyFortuneAppService app) =>
            {
                var started = Stopwatch.GetTimestamp();
                var input = body.Value;
                var answer = await app.AnswerAsync(input, http.RequestAborted);
                var meta = new SimpleFortuneMeta(ProductRequestId.Get(http), answer.Model, answer.Cached, answer.Cost,
                    (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return TypedResults.Json(new SimpleFortuneEnvelope<SimpleDailyFortune>(true, answer.Data, meta), FortuneJson.V0);
            })
            .WithSummary("v0: a daily fortune from a saju object (character, investment tendency, today's fortune).");

        v0.MapPost("/daily-fortune-stream", async (Body<SimpleDailyFortuneInput> body, HttpContext http, SimpleDailyFortuneAppService app) =>
            {
                var input = body.Value;
                var events = app.OpenStream(input, ProductRequestId.Get(http), http.RequestAborted);
                await ServerSentEvents.WriteAsync(http, events, e => (e.Name, e.Data), FortuneJson.V0);
                return Results.Empty;
            })
            .WithSummary("v0: the daily fortune as server-sent events: character, tendency, fortune, complete (or error).");
    }
}
