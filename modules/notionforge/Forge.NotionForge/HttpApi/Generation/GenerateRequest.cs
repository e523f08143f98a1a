using Forge.NotionForge.Application;
using Forge.NotionForge.Application.Connections;
using Forge.NotionForge.Planning;

namespace Forge.NotionForge.HttpApi.Generation;

/// <summary>The seed's generate body (<c>/api/templates/generate</c> and <c>/generate/stream</c>).</summary>
public sealed record GenerateRequest
{
    public string? Prompt { get; init; }
    public string? NotionToken { get; init; }
    public string? ParentPageId { get; init; }
    public PlanOptions? Options { get; init; }
}

/// <summary>A generate request once every field passed (ADR 42's order: prompt, options, parent page, credential).</summary>
internal sealed record CheckedGenerateRequest(string Prompt, PlanOptions Options, string ParentPageId, NotionCredential Credential)
{
    public static async Task<CheckedGenerateRequest> CheckAsync(GenerateRequest request, NotionCredentials credentials, CancellationToken ct)
    {
        if (PromptGuard.Check(request.Prompt) is { } prompt) throw NotionForgeErrors.InvalidInput(prompt.Field, prompt.Message);
        var options = request.Options ?? new PlanOptions();
        if (PromptGuard.CheckOptions(options) is { } bad) throw NotionForgeErrors.InvalidInput(bad.Field, bad.Message);
        var parent = NotionIds.Normalize(request.ParentPageId, "parent_page_id");
        var credential = await credentials.ResolveAsync(request.NotionToken, "notion_token", ct);
        return new CheckedGenerateRequest(request.Prompt!.Trim(), options, parent, credential);
    }
}

/// <summary>The seed's 200 body of the synchronous generate (summary as the seed shows it: pages, databases, blocks).</summary>
public sealed record GenerateResponse(bool Success, string? NotionUrl, string? PageId, GenerateSummary? Summary, string TaskId, string Planner, string? Message = null);

public sealed record GenerateSummary(int Pages, int Databases, int Blocks, double DurationSeconds);
