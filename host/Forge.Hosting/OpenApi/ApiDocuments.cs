using Forge.Hosting.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Routing;

namespace Forge.Hosting.OpenApi;

/// <summary>Which OpenAPI document an endpoint belongs to: its product's, or the platform's (ADR 29).</summary>
public static class ApiDocuments
{
    public const string Platform = "platform";

    /// <summary>
    /// An explicit <see cref="ApiDocumentMetadata"/> wins; then the product of <see cref="ProductApiMetadata"/>
    /// (set by <c>MapProductApi</c>), so a module's endpoints land in its document without any host change.
    /// </summary>
    public static string DocumentOf(IReadOnlyList<object> endpointMetadata)
    {
        var explicitName = endpointMetadata.OfType<ApiDocumentMetadata>().LastOrDefault();
        if (explicitName is not null) return explicitName.DocumentName;
        return endpointMetadata.OfType<ProductApiMetadata>().LastOrDefault()?.Product ?? Platform;
    }

    public static string DocumentOf(ApiDescription description) => DocumentOf(description.ActionDescriptor.EndpointMetadata.ToList());

    /// <summary>How a caller must authenticate to an endpoint, as far as its document is concerned.</summary>
    public static ApiCredential CredentialOf(IReadOnlyList<object> endpointMetadata)
    {
        var anonymous = endpointMetadata.OfType<IAllowAnonymous>().Any();
        if (!anonymous) return endpointMetadata.OfType<IAuthorizeData>().Any() ? ApiCredential.Required : ApiCredential.None;
        // Anonymous, yet in a product's API: a credential is optional and changes the answer (e.g. a status page's details).
        return endpointMetadata.OfType<ProductApiMetadata>().Any() ? ApiCredential.Optional : ApiCredential.None;
    }

    /// <summary>The methods an endpoint answers, in declaration order (a PUT+PATCH endpoint has two operations).</summary>
    public static IReadOnlyList<string> MethodsOf(IReadOnlyList<object> endpointMetadata) =>
        endpointMetadata.OfType<IHttpMethodMetadata>().LastOrDefault()?.HttpMethods ?? [];
}

public enum ApiCredential
{
    None,
    Optional,
    Required,
}
