using Forge.NotionForge.Notion;

namespace Forge.NotionForge.Application.Tasks.Execution;

/// <summary>Looking a started step up before sending it again (ADR 51): did Notion get it before the host died?</summary>
internal sealed partial class BlueprintExecutor
{
    /// <summary>An append is atomic: the parent has either <paramref name="prior"/> children (resend) or the batch after them.</summary>
    private async Task<StepOutcome?> FindAppendedAsync(string parent, int prior, int sent, int blocks, CancellationToken ct)
    {
        var children = await notion.ListAllBlockChildrenAsync(token, parent, ct);
        if (children.Count == prior) return null;
        if (children.Count >= prior + sent) return StepOutcome.Append([.. children.Skip(prior).Take(sent).Select(c => c.Id)], blocks);
        throw new NotionApiException(NotionErrorCodes.InternalError,
            $"Block {parent} has {children.Count} children where the task expected {prior} or {prior + sent}; it was changed outside the task.");
    }

    /// <summary>The newest child of the parent with this kind and title that no finished step recorded.</summary>
    private async Task<StepOutcome?> FindChildAsync(string parent, string kind, string title, CancellationToken ct)
    {
        var children = await notion.ListAllBlockChildrenAsync(token, parent, ct);
        var match = children.LastOrDefault(c => !journal.IsKnown(c.Id) && NotionTitles.Of(c, kind) == title);
        return match is null ? null : StepOutcome.Object(match.Id, match.Url ?? $"https://www.notion.so/{match.Id.Replace("-", "")}");
    }

    private async Task<StepOutcome?> FindRowAsync(string dataSource, string title, CancellationToken ct)
    {
        string? cursor = null;
        do
        {
            var page = await notion.SearchAsync(token, title, "page", cursor, 100, ct);
            var match = page.Results.FirstOrDefault(r => !journal.IsKnown(r.Id)
                && r.Json.TryGetProperty("parent", out var p) && p.TryGetProperty("data_source_id", out var ds)
                && ds.GetString() == dataSource && NotionTitles.Of(r, "page") == title);
            if (match is not null) return StepOutcome.Object(match.Id, match.Url);
            cursor = page.HasMore ? page.NextCursor : null;
        } while (cursor is not null);
        return null;
    }
}
