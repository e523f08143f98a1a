using System.Text.RegularExpressions;
using Forge.NotionForge.Domain.Skills;

namespace Forge.NotionForge.Application.Skills;

/// <summary>
/// Checks a custom skill's fields (ADR 52): a missing required field is <c>VALIDATION_ERROR</c> (the body does not fit
/// the schema, ADR 42), a present but unacceptable one <c>INVALID_INPUT</c>; both name the field.
/// </summary>
internal static partial class SkillInputRules
{
    public sealed record Checked(string SkillId, string Name, string Description, string Keywords, string Content);

    public static string CheckId(string? skillId, string field = "skill_id")
    {
        if (skillId is null) throw NotionForgeErrors.Validation(field, $"'{field}' is required.");
        if (!IdShape().IsMatch(skillId))
            throw NotionForgeErrors.InvalidInput(field,
                $"'{field}' must be 2–{CustomSkill.MaxIdLength} characters: lower-case letters, digits, '_' or '-', starting with a letter or digit.");
        return skillId;
    }

    public static Checked Check(SkillInput input, string skillId)
    {
        var name = Required(input.Name, "name").Trim();
        if (name.Length is 0 or > CustomSkill.MaxNameLength)
            throw NotionForgeErrors.InvalidInput("name", $"'name' must be 1–{CustomSkill.MaxNameLength} characters.");
        var description = (input.Description ?? "").Trim();
        if (description.Length > CustomSkill.MaxDescriptionLength)
            throw NotionForgeErrors.InvalidInput("description", $"'description' must be at most {CustomSkill.MaxDescriptionLength} characters.");
        var content = Required(input.Content, "content");
        if (string.IsNullOrWhiteSpace(content) || content.Length > CustomSkill.MaxContentLength)
            throw NotionForgeErrors.InvalidInput("content", $"'content' must be 1–{CustomSkill.MaxContentLength:N0} characters and not blank.");
        return new Checked(skillId, name, description, Keywords(input.Keywords), content);
    }

    /// <summary>"회의, 미팅,meeting" → "회의,미팅,meeting": trimmed, blanks and case-insensitive duplicates dropped.</summary>
    private static string Keywords(string? text)
    {
        var keywords = (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (keywords.Count > CustomSkill.MaxKeywords)
            throw NotionForgeErrors.InvalidInput("keywords", $"'keywords' holds at most {CustomSkill.MaxKeywords} comma-separated keywords.");
        if (keywords.FirstOrDefault(k => k.Length > CustomSkill.MaxKeywordLength) is { } tooLong)
            throw NotionForgeErrors.InvalidInput("keywords", $"Keyword '{tooLong[..20]}…' is longer than {CustomSkill.MaxKeywordLength} characters.");
        return string.Join(',', keywords);
    }

    private static string Required(string? value, string field) =>
        value ?? throw NotionForgeErrors.Validation(field, $"'{field}' is required.");

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{1,63}$")]
    private static partial Regex IdShape();
}
