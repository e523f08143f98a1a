using Forge.NotionForge.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forge.NotionForge.EntityFrameworkCore.Configurations;

internal sealed class GenerationTaskEventConfiguration : IEntityTypeConfiguration<GenerationTaskEvent>
{
    public void Configure(EntityTypeBuilder<GenerationTaskEvent> e)
    {
        e.ToTable("notionforge_task_events");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedOnAdd();
        e.HasIndex(x => new { x.TaskRowId, x.Id });
        e.Property(x => x.Type).HasMaxLength(16);
        e.Property(x => x.Step).HasMaxLength(64);
        e.Property(x => x.Message).HasMaxLength(2000);
        e.Property(x => x.DataJson).HasMaxLength(4000);
    }
}
