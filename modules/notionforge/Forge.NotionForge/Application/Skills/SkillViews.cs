namespace Forge.NotionForge.Application.Skills;

/// <summary>The seed's <c>{"skills": {"&lt;id&gt;": {description, keywords[]}}}</c>; custom skills say so with <c>is_custom</c>.</summary>
public sealed record SkillListView(IReadOnlyDictionary<string, SkillSummaryView> Skills);

public sealed record SkillSummaryView(string Description, IReadOnlyList<string> Keywords, bool IsCustom);

/// <summary><c>GET /api/skills/{id}</c>: the skill's text (a built-in's rendered from its data) and whether it is the tenant's own.</summary>
public sealed record SkillDetailView(
    string SkillId,
    string Name,
    string Description,
    IReadOnlyList<string> Keywords,
    string Content,
    bool IsCustom,
    DateTime? CreatedAt,
    DateTime? UpdatedAt);

/// <summary>The body of <c>POST /api/skills</c> and <c>PUT /api/skills/{id}</c> (seed §6): keywords comma-separated.</summary>
public sealed record SkillInput(string? SkillId, string? Name, string? Description, string? Keywords, string? Content);

/// <summary>The original's answer to a write (<c>{success, skill_id, message}</c>) with the skill as stored.</summary>
public sealed record SkillWriteView(bool Success, string SkillId, string Message, SkillDetailView? Skill);
