namespace Forge.NotionForge.Application.Modify;

/// <summary>The seed's modify body: the prompt and the token (optional with a connected workspace); <c>page_id</c> repeats the path.</summary>
public sealed record ModifyRequest(string? Prompt, string? NotionToken, string? PageId);

/// <summary>What was changed (the original's <c>{success, modifications}</c>) and what was already so.</summary>
public sealed record ModifyResultView(
    bool Success,
    string PageId,
    ModifiedDatabaseView Database,
    IReadOnlyList<ModificationView> Modifications,
    IReadOnlyList<string> Unchanged);

public sealed record ModifiedDatabaseView(string Id, string Title, string DataSourceId);

/// <summary>
/// One applied change: <c>add_property</c> (property, type, options), <c>rename_property</c> (property → new_name),
/// <c>remove_property</c> (property), <c>add_rows</c> (count, row_ids), <c>add_view</c> (view, type, property it groups
/// or dates by), <c>rename_view</c> (view → new_name), <c>remove_view</c> (view); <c>target</c> is <c>database:&lt;id&gt;</c>.
/// </summary>
public sealed record ModificationView(
    string Action,
    string Target,
    string? Property = null,
    string? NewName = null,
    string? Type = null,
    IReadOnlyList<string>? Options = null,
    int? Count = null,
    IReadOnlyList<string>? RowIds = null,
    string? View = null);
