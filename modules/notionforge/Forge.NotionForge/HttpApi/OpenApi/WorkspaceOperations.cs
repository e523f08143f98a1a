using Forge.Hosting.OpenApi;
using Forge.NotionForge.Application.OAuth;
using Forge.NotionForge.Application.Workspace;
using static Forge.NotionForge.HttpApi.OpenApi.NotionForgeApiDocument;

namespace Forge.NotionForge.HttpApi.OpenApi;

/// <summary>OAuth and the workspace actions (ADR 54); their query parameters are the handlers' own (<c>code</c>, <c>state</c>, <c>q</c>, <c>text</c>, <c>locked</c>).</summary>
internal static class WorkspaceOperations
{
    public static readonly IReadOnlyList<ApiOperation> All =
    [
        Op("GET", "/api/oauth/authorize", "authorizeNotion", "OAuth")
            .Returns(302, typeof(void), ApiOperation.Json).Errors(400),
        Op("GET", "/api/oauth/callback", "notionOAuthCallback", "OAuth")
            .Returns(302, typeof(void), ApiOperation.Json).Errors(400, 401, 429),
        Op("POST", "/api/oauth/exchange", "exchangeOAuthCode", "OAuth")
            .Returns<OAuthExchangeView>().Errors(400, 410),
        Op("GET", "/api/oauth/status", "getOAuthStatus", "OAuth").Returns<OAuthStatusView>(),
        Op("GET", "/api/templates/search", "searchWorkspace", "Workspace")
            .Returns<WorkspaceSearchView>().Errors(400, 401, 404),
        Op("POST", "/api/templates/{page_id}/comment", "commentOnPage", "Workspace")
            .Returns<CommentView>().Errors(400, 401, 404, 422),
        Op("POST", "/api/templates/{page_id}/lock", "lockPage", "Workspace")
            .Returns<PageLockView>().Errors(400, 401, 404),
        Op("POST", "/api/templates/{page_id}/archive", "archivePage", "Workspace")
            .Returns<PageArchiveView>().Errors(400, 401, 404),
    ];
}
