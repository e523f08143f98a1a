using Microsoft.EntityFrameworkCore;

namespace Forge.Hosting.BackgroundJobs;

/// <summary>A context that carries a job outbox (every <c>ForgeDbContext</c> does).</summary>
public interface IJobOutboxDbContext
{
    DbSet<JobOutboxMessage> JobOutbox { get; }
}

/// <summary>Maps <see cref="JobOutboxMessage"/> into a context, under the context's own table name.</summary>
public static class JobOutboxModel
{
    public static void Configure(ModelBuilder modelBuilder, string table) =>
        modelBuilder.Entity<JobOutboxMessage>(e =>
        {
            e.ToTable(table);
            e.HasKey(m => m.Id);
            e.Property(m => m.Id).ValueGeneratedNever();
            e.Property(m => m.ArgsType).HasMaxLength(512);
            e.HasIndex(m => m.CreatedAt);
        });

    /// <summary><c>FortuneDbContext</c> → <c>fortune_job_outbox</c>: one table per context, even when contexts share a database.</summary>
    public static string TableFor(Type contextType) => Data.ContextTables.For(contextType, "job_outbox");
}
