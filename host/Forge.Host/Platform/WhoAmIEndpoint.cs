using System.Text.Json.Serialization;
using Forge.Host.Authentication;
using Forge.Host.Tenants;

namespace Forge.Host.Platform;

/// <summary><c>GET /api/platform/whoami</c>: who the credential says the caller is.</summary>
public static class WhoAmIEndpoint
{
    public static void MapWhoAmI(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/platform/whoami", (HttpContext context) =>
            {
                var credential = ForgeCredential.From(context.User)!;
                var tenant = context.Items[typeof(TenantSnapshot)] as TenantSnapshot;
                return Results.Ok(new WhoAmIResponse(
                    tenant?.Id, tenant?.Name, tenant?.Edition,
                    new CredentialView(credential.Type, credential.Product, credential.KeyId, credential.ClientId,
                        credential.Scopes.Count > 0 ? credential.Scopes : null)));
            })
            .RequireAuthorization()
            .WithTags("Platform")
            .WithName("whoAmI").Produces<WhoAmIResponse>().ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Describe the calling credential and its tenant.");
}

public sealed record WhoAmIResponse(
    [property: JsonPropertyName("tenant_id")] Guid? TenantId,
    [property: JsonPropertyName("tenant_name")] string? TenantName,
    [property: JsonPropertyName("edition")] string? Edition,
    [property: JsonPropertyName("credential")] CredentialView Credential);

public sealed record CredentialView(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("product"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Product,
    [property: JsonPropertyName("key_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? KeyId,
    [property: JsonPropertyName("client_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ClientId,
    [property: JsonPropertyName("scopes"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Scopes);
