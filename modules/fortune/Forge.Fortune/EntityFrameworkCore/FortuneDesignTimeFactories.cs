using Forge.Hosting.Data;

namespace Forge.Fortune.EntityFrameworkCore;

// Used by `dotnet ef migrations add` (etc/scripts/add-migration.sh) only.
internal sealed class SqliteFortuneDesignFactory() : ForgeDesignTimeDbContextFactory<SqliteFortuneDbContext>(DatabaseProvider.Sqlite);
internal sealed class PostgreSqlFortuneDesignFactory() : ForgeDesignTimeDbContextFactory<PostgreSqlFortuneDbContext>(DatabaseProvider.PostgreSql);
internal sealed class SqlServerFortuneDesignFactory() : ForgeDesignTimeDbContextFactory<SqlServerFortuneDbContext>(DatabaseProvider.SqlServer);
