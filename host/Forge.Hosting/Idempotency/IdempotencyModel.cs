using Forge.Hosting.Data;
using Microsoft.EntityFrameworkCore;

namespace Forge.Hosting.Idempotency;

/// <summary>A context that carries idempotency keys (every <c>ForgeDbContext</c> does).</summary>
public interface IIdempotencyDbContext
{
    DbSet<IdempotencyRecord> IdempotencyKeys { get; }
}

/// <summary>Maps <see cref="IdempotencyRecord"/> into a context under the context's own table name (ADR 32).</summary>
public static class IdempotencyModel
{
    public const int MaxKeyLength = 255;

    public static void Configure(ModelBuilder modelBuilder, string table) =>
        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable(table);
            e.Property(r => r.Product).HasMaxLength(32);
            e.Property(r => r.Endpoint).HasMaxLength(128);
            e.Property(r => r.Key).HasMaxLength(MaxKeyLength);
            e.Property(r => r.RequestHash).HasMaxLength(64);
            e.Property(r => r.ResponseLocation).HasMaxLength(256);
            e.Property(r => r.ResourceId).HasMaxLength(128);
            e.HasIndex(r => new { r.TenantId, r.Product, r.Endpoint, r.Key }).IsUnique();
            // The cleanup job deletes every tenant's expired keys (ADR 32).
            e.HasIndex(r => r.ExpiresAt);
        });

    /// <summary><c>FortuneDbContext</c> → <c>fortune_idempotency_keys</c>.</summary>
    public static string TableFor(Type contextType) => ContextTables.For(contextType, "idempotency_keys");
}
