using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.Hosting.OpenApi;

/// <summary>
/// One row of a module's operation table: what the OpenAPI document says about one route and method —
/// operation id, tag, request body, success response, the errors it can answer (in the product's
/// <paramref name="errorEnvelope"/>) and the parameters its handler reads itself. Kept apart from the
/// handlers, so they stay free of documentation; applied by <see cref="ApiOperationTable.Describe{TBuilder}"/> (ADR 29).
/// </summary>
public sealed class ApiOperation(string method, string route, string operationId, string tag, Type errorEnvelope)
{
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    private readonly List<object> _metadata = [new EndpointNameMetadata(operationId), new TagsAttribute(tag)];

    public string Method { get; } = method;
    public string Route { get; } = route;
    public string OperationId { get; } = operationId;

    public IReadOnlyList<object> Metadata => _metadata;

    public ApiOperation Body<T>(bool optional = false)
    {
        _metadata.Add(new ApiRequestBodyMetadata(typeof(T), optional));
        return this;
    }

    public ApiOperation Returns<T>(int status = StatusCodes.Status200OK) => Returns(status, typeof(T), Json);

    public ApiOperation Returns(int status, Type type, string contentType)
    {
        _metadata.Add(new ProducesResponseTypeMetadata(status, type, [contentType]));
        return this;
    }

    /// <summary>Server-sent events: the body is a stream of <c>event:</c>/<c>data:</c> frames.</summary>
    public ApiOperation Streams() => Returns(StatusCodes.Status200OK, typeof(string), EventStream);

    /// <summary>Statuses this route answers in the error envelope, on top of those its route group declares.</summary>
    public ApiOperation Errors(params int[] statuses)
    {
        foreach (var status in statuses) _metadata.Add(new ProducesResponseTypeMetadata(status, errorEnvelope, [Json]));
        return this;
    }

    public ApiOperation Query<T>(string name, string description, IReadOnlyList<string>? allowed = null,
        object? defaultValue = null, int? minimum = null, int? maximum = null)
    {
        _metadata.Add(new ApiParameterMetadata(name, ApiParameterLocation.Query, typeof(T), description, false, allowed, defaultValue, minimum, maximum));
        return this;
    }

    public ApiOperation Header(string name, string description)
    {
        _metadata.Add(new ApiParameterMetadata(name, ApiParameterLocation.Header, typeof(string), description));
        return this;
    }

    public ApiOperation Example(int? status, object example, JsonSerializerOptions options)
    {
        _metadata.Add(new ApiExampleMetadata(status, JsonSerializer.SerializeToNode(example, example.GetType(), options)!));
        return this;
    }

    /// <summary>A limit/cursor page (1–<paramref name="maxLimit"/>, default 20).</summary>
    public ApiOperation Paged(int maxLimit = 100) =>
        Query<int>("limit", $"Page size, 1 to {maxLimit}.", defaultValue: 20, minimum: 1, maximum: maxLimit)
            .Query<string>("cursor", "The next_cursor of the previous page.");

    public bool Matches(string method, string route) =>
        string.Equals(Method, method, StringComparison.OrdinalIgnoreCase) && Route == route;
}
