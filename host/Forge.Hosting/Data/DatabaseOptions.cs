using Microsoft.Extensions.Configuration;

namespace Forge.Hosting.Data;

/// <summary>
/// Reads <c>Database:Provider</c> and the connection strings. Each context has its own
/// connection-string name falling back to <c>Default</c>; the SQLite default lives in the data
/// directory (<c>Forge:DataDirectory</c>).
/// </summary>
public static class DatabaseOptions
{
    public static DatabaseProvider Provider(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value)) return DatabaseProvider.Sqlite;
        // By name only: Enum.TryParse also accepts ordinals ("42") and flag lists ("Sqlite,SqlServer").
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
            if (string.Equals(provider.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase))
                return provider;
        throw new InvalidOperationException(
            $"Database:Provider '{value}' is not supported. Use Sqlite, PostgreSql or SqlServer.");
    }

    /// <summary>
    /// <c>Database:ThreadSafetyChecks</c>: EF Core's detection of a context used by two operations at once. It costs
    /// every query two <c>AsyncLocal</c> writes, each copying the request's execution context (ADR 74), and only ever
    /// reports a programming error, so it is on where the code is tested and debugged (Debug builds: the test suite)
    /// and off in a Release build unless configured.
    /// </summary>
    public static bool ThreadSafetyChecks(IConfiguration configuration)
    {
        var value = configuration["Database:ThreadSafetyChecks"];
        if (string.IsNullOrWhiteSpace(value)) return DebugBuild;
        return bool.TryParse(value.Trim(), out var on)
            ? on
            : throw new InvalidOperationException($"Database:ThreadSafetyChecks '{value}' is not a boolean. Use true or false.");
    }

#if DEBUG
    private const bool DebugBuild = true;
#else
    private const bool DebugBuild = false;
#endif

    public static string DataDirectory(IConfiguration configuration)
    {
        var configured = configuration["Forge:DataDirectory"];
        var directory = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "forge")
            : Path.GetFullPath(configured);
        Directory.CreateDirectory(directory);
        return directory;
    }

    public static string ConnectionString(IConfiguration configuration, string name)
    {
        var specific = configuration.GetConnectionString(name);
        if (!string.IsNullOrWhiteSpace(specific)) return specific;
        var fallback = configuration.GetConnectionString("Default");
        if (!string.IsNullOrWhiteSpace(fallback)) return fallback;
        if (Provider(configuration) != DatabaseProvider.Sqlite)
            throw new InvalidOperationException($"ConnectionStrings:{name} (or ConnectionStrings:Default) is required for {Provider(configuration)}.");
        return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = Path.Combine(DataDirectory(configuration), "forge.db") }.ToString();
    }
}
