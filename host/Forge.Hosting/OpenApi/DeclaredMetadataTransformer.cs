using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Forge.Hosting.OpenApi;

/// <summary>
/// Writes what endpoints declare through <see cref="OpenApiEndpointExtensions"/> into their operations: the query
/// and header parameters their handlers read themselves, example bodies, and distinct operation ids for an
/// endpoint that answers several methods (PUT and PATCH of one handler would otherwise share one id).
/// </summary>
public sealed class DeclaredMetadataTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata.ToList();
        foreach (var declared in metadata.OfType<ApiParameterMetadata>())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = declared.Name,
                In = declared.Location == ApiParameterLocation.Query ? ParameterLocation.Query : ParameterLocation.Header,
                Description = declared.Description,
                Required = declared.Required,
                Schema = await SchemaOf(declared, context, cancellationToken),
            });
        }
        foreach (var example in metadata.OfType<ApiExampleMetadata>()) AddExample(operation, example);
        DistinguishOperationId(operation, context, metadata);
    }

    private static async Task<IOpenApiSchema> SchemaOf(ApiParameterMetadata declared, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var schema = await context.GetOrCreateSchemaAsync(declared.Type, null, ct);
        if (declared.Allowed is { } allowed) schema.Enum = allowed.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
        if (declared.Default is { } value) schema.Default = JsonValue.Create(value);
        if (declared.Minimum is { } min) schema.Minimum = min.ToString(CultureInfo.InvariantCulture);
        if (declared.Maximum is { } max) schema.Maximum = max.ToString(CultureInfo.InvariantCulture);
        return schema;
    }

    private static void AddExample(OpenApiOperation operation, ApiExampleMetadata example)
    {
        var content = example.StatusCode is { } status
            ? operation.Responses?.TryGetValue(status.ToString(CultureInfo.InvariantCulture), out var response) == true ? response.Content : null
            : operation.RequestBody?.Content;
        if (content is null) return;
        foreach (var (type, media) in content)
            if (type.Contains("json", StringComparison.OrdinalIgnoreCase)) media.Example = example.Example.DeepClone();
    }

    private static void DistinguishOperationId(OpenApiOperation operation, OpenApiOperationTransformerContext context, IReadOnlyList<object> metadata)
    {
        var methods = ApiDocuments.MethodsOf(metadata);
        var method = context.Description.HttpMethod;
        if (operation.OperationId is null || methods.Count < 2 || method is null
            || string.Equals(methods[0], method, StringComparison.OrdinalIgnoreCase)) return;
        operation.OperationId += char.ToUpperInvariant(method[0]) + method[1..].ToLowerInvariant();
    }
}
