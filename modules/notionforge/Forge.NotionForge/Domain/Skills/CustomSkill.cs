using Forge.Hosting.MultiTenancy;

namespace Forge.NotionForge.Domain.Skills;

/// <summary>
/// A tenant's own skill (seed §6, ADR 52): a SKILL.md-style text with routing keywords, listed and read beside the
/// built-in skills. Another tenant's skill is out of reach (the kernel's tenant filter), answered as not found.
/// </summary>
public sealed class CustomSkill : IMultiTenant
{
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 500;
    public const int MaxKeywords = 50;
    public const int MaxKeywordLength = 50;
    /// <summary>The keywords as stored: comma-separated, as the seed sends them.</summary>
    public const int MaxKeywordsLength = MaxKeywords * (MaxKeywordLength + 1);
    public const int MaxContentLength = 50_000;

    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public required string SkillId { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    /// <summary>Comma-separated, trimmed, without duplicates.</summary>
    public string Keywords { get; set; } = "";
    public required string Content { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public IReadOnlyList<string> KeywordList => Keywords.Length == 0 ? [] : Keywords.Split(',');
}
