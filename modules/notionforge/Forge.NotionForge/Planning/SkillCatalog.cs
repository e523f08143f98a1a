namespace Forge.NotionForge.Planning;

/// <summary>The built-in skills, loaded once from the embedded data files.</summary>
public static class SkillCatalog
{
    private static readonly Lazy<IReadOnlyList<SkillDefinition>> Skills = new(() => EmbeddedData.Load<SkillDefinition>("Skills"));

    /// <summary>Every built-in skill, ordered by id.</summary>
    public static IReadOnlyList<SkillDefinition> BuiltIn => Skills.Value;

    public static SkillDefinition? Find(string id) => BuiltIn.FirstOrDefault(s => s.Id == id);
}
