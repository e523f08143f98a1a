using Forge.NotionForge.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forge.NotionForge.EntityFrameworkCore.Configurations;

internal sealed class GenerationTaskConfiguration : IEntityTypeConfiguration<GenerationTask>
{
    public const string Table = "notionforge_tasks";

    public void Configure(EntityTypeBuilder<GenerationTask> e)
    {
        e.ToTable(Table);
        e.HasKey(t => t.Id);
        e.HasIndex(t => new { t.TenantId, t.TaskId }).IsUnique();
        e.HasIndex(t => new { t.TenantId, t.Status });
        // The running-task limit as a lock (ADR 59): two live tasks of a tenant can never hold one slot. Finished tasks
        // hold none (NULL is distinct in a unique index on SQLite and PostgreSQL; SQL Server's gets EF's IS NOT NULL filter).
        e.HasIndex(t => new { t.TenantId, t.Slot }).IsUnique();
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
