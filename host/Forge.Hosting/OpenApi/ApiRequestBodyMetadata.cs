namespace Forge.Hosting.OpenApi;

/// <summary>
/// The JSON request body an endpoint reads itself, for the OpenAPI document only. Deliberately not
/// <c>IAcceptsMetadata</c>: routing acts on that (a bare 415 for another content type, before the handler),
/// and a product's handler answers that case in its own error format.
/// </summary>
public sealed record ApiRequestBodyMetadata(Type Type, bool Optional = false);
