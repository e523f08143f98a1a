using Forge.NotionForge.Domain.Skills;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forge.NotionForge.EntityFrameworkCore.Configurations;

internal sealed class CustomSkillConfiguration : IEntityTypeConfiguration<CustomSkill>
{
    public void Configure(EntityTypeBuilder<CustomSkill> e)
    {
        e.ToTable("notionforge_custom_skills");
        e.HasKey(s => s.Id);
        e.HasIndex(s => new { s.TenantId, s.SkillId }).IsUnique();
        e.Property(s => s.SkillId).HasMaxLength(CustomSkill.MaxIdLength);
        e.Property(s => s.Name).HasMaxLength(CustomSkill.MaxNameLength);
        e.Property(s => s.Description).HasMaxLength(CustomSkill.MaxDescriptionLength);
        e.Property(s => s.Keywords).HasMaxLength(CustomSkill.MaxKeywordsLength);
        e.Property(s => s.Content).HasMaxLength(CustomSkill.MaxContentLength);
        e.Ignore(s => s.KeywordList);
    }
}
