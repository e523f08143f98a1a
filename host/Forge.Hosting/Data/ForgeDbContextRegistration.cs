using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.Data;

/// <summary>
/// Registers a context for the configured provider. Each provider has its own subclass of the
/// context so that its migrations (one set per provider, as EF's "multiple providers" guide
/// recommends) bind to it; callers always inject <typeparamref name="TContext"/>.
/// <c>configure</c> adds to the options with the scope's services at hand (e.g. a module's
/// <c>SaveChanges</c> interceptor).
/// </summary>
public static class ForgeDbContextRegistration
{
    public static IServiceCollection AddForgeDbContext<TContext, TSqlite, TPostgreSql, TSqlServer>(
        this IServiceCollection services, IConfiguration configuration, string connectionName,
        Action<IServiceProvider, DbContextOptionsBuilder>? configure = null)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgreSql : TContext
        where TSqlServer : TContext
    {
        var provider = DatabaseOptions.Provider(configuration);
        var connectionString = DatabaseOptions.ConnectionString(configuration, connectionName);
        var history = $"__migrations_{connectionName.ToLowerInvariant()}";
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<TContext, TSqlite>((sp, o) =>
                {
                    o.UseSqlite(connectionString, b => b.MigrationsHistoryTable(history)).AddInterceptors(SqliteConnectionSetup.Instance);
                    configure?.Invoke(sp, o);
                });
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<TContext, TPostgreSql>((sp, o) =>
                {
                    o.UseNpgsql(connectionString, b => b.MigrationsHistoryTable(history));
                    configure?.Invoke(sp, o);
                });
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<TContext, TSqlServer>((sp, o) =>
                {
                    o.UseSqlServer(connectionString, b => b.MigrationsHistoryTable(history));
                    configure?.Invoke(sp, o);
                });
                break;
            default:
                throw new InvalidOperationException($"No DbContext registration for database provider '{provider}'.");
        }
        services.AddSingleton(new MigratableContext(typeof(TContext)));
        return services;
    }
}

/// <summary>A context the host migrates on start and in <c>migrate</c>.</summary>
public sealed record MigratableContext(Type ContextType);
