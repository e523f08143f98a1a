using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Forge.Host.Data;

// Used only by `dotnet ef migrations add` (etc/scripts/add-migration.sh); no connection is opened.

internal sealed class SqlitePlatformDesignFactory : IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    public SqlitePlatformDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePlatformDbContext>().UseSqlite("Data Source=design.db").Options, new CurrentTenant());
}

internal sealed class PostgreSqlPlatformDesignFactory : IDesignTimeDbContextFactory<PostgreSqlPlatformDbContext>
{
    public PostgreSqlPlatformDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlPlatformDbContext>().UseNpgsql("Host=localhost;Database=forge_design").Options, new CurrentTenant());
}

internal sealed class SqlServerPlatformDesignFactory : IDesignTimeDbContextFactory<SqlServerPlatformDbContext>
{
    public SqlServerPlatformDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerPlatformDbContext>().UseSqlServer("Server=localhost;Database=forge_design;TrustServerCertificate=true").Options, new CurrentTenant());
}
