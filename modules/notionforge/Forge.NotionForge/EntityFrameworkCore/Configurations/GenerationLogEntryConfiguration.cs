using Forge.NotionForge.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forge.NotionForge.EntityFrameworkCore.Configurations;

internal sealed class GenerationLogEntryConfiguration : IEntityTypeConfiguration<GenerationLogEntry>
{
    public const string Table = "notionforge_generation_log";

    public void Configure(EntityTypeBuilder<GenerationLogEntry> e)
    {
        e.ToTable(Table);
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedOnAdd();
        e.HasIndex(x => x.FinishedAt);
        e.Property(x => x.Status).HasMaxLength(16);
        e.Property(x => x.SkillId).HasMaxLength(64);
    }
}
