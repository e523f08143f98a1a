using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Forge.Hosting.ProductApi;

/// <summary>
/// A product route's JSON request body as a typed endpoint parameter (<c>Body&lt;ProfileCreateInput&gt; body</c>):
/// read by <see cref="ProductJson"/> and declared to OpenAPI as the request type. A refusal is kept and raised
/// when the handler reads <see cref="Value"/>, so it passes through the route's filters (quota, errors) in
/// the same order as a refusal raised by the handler itself.
/// </summary>
public sealed class Body<T> : IBindableFromHttpContext<Body<T>>, IEndpointParameterMetadataProvider where T : class
{
    private readonly T? _value;
    private readonly ExceptionDispatchInfo? _error;

    private Body(T? value, byte[] raw, ExceptionDispatchInfo? error)
    {
        _value = value;
        Raw = raw;
        _error = error;
    }

    /// <summary>The request; throws the refusal (e.g. a <see cref="ProductApiException"/>) when the body could not be read.</summary>
    public T Value
    {
        get
        {
            _error?.Throw();
            return _value!;
        }
    }

    /// <summary>The body's bytes as sent (empty when it could not be read), e.g. for an idempotency body hash.</summary>
    public byte[] Raw { get; }

    public static async ValueTask<Body<T>?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        try
        {
            var (value, raw) = await ProductJson.ReadAsync<T>(context);
            return new Body<T>(value, raw, null);
        }
        catch (Exception e)
        {
            // Every failure, a client that gave up included: thrown from binding it would pass the product's endpoint
            // filters by, so the route's error filter would not answer it (a 499, ADR 26) and the product's own
            // accounting (Fortune's status window) would never see the request. Whether the body read failed or was
            // cancelled because the client closed its side is a race, so it was counted sometimes.
            return new Body<T>(null, [], ExceptionDispatchInfo.Capture(e));
        }
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) =>
        // Not AcceptsMetadata: routing would answer another content type with a bare 415 before the product's handler (ADR 29).
        builder.Metadata.Add(new Forge.Hosting.OpenApi.ApiRequestBodyMetadata(typeof(T)));
}
