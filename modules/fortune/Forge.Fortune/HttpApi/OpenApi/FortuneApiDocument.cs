using System.Text.Json;
using System.Text.Json.Serialization;
using Forge.Fortune.Profiles;
using Forge.Hosting.Identity;
using Forge.Hosting.OpenApi;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Forge.Fortune.HttpApi.OpenApi;

/// <summary>The Fortune API's OpenAPI document, <c>/openapi/fortune.json</c> (ADR 29).</summary>
internal static class FortuneApiDocument
{
    /// <summary>The ERR envelope (ADR 7 #4), the body of every Fortune refusal.</summary>
    public static readonly Type ErrorEnvelope = typeof(FortuneErrors.ErrorEnvelope);

    public static readonly ProductApiDocument Product = new(
        FortuneProduct.Name,
        "Fortune API",
        "Four Pillars (사주) charts, profiles, fortunes, batches, webhooks, reports and live events. The v1 resource API "
        + "(/v1/...) needs the Enterprise plan; the v0 simple API (/api/...) is open to every plan. Every refusal is "
        + "{\"success\": false, \"error\": {\"code\", \"type\", \"message\", \"field\"?}, \"meta\": {\"request_id\"}}; "
        + "every response carries X-RateLimit-* headers, and 429 also Retry-After.",
        ApiKeyHeader: "X-API-Key",
        ApiKeyFormat: "bs_live_…");

    /// <summary>Examples are written as a client would send them: Fortune's options, without the unset (null) fields.</summary>
    public static readonly JsonSerializerOptions V1Examples = new(FortuneJson.V1) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static readonly JsonSerializerOptions V0Examples = new(FortuneJson.V0) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static void Register(IServiceCollection services) =>
        services.AddProductOpenApi(Product, options =>
        {
            options.AddSchemaTransformer(UnwrapOptional);
            // Inline, not a component named "OptionalOfstring": on the wire it is just the value.
            options.CreateSchemaReferenceId = type =>
                type.Type.IsGenericType && type.Type.GetGenericTypeDefinition() == typeof(Optional<>)
                    ? null
                    : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        });

    /// <summary>
    /// A partial update's <see cref="Optional{T}"/> is on the wire just its value (absent = unchanged, null = remove),
    /// so its schema is the value's, nullable.
    /// </summary>
    private static async Task UnwrapOptional(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        var type = context.JsonTypeInfo.Type;
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Optional<>)) return;
        var inner = await context.GetOrCreateSchemaAsync(type.GetGenericArguments()[0], null, ct);
        schema.Properties?.Clear();
        schema.Required?.Clear();
        schema.Type = inner.Type | JsonSchemaType.Null;
        schema.Format = inner.Format;
        schema.Pattern = inner.Pattern;
    }
}
