using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Forge.Hosting.OpenApi;

/// <summary>
/// Makes schemas say what the wire carries (ADR 29), where the schema generator says what the reader tolerates:
/// <list type="bullet">
/// <item>a number is a number: the web JSON defaults also <i>read</i> numbers from strings, and the generator
/// documents that as <c>["integer","string"]</c> with a pattern, which gives clients a union type for every count;</item>
/// <item>a property written only when it has a value (<c>[JsonIgnore(Condition = WhenWritingNull)]</c>) is not required.</item>
/// </list>
/// </summary>
public sealed class WireSchemaTransformer : IOpenApiSchemaTransformer
{
    private const JsonSchemaType Numeric = JsonSchemaType.Integer | JsonSchemaType.Number;

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && (type & Numeric) != 0 && (type & JsonSchemaType.String) != 0)
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        if (schema.Required is { Count: > 0 } required && context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object)
            foreach (var property in context.JsonTypeInfo.Properties)
                if (OmittedWhenEmpty(property)) required.Remove(property.Name);
        return Task.CompletedTask;
    }

    private static bool OmittedWhenEmpty(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: true)
            .OfType<JsonIgnoreAttribute>()
            .Any(a => a.Condition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault) == true;
}
