using Forge.NotionForge.Domain.Skills;
using Forge.NotionForge.EntityFrameworkCore;
using Forge.NotionForge.Planning;
using Microsoft.EntityFrameworkCore;

namespace Forge.NotionForge.Application.Skills;

/// <summary>
/// The skills a tenant sees (seed §6, ADR 52): the built-in ones (read-only) and its own custom ones. Writing a
/// built-in id is <c>INVALID_INPUT</c> on <c>skill_id</c>; another tenant's custom skill is <c>NOT_FOUND</c>, as a
/// missing one (the context's tenant filter never loads it).
/// </summary>
public sealed class CustomSkills(NotionForgeDbContext db, TimeProvider clock)
{
    public async Task<SkillListView> ListAsync(CancellationToken ct)
    {
        var skills = SkillCatalog.BuiltIn.ToDictionary(
            s => s.Id, s => new SkillSummaryView(s.Description.Ko, [.. s.Keywords.Ko, .. s.Keywords.En], false));
        foreach (var custom in await OwnAsync(ct))
            skills[custom.SkillId] = new SkillSummaryView(custom.Description, custom.KeywordList, true);
        return new SkillListView(skills);
    }

    /// <summary>The tenant's custom skills by id (e.g. as context for a provider-backed planner, ADR 53).</summary>
    public Task<List<CustomSkill>> OwnAsync(CancellationToken ct) =>
        db.Set<CustomSkill>().AsNoTracking().OrderBy(s => s.SkillId).ToListAsync(ct);

    public async Task<SkillDetailView> GetAsync(string skillId, CancellationToken ct)
    {
        if (SkillCatalog.Find(skillId) is { } builtIn) return BuiltInSkillText.View(builtIn);
        return View(await FindAsync(skillId, tracked: false, ct));
    }

    public async Task<SkillWriteView> CreateAsync(SkillInput input, CancellationToken ct)
    {
        var id = SkillInputRules.CheckId(input.SkillId);
        RefuseBuiltIn(id, "created");
        var fields = SkillInputRules.Check(input, id);
        if (await db.Set<CustomSkill>().AnyAsync(s => s.SkillId == id, ct)) throw Exists(id);
        var now = clock.GetUtcNow().UtcDateTime;
        var skill = new CustomSkill
        {
            Id = Guid.NewGuid(), SkillId = id, Name = fields.Name, Description = fields.Description, Keywords = fields.Keywords,
            Content = fields.Content, CreatedAt = now, UpdatedAt = now,
        };
        db.Add(skill);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw Exists(id); // a concurrent create of the same id won the unique index
        }

        return new SkillWriteView(true, id, $"Custom skill '{id}' was created.", View(skill));
    }

    public async Task<SkillWriteView> UpdateAsync(string skillId, SkillInput input, CancellationToken ct)
    {
        var id = SkillInputRules.CheckId(skillId);
        if (input.SkillId is { } bodyId && bodyId != id)
            throw NotionForgeErrors.InvalidInput("skill_id", "'skill_id' in the body must match the path (a skill cannot be renamed).");
        RefuseBuiltIn(id, "changed");
        var fields = SkillInputRules.Check(input, id);
        var skill = await FindAsync(id, tracked: true, ct);
        (skill.Name, skill.Description, skill.Keywords, skill.Content) = (fields.Name, fields.Description, fields.Keywords, fields.Content);
        skill.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return new SkillWriteView(true, id, $"Custom skill '{id}' was updated.", View(skill));
    }

    public async Task<SkillWriteView> DeleteAsync(string skillId, CancellationToken ct)
    {
        var id = SkillInputRules.CheckId(skillId);
        RefuseBuiltIn(id, "deleted");
        db.Remove(await FindAsync(id, tracked: true, ct));
        await db.SaveChangesAsync(ct);
        return new SkillWriteView(true, id, $"Custom skill '{id}' was deleted.", null);
    }

    private async Task<CustomSkill> FindAsync(string skillId, bool tracked, CancellationToken ct)
    {
        var set = tracked ? db.Set<CustomSkill>() : db.Set<CustomSkill>().AsNoTracking();
        return await set.FirstOrDefaultAsync(s => s.SkillId == skillId, ct) ?? throw NotionForgeErrors.NotFound($"Skill '{skillId}'", "skill_id");
    }

    private static void RefuseBuiltIn(string id, string verb)
    {
        if (SkillCatalog.Find(id) is not null)
            throw NotionForgeErrors.InvalidInput("skill_id", $"'{id}' is a built-in skill; built-in skills are read-only and cannot be {verb}.");
    }

    private static Exception Exists(string id) =>
        NotionForgeErrors.InvalidInput("skill_id", $"A custom skill '{id}' already exists; change it with PUT /api/skills/{id}.");

    private static SkillDetailView View(CustomSkill s) =>
        new(s.SkillId, s.Name, s.Description, s.KeywordList, s.Content, true, s.CreatedAt, s.UpdatedAt);
}
