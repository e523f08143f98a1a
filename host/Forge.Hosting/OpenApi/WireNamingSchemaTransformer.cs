using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Forge.Hosting.OpenApi;

/// <summary>
/// Names schema properties as the product writes them (ADR 29, 50). The schema generator names properties with the
/// host's one set of JSON options (camelCase), while a product serialises with its own naming policy (NotionForge:
/// snake_case): every property without an explicit <see cref="JsonPropertyNameAttribute"/> is renamed with
/// <see cref="ProductApiDocument.PropertyNaming"/>, keeping its order and whether it is required.
/// </summary>
internal sealed class WireNamingSchemaTransformer(JsonNamingPolicy naming) : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Kind != JsonTypeInfoKind.Object || schema.Properties is not { Count: > 0 } properties) return Task.CompletedTask;
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (property.AttributeProvider is not MemberInfo member || member.IsDefined(typeof(JsonPropertyNameAttribute), inherit: true)) continue;
            var wire = naming.ConvertName(member.Name);
            if (wire != property.Name) renames[property.Name] = wire;
        }
        if (renames.Count == 0) return Task.CompletedTask;

        var renamed = properties.Select(p => (Name: renames.GetValueOrDefault(p.Key, p.Key), p.Value)).ToList();
        properties.Clear();
        foreach (var (name, value) in renamed) properties[name] = value;
        if (schema.Required is { Count: > 0 } required)
            foreach (var (from, to) in renames)
                if (required.Remove(from)) required.Add(to);
        return Task.CompletedTask;
    }
}
