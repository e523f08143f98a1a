using Forge.Hosting.ProductApi;
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
                // The feed ends when the client leaves or this host stops (the client resumes elsewhere; ADR 49).
                var subscription = await app.OpenAsync(query, ServerSentEvents.FeedAborted(http));
                using (subscription.Lease)
                    await ServerSentEvents.WriteFramesAsync(http, Frames(subscription.Frames));
                return Results.Empty;
            })
            .WithSummary("Server-sent events: the tenant's events live, with resume (last_event_id / Last-Event-ID) and heartbeats.");
    }

    private static async IAsyncEnumerable<(string, string?, string)> Frames(IAsyncEnumerable<EventFeedFrame> frames)
    {
        await foreach (var frame in frames) yield return (frame.Event, frame.Id, frame.Data);
    }
}
