using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Forge.Hosting.OpenApi;

/// <summary>Metadata chains that describe an endpoint for the OpenAPI documents without touching its handler.</summary>
public static class OpenApiEndpointExtensions
{
    /// <summary>
    /// The product's error envelope for each of <paramref name="statusCodes"/>. On a route group it applies to every
    /// endpoint in it (the credential, plan and server errors every product route can answer).
    /// </summary>
    public static TBuilder ProducesErrors<TBuilder>(this TBuilder builder, Type envelope, params int[] statusCodes)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statusCodes)
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, envelope, ["application/json"]));
        return builder;
    }

    /// <summary>Files the endpoint under a product's document although it is not in the product's route group.</summary>
    public static TBuilder InApiDocument<TBuilder>(this TBuilder builder, string documentName)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ApiDocumentMetadata(documentName));
}
