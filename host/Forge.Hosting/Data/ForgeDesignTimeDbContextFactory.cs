using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.Data;

/// <summary>
/// What <c>dotnet ef migrations add</c> uses to build a provider's context: one line per context and
/// provider, e.g. <c>sealed class SqliteNotesDesignFactory() : ForgeDesignTimeDbContextFactory&lt;SqliteNotesDbContext&gt;(DatabaseProvider.Sqlite);</c>
/// No connection is opened; the connection strings are placeholders.
/// </summary>
public abstract class ForgeDesignTimeDbContextFactory<TContext>(DatabaseProvider provider) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    private static readonly IServiceProvider DesignServices =
        new ServiceCollection().AddSingleton<ICurrentTenant, CurrentTenant>().BuildServiceProvider();

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
        // A pooled context takes the options only and finds ICurrentTenant among the application's services (ADR 35).
        if (typeof(TContext).GetConstructor([typeof(DbContextOptions<TContext>)]) is { } optionsOnly)
            return (TContext)optionsOnly.Invoke([builder.UseApplicationServiceProvider(DesignServices).Options]);
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options, new CurrentTenant())!;
    }
}
