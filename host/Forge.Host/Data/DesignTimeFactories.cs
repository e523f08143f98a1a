using Forge.Hosting.Data;

namespace Forge.Host.Data;

// Used only by `dotnet ef migrations add` (etc/scripts/add-migration.sh).
internal sealed class SqlitePlatformDesignFactory() : ForgeDesignTimeDbContextFactory<SqlitePlatformDbContext>(DatabaseProvider.Sqlite);
internal sealed class PostgreSqlPlatformDesignFactory() : ForgeDesignTimeDbContextFactory<PostgreSqlPlatformDbContext>(DatabaseProvider.PostgreSql);
internal sealed class SqlServerPlatformDesignFactory() : ForgeDesignTimeDbContextFactory<SqlServerPlatformDbContext>(DatabaseProvider.SqlServer);
