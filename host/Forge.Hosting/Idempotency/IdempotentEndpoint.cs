using System.Text;
using System.Text.Json;
using Forge.Hosting.Identity;
using Forge.Hosting.ProductApi;
using Forge.Hosting.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.Idempotency;

/// <summary>
/// Runs a product's POST handler under an idempotency key (ADR 32), with the route's product policy (or one the
/// endpoint passes). The first request with a key runs; a repeat with the same body gets, by the policy's mode,
/// the stored response (status, body, <c>Location</c>) or the current state of the resource the first request
/// made (rendered by <c>current</c>; the handler does not run, so nothing is charged again). A repeat with
/// another body is the product's conflict error; a repeat that outwaits a still-running first request is the
/// product's retryable in-progress error. Without a key the handler simply runs.
/// </summary>
public static class IdempotentEndpoint
{
    /// <param name="route">The scope of the key, e.g. <c>POST /v1/fortunes</c> (stable: stored keys refer to it).</param>
    /// <param name="body">The raw request body, hashed to recognise "the same request".</param>
    /// <param name="bodyKey">The key as the body carried it, for policies with a <see cref="IdempotencyPolicy.BodyField"/>.</param>
    /// <param name="current">Resource-pointer mode: renders the current state of the resource with the given id.</param>
    public static async Task<IResult> RunAsync(HttpContext http, string route, byte[] body, Func<Task<IdempotentOutcome>> handler,
        string? bodyKey = null, Func<string, Task<IResult>>? current = null, IdempotencyPolicy? policy = null)
    {
        var product = ProductOf(http);
        policy ??= product.Idempotency ?? throw new InvalidOperationException($"Product '{product.Name}' declares no idempotency policy.");
        if (policy.Mode == IdempotencyReplayMode.ResourcePointer && current is null)
            throw new InvalidOperationException($"{route}: resource-pointer idempotency needs a renderer of the resource's current state.");
        var json = JsonOf(http, product);

        var key = IdempotencyKey.Read(http, policy, bodyKey);
        if (key is null) return Write(await handler(), json);

        var scope = new IdempotencyScope(product.Name, route, key);
        var store = StoreFor(http.RequestServices, product.Name);
        switch (await store.ClaimAsync(scope, IdempotencyHash.Of(body, policy.BodyField), policy, http.RequestAborted))
        {
            case IdempotencyClaim.Replay replay:
                if (policy.ReplayedHeader is { } replayed) http.Response.Headers[replayed] = "true";
                if (policy.Mode == IdempotencyReplayMode.ResourcePointer) return await current!(replay.ResourceId ?? "");
                if (replay.Location is not null) http.Response.Headers.Location = replay.Location;
                return TypedResults.Text(replay.Body ?? "", "application/json", Encoding.UTF8, replay.StatusCode);
            case IdempotencyClaim.Conflict:
                throw new ProductApiException(ProductErrorKind.Conflict, policy.ConflictCode,
                    $"This {policy.Header} was already used with a different request body; use a new key for a new request.", policy.ErrorField);
            case IdempotencyClaim.InProgress:
                throw new ProductApiException(ProductErrorKind.Conflict, policy.InProgressCode,
                    $"A request with this {policy.Header} is still being processed; retry shortly.", policy.ErrorField);
        }

        IdempotentOutcome outcome;
        try
        {
            outcome = await handler();
        }
        catch
        {
            // Nothing to replay: free the key so the client can retry it. Not the request's token: it may be cancelled.
            await store.ReleaseAsync(scope, CancellationToken.None);
            throw;
        }
        var text = JsonSerializer.Serialize(outcome.Body, json);
        if (outcome.StatusCode is >= 200 and < 300)
        {
            var stored = policy.Mode == IdempotencyReplayMode.StoredResponse ? text : null;
            var resource = policy.Mode == IdempotencyReplayMode.ResourcePointer
                ? outcome.ResourceId ?? throw new InvalidOperationException($"{route}: a resource-pointer outcome must name its resource.")
                : null;
            await store.CompleteAsync(scope, outcome.StatusCode, stored, outcome.Location, resource, CancellationToken.None);
        }
        else
        {
            await store.ReleaseAsync(scope, CancellationToken.None);
        }
        return Write(outcome, json, text);
    }

    private static ProductDefinition ProductOf(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<ProductApiMetadata>()?.Product is { } name
            ? http.RequestServices.GetRequiredService<IProductCatalog>().Get(name)
            : throw new InvalidOperationException("Idempotent endpoints must be mapped under MapProductApi.");

    private static JsonSerializerOptions JsonOf(HttpContext http, ProductDefinition product) =>
        http.GetEndpoint()?.Metadata.GetMetadata<ProductJsonMetadata>()?.Options ?? product.JsonOptions;

    private static IdempotencyStore StoreFor(IServiceProvider services, string product)
    {
        var registration = services.GetServices<IdempotencyStoreContext>().LastOrDefault(c => c.Product == product)
            ?? throw new InvalidOperationException($"No idempotency store for product '{product}': call AddIdempotencyStore<TContext>(\"{product}\").");
        var db = (DbContext)services.GetRequiredService(registration.ContextType);
        return new IdempotencyStore(db, services.GetRequiredService<IPiiProtector>(), services.GetService<TimeProvider>() ?? TimeProvider.System);
    }

    private static IResult Write(IdempotentOutcome outcome, JsonSerializerOptions json, string? text = null)
    {
        text ??= JsonSerializer.Serialize(outcome.Body, json);
        return new LocatedResult(TypedResults.Text(text, "application/json", Encoding.UTF8, outcome.StatusCode), outcome.Location);
    }

    private sealed class LocatedResult(IResult inner, string? location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            if (location is not null) httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
