using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Forge.Fortune.EntityFrameworkCore;

// Used by `dotnet ef migrations add` (etc/scripts/add-migration.sh) only.
internal sealed class SqliteFortuneDesignFactory : IDesignTimeDbContextFactory<SqliteFortuneDbContext>
{
    public SqliteFortuneDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFortuneDbContext>().UseSqlite("Data Source=design.db").Options, new CurrentTenant());
}

internal sealed class PostgreSqlFortuneDesignFactory : IDesignTimeDbContextFactory<PostgreSqlFortuneDbContext>
{
    public PostgreSqlFortuneDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlFortuneDbContext>().UseNpgsql("Host=localhost").Options, new CurrentTenant());
}

internal sealed class SqlServerFortuneDesignFactory : IDesignTimeDbContextFactory<SqlServerFortuneDbContext>
{
    public SqlServerFortuneDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerFortuneDbContext>().UseSqlServer("Server=localhost;TrustServerCertificate=true").Options, new CurrentTenant());
}
