using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.Data;

/// <summary>
/// Registers a context for the configured provider. Each provider has its own subclass of the
/// context so that its migrations (one set per provider, as EF's "multiple providers" guide
/// recommends) bind to it; callers always inject <typeparamref name="TContext"/>.
/// </summary>
public static class ForgeDbContextRegistration
{
    public static IServiceCollection AddForgeDbContext<TContext, TSqlite, TPostgreSql, TSqlServer>(
        this IServiceCollection services, IConfiguration configuration, string connectionName)
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
                services.AddDbContext<TContext, TSqlite>(o => o.UseSqlite(connectionString, b => b.MigrationsHistoryTable(history)));
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<TContext, TPostgreSql>(o => o.UseNpgsql(connectionString, b => b.MigrationsHistoryTable(history)));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<TContext, TSqlServer>(o => o.UseSqlServer(connectionString, b => b.MigrationsHistoryTable(history)));
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
