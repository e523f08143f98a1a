namespace Forge.Hosting.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}
