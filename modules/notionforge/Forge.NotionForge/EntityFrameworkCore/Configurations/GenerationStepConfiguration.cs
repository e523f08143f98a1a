using Forge.NotionForge.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forge.NotionForge.EntityFrameworkCore.Configurations;

internal sealed class GenerationStepConfiguration : IEntityTypeConfiguration<GenerationStep>
{
    public void Configure(EntityTypeBuilder<GenerationStep> e)
    {
        e.ToTable("notionforge_task_steps");
        e.HasKey(s => s.Id);
        e.HasIndex(s => new { s.TaskRowId, s.Key }).IsUnique();
        e.Property(s => s.Key).HasMaxLength(256);
        e.Property(s => s.Kind).HasMaxLength(16);
        e.Property(s => s.State).HasMaxLength(16);
        e.Property(s => s.Title).HasMaxLength(2000);
        e.Property(s => s.NotionId).HasMaxLength(36);
        e.Property(s => s.Url).HasMaxLength(512);
    }
}
