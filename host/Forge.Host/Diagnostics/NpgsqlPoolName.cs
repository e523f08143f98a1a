using Npgsql;

namespace Forge.Host.Diagnostics;

/// <summary>The name Npgsql gives the pool of a connection string in its metrics: the string without its password.</summary>
internal static class NpgsqlPoolName
{
    public static string For(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Remove("Password");
        return builder.ConnectionString;
    }
}
