using Forge.Hosting.Data;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Forge.NotionForge.EntityFrameworkCore;

/// <summary>
/// NotionForge's own context (ADR 50). Each entity brings its mapping as an <see cref="IEntityTypeConfiguration{T}"/>
/// next to it, so a new area adds files, not lines here; tables are prefixed <c>notionforge_</c>.
/// </summary>
public abstract class NotionForgeDbContext(DbContextOptions options, ICurrentTenant currentTenant) : ForgeDbContext(options, currentTenant)
{
    public const string ConnectionName = "NotionForge";

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotionForgeDbContext).Assembly);
}

public sealed class SqliteNotionForgeDbContext(DbContextOptions<SqliteNotionForgeDbContext> o, ICurrentTenant t) : NotionForgeDbContext(o, t);
public sealed class PostgreSqlNotionForgeDbContext(DbContextOptions<PostgreSqlNotionForgeDbContext> o, ICurrentTenant t) : NotionForgeDbContext(o, t);
public sealed class SqlServerNotionForgeDbContext(DbContextOptions<SqlServerNotionForgeDbContext> o, ICurrentTenant t) : NotionForgeDbContext(o, t);

// Used by `dotnet ef migrations add` (etc/scripts/add-migration.sh) only.
internal sealed class SqliteNotionForgeDesignFactory() : ForgeDesignTimeDbContextFactory<SqliteNotionForgeDbContext>(DatabaseProvider.Sqlite);
internal sealed class PostgreSqlNotionForgeDesignFactory() : ForgeDesignTimeDbContextFactory<PostgreSqlNotionForgeDbContext>(DatabaseProvider.PostgreSql);
internal sealed class SqlServerNotionForgeDesignFactory() : ForgeDesignTimeDbContextFactory<SqlServerNotionForgeDbContext>(DatabaseProvider.SqlServer);
