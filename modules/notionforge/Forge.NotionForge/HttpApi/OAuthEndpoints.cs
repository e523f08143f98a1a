using Forge.NotionForge.Application.OAuth;
using Forge.NotionForge.HttpApi.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.NotionForge.HttpApi;

/// <summary><c>/api/oauth/*</c> (seed §7, ADR 42 §OAuth, 54): the callback is public (the state names the tenant).</summary>
internal static class OAuthEndpoints
{
    public static void Map(RouteGroupBuilder open, RouteGroupBuilder api, IServiceProvider services)
    {
        api.MapGet("/oauth/authorize", async (NotionOAuthFlow flow, CancellationToken ct) =>
            TypedResults.Redirect((await flow.AuthorizeAsync(ct)).AbsoluteUri));

        open.MapGet("/api/oauth/callback", async (string? code, string? state, string? error, NotionOAuthFlow flow, CancellationToken ct) =>
            TypedResults.Redirect((await flow.CallbackAsync(code, state, error, ct)).AbsoluteUri))
            .WithNotionForgeQuota(services).Describe();

        api.MapPost("/oauth/exchange", async (string? code, NotionOAuthFlow flow, CancellationToken ct) =>
            TypedResults.Json(await flow.ExchangeAsync(code, ct), NotionForgeProduct.Definition.JsonOptions));

        api.MapGet("/oauth/status", async (NotionOAuthFlow flow, CancellationToken ct) =>
            TypedResults.Json(await flow.StatusAsync(ct), NotionForgeProduct.Definition.JsonOptions));
    }
}
