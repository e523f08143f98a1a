using Forge.NotionForge.Domain.OAuth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forge.NotionForge.EntityFrameworkCore.Configurations;

internal sealed class NotionOAuthStateConfiguration : IEntityTypeConfiguration<NotionOAuthState>
{
    public void Configure(EntityTypeBuilder<NotionOAuthState> e)
    {
        e.ToTable("notionforge_oauth_states");
        e.HasKey(s => s.Id);
        e.Property(s => s.StateHash).HasMaxLength(64);
        e.HasIndex(s => s.StateHash).IsUnique();
    }
}

internal sealed class NotionOAuthExchangeCodeConfiguration : IEntityTypeConfiguration<NotionOAuthExchangeCode>
{
    public void Configure(EntityTypeBuilder<NotionOAuthExchangeCode> e)
    {
        e.ToTable("notionforge_oauth_exchange_codes");
        e.HasKey(c => c.Id);
        e.Property(c => c.CodeHash).HasMaxLength(64);
        e.HasIndex(c => c.CodeHash).IsUnique();
    }
}
