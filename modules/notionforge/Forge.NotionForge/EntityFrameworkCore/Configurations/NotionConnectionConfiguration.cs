using Forge.NotionForge.Domain.Connections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forge.NotionForge.EntityFrameworkCore.Configurations;

internal sealed class NotionConnectionConfiguration : IEntityTypeConfiguration<NotionConnection>
{
    public void Configure(EntityTypeBuilder<NotionConnection> e)
    {
        e.ToTable("notionforge_connections");
        e.HasKey(c => c.Id);
        e.HasIndex(c => c.TenantId).IsUnique();
        e.Property(c => c.ProtectedAccessToken).HasMaxLength(2048);
        e.Property(c => c.WorkspaceId).HasMaxLength(64);
        e.Property(c => c.WorkspaceName).HasMaxLength(256);
        e.Property(c => c.WorkspaceIcon).HasMaxLength(2048);
        e.Property(c => c.BotId).HasMaxLength(64);
    }
}
