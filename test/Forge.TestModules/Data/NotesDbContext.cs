using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Forge.TestModules.Notes;
using Microsoft.EntityFrameworkCore;

namespace Forge.TestModules.Data;

public abstract class NotesDbContext(DbContextOptions options, ICurrentTenant currentTenant) : ForgeDbContext(options, currentTenant)
{
    public DbSet<Note> Notes => Set<Note>();
    public DbSet<JobEffect> JobEffects => Set<JobEffect>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>(e =>
        {
            e.ToTable("test_notes");
            e.Property(n => n.Text).HasMaxLength(200);
        });
        modelBuilder.Entity<JobEffect>(e =>
        {
            e.ToTable("test_job_effects");
            e.Property(j => j.Key).HasMaxLength(100);
            e.HasIndex(j => j.Key).IsUnique();
        });
    }
}

public sealed class SqliteNotesDbContext(DbContextOptions<SqliteNotesDbContext> o, ICurrentTenant t) : NotesDbContext(o, t);
public sealed class PostgreSqlNotesDbContext(DbContextOptions<PostgreSqlNotesDbContext> o, ICurrentTenant t) : NotesDbContext(o, t);
public sealed class SqlServerNotesDbContext(DbContextOptions<SqlServerNotesDbContext> o, ICurrentTenant t) : NotesDbContext(o, t);

internal sealed class SqliteNotesDesignFactory() : ForgeDesignTimeDbContextFactory<SqliteNotesDbContext>(DatabaseProvider.Sqlite);
internal sealed class PostgreSqlNotesDesignFactory() : ForgeDesignTimeDbContextFactory<PostgreSqlNotesDbContext>(DatabaseProvider.PostgreSql);
internal sealed class SqlServerNotesDesignFactory() : ForgeDesignTimeDbContextFactory<SqlServerNotesDbContext>(DatabaseProvider.SqlServer);
