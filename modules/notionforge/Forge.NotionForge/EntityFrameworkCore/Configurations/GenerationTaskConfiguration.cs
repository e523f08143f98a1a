using Forge.NotionForge.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forge.NotionForge.EntityFrameworkCore.Configurations;

internal sealed class GenerationTaskConfiguration : IEntityTypeConfiguration<GenerationTask>
{
    public void Configure(EntityTypeBuilder<GenerationTask> e)
    {
        e.ToTable("notionforge_tasks");
        e.HasKey(t => t.Id);
        e.HasIndex(t => new { t.TenantId, t.TaskId }).IsUnique();
        e.HasIndex(t => new { t.TenantId, t.Status });
        e.HasIndex(t => t.CreatedAt);
        e.Property(t => t.TaskId).HasMaxLength(12);
        e.Property(t => t.Status).HasMaxLength(16);
        e.Property(t => t.Source).HasMaxLength(16);
        e.Property(t => t.Prompt).HasMaxLength(4000);
        e.Property(t => t.OptionsJson).HasMaxLength(1024);
        e.Property(t => t.SkillId).HasMaxLength(64);
        e.Property(t => t.Planner).HasMaxLength(64);
        e.Property(t => t.ParentPageId).HasMaxLength(36);
        e.Property(t => t.ProtectedNotionToken).HasMaxLength(2048);
        e.Property(t => t.RootPageId).HasMaxLength(36);
        e.Property(t => t.NotionUrl).HasMaxLength(512);
        e.Property(t => t.ErrorCode).HasMaxLength(32);
        e.Property(t => t.ErrorMessage).HasMaxLength(2000);
    }
}

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

internal sealed class GenerationLogEntryConfiguration : IEntityTypeConfiguration<GenerationLogEntry>
{
    public void Configure(EntityTypeBuilder<GenerationLogEntry> e)
    {
        e.ToTable("notionforge_generation_log");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedOnAdd();
        e.HasIndex(x => x.FinishedAt);
        e.Property(x => x.Status).HasMaxLength(16);
        e.Property(x => x.SkillId).HasMaxLength(64);
    }
}
