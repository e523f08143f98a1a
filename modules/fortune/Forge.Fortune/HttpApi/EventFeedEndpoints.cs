using System.Text;
using Forge.Fortune.Application.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Forge.Fortune.HttpApi;

/// <summary><c>GET /v1/events</c> (reference §6 #22): the tenant's events as <c>text/event-stream</c>.</summary>
internal static class EventFeedEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/events", async (HttpContext http, EventFeedAppService app) =>
            {
                var q = http.Request.Query;
                var query = new EventFeedQuery(q["events"], q["profile_id"], q["last_event_id"], http.Request.Headers["Last-Event-ID"]);
                // Validation and the connection cap answer with the JSON error envelope, before the stream starts.
                var subscription = await app.OpenAsync(query, http.RequestAborted);
                using (subscription.Lease)
                    await StreamAsync(http, subscription.Frames);
                return Results.Empty;
            })
            .WithSummary("Server-sent events: the tenant's events live, with resume (last_event_id / Last-Event-ID) and heartbeats.");
    }

    private static async Task StreamAsync(HttpContext http, IAsyncEnumerable<EventFeedFrame> frames)
    {
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            await http.Response.Body.FlushAsync(http.RequestAborted);
            await foreach (var frame in frames)
            {
                await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($"event: {frame.Event}\nid: {frame.Id}\ndata: {frame.Data}\n\n"), http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: the normal end of a feed.
        }
    }
}
