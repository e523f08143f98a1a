using System.Text;
using System.Text.Json;
using Forge.Fortune.Application;
using Forge.Fortune.Application.Idempotency;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.HttpApi;

/// <summary>
/// Runs a POST handler under an idempotency key (ADR 7 #6, ADR 11): the first request with a key runs and its
/// successful response is stored; the same key with the same body replays that response (status, body,
/// <c>Location</c>) with <c>Idempotent-Replayed: true</c>; with another body it is 409 <c>idempotency_conflict</c>.
/// Scope: tenant + <c>endpoint</c>; 24 hours. Without a key the handler simply runs.
/// </summary>
internal static class IdempotentEndpoint
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 64;
    private const string Field = "idempotency_key";

    /// <summary>What a handler answered: the status, the object to write as JSON, and an optional <c>Location</c>.</summary>
    public sealed record Outcome(int StatusCode, object Body, string? Location = null);

    /// <summary>The request's key from the header and/or the body's <c>idempotency_key</c>; both present must match.</summary>
    public static string? Key(HttpContext http, string? bodyKey)
    {
        var headers = http.Request.Headers[HeaderName];
        if (headers.Count > 1) throw FortuneRefusal.Invalid(Field, "Send at most one Idempotency-Key header.");
        var header = headers.Count == 1 ? headers[0] : null;
        if (header is not null && bodyKey is not null && header != bodyKey)
            throw FortuneRefusal.Invalid(Field, "The Idempotency-Key header and the body's idempotency_key differ; send one, or the same in both.");
        var key = header ?? bodyKey;
        if (key is not null && (key.Length is 0 or > MaxKeyLength || key.Any(char.IsControl)))
            throw FortuneRefusal.Invalid(Field, $"The idempotency key must be 1 to {MaxKeyLength} printable characters.");
        return key;
    }

    public static async Task<IResult> RunAsync(HttpContext http, string endpoint, string? key, byte[] body, Func<Task<Outcome>> handler)
    {
        if (key is null) return Write(await handler());

        var store = http.RequestServices.GetRequiredService<IdempotencyStore>();
        switch (await store.ClaimAsync(endpoint, key, IdempotencyHash.Of(body), http.RequestAborted))
        {
            case IdempotencyClaim.Replay replay:
                http.Response.Headers[ReplayedHeader] = "true";
                if (replay.Location is not null) http.Response.Headers.Location = replay.Location;
                return TypedResults.Text(replay.Body, "application/json", Encoding.UTF8, replay.StatusCode);
            case IdempotencyClaim.Conflict:
                throw Conflict("This Idempotency-Key was already used with a different request body; use a new key for a new request.");
            case IdempotencyClaim.InProgress:
                throw Conflict("A request with this Idempotency-Key is still being processed; retry shortly.");
        }

        Outcome outcome;
        try
        {
            outcome = await handler();
        }
        catch
        {
            // Nothing to replay: free the key so the client can retry it. Not the request's token: it may be cancelled.
            await store.ReleaseAsync(endpoint, key, CancellationToken.None);
            throw;
        }
        var json = JsonSerializer.Serialize(outcome.Body, FortuneJson.V1);
        if (outcome.StatusCode is >= 200 and < 300)
            await store.CompleteAsync(endpoint, key, outcome.StatusCode, json, outcome.Location, CancellationToken.None);
        else
            await store.ReleaseAsync(endpoint, key, CancellationToken.None);
        return Write(outcome, json);
    }

    private static IResult Write(Outcome outcome, string? json = null)
    {
        json ??= JsonSerializer.Serialize(outcome.Body, FortuneJson.V1);
        return new LocatedResult(TypedResults.Text(json, "application/json", Encoding.UTF8, outcome.StatusCode), outcome.Location);
    }

    private static ProductApiException Conflict(string message) =>
        new(ProductErrorKind.Conflict, FortuneErrorCodes.IdempotencyConflict, message, Field);

    private sealed class LocatedResult(IResult inner, string? location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            if (location is not null) httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
