using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Forge.Hosting.Data;

/// <summary>
/// What <c>dotnet ef migrations add</c> uses to build a provider's context: one line per context and
/// provider, e.g. <c>sealed class SqliteNotesDesignFactory() : ForgeDesignTimeDbContextFactory&lt;SqliteNotesDbContext&gt;(DatabaseProvider.Sqlite);</c>
/// No connection is opened; the connection strings are placeholders.
/// </summary>
public abstract class ForgeDesignTimeDbContextFactory<TContext>(DatabaseProvider provider) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite("Data Source=design.db"),
            DatabaseProvider.PostgreSql => builder.UseNpgsql("Host=localhost;Database=forge_design"),
            DatabaseProvider.SqlServer => builder.UseSqlServer("Server=localhost;Database=forge_design;TrustServerCertificate=true"),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options, new CurrentTenant())!;
    }
}
