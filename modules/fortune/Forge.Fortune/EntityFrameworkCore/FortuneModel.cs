using Forge.Fortune.Domain.Fortunes;
using Forge.Fortune.Domain.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Forge.Fortune.EntityFrameworkCore;

/// <summary>The stored fortunes and their generation log (ADR 11); idempotency keys are the kernel's (ADR 32).</summary>
internal static class FortuneModel
{
    private const decimal NanosPerDollar = 1_000_000_000m;
    public const string GenerationsTable = "fortune_generations";
    public const string IncidentsTable = "fortune_incidents";

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredFortune>(e =>
        {
            e.ToTable("fortune_fortunes");
            e.Property(f => f.Id).HasMaxLength(32);
            e.Property(f => f.ProfileId).HasMaxLength(32);
            e.Property(f => f.FortuneType).HasMaxLength(16);
            e.Property(f => f.Model).HasMaxLength(64);
            e.Property(f => f.Engine).HasMaxLength(32);
            e.Property(f => f.EngineModel).HasMaxLength(128);
            e.Property(f => f.Summary).HasMaxLength(4000);
            e.Property(f => f.CategoriesJson).HasMaxLength(16000);
            e.Property(f => f.LuckyItemsJson).HasMaxLength(2000);
            // One fortune per profile, type, period and model: the cache key, and what settles a race.
            e.HasIndex(f => new { f.TenantId, f.ProfileId, f.FortuneType, f.FortuneDate, f.Model }).IsUnique();
            // Keyset pagination walks (generated_at, id) newest first within a tenant.
            e.HasIndex(f => new { f.TenantId, f.GeneratedAt, f.Id });
            // The list's filters that are selective (measured at 1,000,000 rows, ADR 13): a model keeps its own
            // keyset order (a rare model's pages and count no longer scan every row), and type + period date serve
            // the type and date-range counts. profile_id is served by the profile index (its rows are few).
            e.HasIndex(f => new { f.TenantId, f.Model, f.GeneratedAt, f.Id });
            e.HasIndex(f => new { f.TenantId, f.FortuneType, f.FortuneDate });
            // Deleting a profile deletes its fortunes; the service counts them first for related_data_deleted.
            e.HasOne<Profile>().WithMany().HasForeignKey(f => f.ProfileId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<FortuneGeneration>(e =>
        {
            e.ToTable(GenerationsTable);
            e.Property(g => g.Id).HasMaxLength(32);
            e.Property(g => g.FortuneId).HasMaxLength(32);
            e.Property(g => g.ProfileId).HasMaxLength(32);
            e.Property(g => g.FortuneType).HasMaxLength(16);
            e.Property(g => g.RequestedModel).HasMaxLength(64);
            e.Property(g => g.Model).HasMaxLength(64);
            e.Property(g => g.Engine).HasMaxLength(32);
            // Whole nano-dollars in a bigint: SQLite keeps decimals as TEXT and cannot SUM them, PostgreSQL and
            // SQL Server could; an integer sums exactly everywhere (ADR 13). 1e-9 $ holds any list price given
            // to three decimals per million tokens (0.800 $/MTok = 800 n$ per token) without rounding.
            e.Property(g => g.CostUsd).HasColumnName("CostNanoUsd").HasConversion(
                usd => (long)decimal.Round(usd * NanosPerDollar, MidpointRounding.AwayFromZero),
                nanos => nanos / NanosPerDollar);
            // Reports read a tenant's calls by time range.
            e.HasIndex(g => new { g.TenantId, g.CreatedAt });
            // /v1/status reads the last hour of every tenant's calls (ADR 13): without this, a scan of the whole log.
            e.HasIndex(g => g.CreatedAt);
        });
    }
}
