using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Forge.Hosting.OpenApi;

/// <summary>
/// Gives the API explorer the JSON body an endpoint declared with <see cref="ApiRequestBodyMetadata"/>, as if the
/// handler had bound it: the document generator then names and references its schemas as for any bound body.
/// (Declaring it with <c>IAcceptsMetadata</c> instead would let routing refuse other content types with a bare 415
/// before the product's handler could answer in its own format.)
/// </summary>
internal sealed class DeclaredRequestBodyProvider : IApiDescriptionProvider
{
    private static readonly EmptyModelMetadataProvider Metadata = new();

    // After the minimal-API provider (-1100), which creates the descriptions.
    public int Order => 0;

    public void OnProvidersExecuting(ApiDescriptionProviderContext context) { }

    public void OnProvidersExecuted(ApiDescriptionProviderContext context)
    {
        foreach (var description in context.Results)
        {
            var body = description.ActionDescriptor.EndpointMetadata.OfType<ApiRequestBodyMetadata>().LastOrDefault();
            if (body is null || description.ParameterDescriptions.Any(p => p.Source == BindingSource.Body)) continue;
            description.ParameterDescriptions.Add(new ApiParameterDescription
            {
                Name = "body",
                Source = BindingSource.Body,
                Type = body.Type,
                ModelMetadata = Metadata.GetMetadataForType(body.Type),
                IsRequired = !body.Optional,
            });
            description.SupportedRequestFormats.Add(new ApiRequestFormat { MediaType = "application/json" });
        }
    }
}
