using System.Text.Json.Nodes;

namespace Forge.Hosting.OpenApi;

/// <summary>
/// An example body for the OpenAPI document: of the request when <paramref name="StatusCode"/> is null, else of
/// that response. The module serializes it with its own JSON options, so the example is exactly what the wire carries.
/// </summary>
public sealed record ApiExampleMetadata(int? StatusCode, JsonNode Example);
