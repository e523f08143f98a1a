using Forge.Fortune.Domain.Batches;
using Microsoft.EntityFrameworkCore;

namespace Forge.Fortune.EntityFrameworkCore;

/// <summary>Fortune batches and their items (ADR 14).</summary>
internal static class FortuneBatchModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FortuneBatch>(e =>
        {
            e.ToTable("fortune_batches");
            e.Property(b => b.Id).HasMaxLength(32);
            // The one writer that moves a batch to completed/failed wins; a concurrent one fails to save.
            e.Property(b => b.Status).HasMaxLength(16).IsConcurrencyToken();
            e.Property(b => b.FortuneType).HasMaxLength(16);
            e.Property(b => b.Model).HasMaxLength(64);
            e.Property(b => b.WebhookUrl).HasMaxLength(2048);
            e.Property(b => b.WebhookSecretEncrypted).HasMaxLength(512);
            e.Property(b => b.CompletedEventId).HasMaxLength(32);
            e.Property(b => b.ActorIp).HasMaxLength(64);
            e.Property(b => b.ActorApiKey).HasMaxLength(64);
            e.Property(b => b.ActorClientId).HasMaxLength(100);
            e.Property(b => b.RequestId).HasMaxLength(64);
            e.Property(b => b.UserAgent).HasMaxLength(512);
            e.Ignore(b => b.IsFinished);
            // The sweeper looks for unfinished batches whose job was never recorded.
            e.HasIndex(b => new { b.Status, b.CreatedAt });
        });
        modelBuilder.Entity<FortuneBatchItem>(e =>
        {
            e.ToTable("fortune_batch_items");
            e.HasKey(i => new { i.BatchId, i.Position });
            e.Property(i => i.BatchId).HasMaxLength(32);
            e.Property(i => i.ProfileId).HasMaxLength(64);
            e.Property(i => i.Status).HasMaxLength(16);
            e.Property(i => i.FortuneId).HasMaxLength(32);
            e.Property(i => i.ErrorCode).HasMaxLength(64);
            e.Property(i => i.ErrorMessage).HasMaxLength(512);
            e.HasOne<FortuneBatch>().WithMany().HasForeignKey(i => i.BatchId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
