using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Forge.Hosting.Data;

/// <summary>
/// Registers a context for the configured provider. Each provider has its own subclass of the
/// context so that its migrations (one set per provider, as EF's "multiple providers" guide
/// recommends) bind to it; callers always inject <typeparamref name="TContext"/>.
/// <c>configure</c> adds to the options with the scope's services at hand (e.g. a module's
/// <c>SaveChanges</c> interceptor); with <c>pooled</c>, with the root services (and the options are built once). A context with a job outbox (every <c>ForgeDbContext</c>) gets the
/// kernel's <see cref="JobOutboxInterceptor"/> and is drained by the host's one outbox dispatcher. <c>Lazy&lt;TContext&gt;</c>
/// is registered with it, for work that resolves a context only when it has something to do.
/// </summary>
public static class ForgeDbContextRegistration
{
    public static IServiceCollection AddForgeDbContext<TContext, TSqlite, TPostgreSql, TSqlServer>(
        this IServiceCollection services, IConfiguration configuration, string connectionName,
        Action<IServiceProvider, DbContextOptionsBuilder>? configure = null, bool pooled = false)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgreSql : TContext
        where TSqlServer : TContext
    {
        var provider = DatabaseOptions.Provider(configuration);
        var connectionString = DatabaseOptions.ConnectionString(configuration, connectionName);
        var history = $"__migrations_{connectionName.ToLowerInvariant()}";
        var outbox = typeof(IJobOutboxDbContext).IsAssignableFrom(typeof(TContext));
        var threadSafetyChecks = DatabaseOptions.ThreadSafetyChecks(configuration);
        Action<IServiceProvider, DbContextOptionsBuilder> kernel = (sp, o) =>
        {
            o.EnableThreadSafetyChecks(threadSafetyChecks);
            if (outbox)
                o.AddInterceptors(new JobOutboxInterceptor(sp.GetRequiredService<JobOutboxSignal>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
            configure?.Invoke(sp, o);
        };
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                Register<TSqlite>((sp, o) =>
                {
                    o.UseSqlite(connectionString, b => b.MigrationsHistoryTable(history)).AddInterceptors(SqliteConnectionSetup.Instance)
                        .ReplaceService<IRelationalConnection, ForgeSqliteConnection>();
                    kernel(sp, o);
                });
                break;
            case DatabaseProvider.PostgreSql:
                Register<TPostgreSql>((sp, o) =>
                {
                    o.UseNpgsql(connectionString, b => b.MigrationsHistoryTable(history));
                    kernel(sp, o);
                });
                break;
            case DatabaseProvider.SqlServer:
                Register<TSqlServer>((sp, o) =>
                {
                    o.UseSqlServer(connectionString, b => b.MigrationsHistoryTable(history));
                    kernel(sp, o);
                });
                break;
            default:
                throw new InvalidOperationException($"No DbContext registration for database provider '{provider}'.");
        }
        services.AddSingleton(new MigratableContext(typeof(TContext)));
        // For work that may have nothing to do (a sweep that asks first, ADR 77): constructing a context, even unused,
        // builds EF's internal service provider, so such work takes the context lazily (ADR 79).
        services.AddScoped(sp => new Lazy<TContext>(sp.GetRequiredService<TContext>));
        var implementation = provider switch
        {
            DatabaseProvider.Sqlite => typeof(TSqlite),
            DatabaseProvider.PostgreSql => typeof(TPostgreSql),
            _ => typeof(TSqlServer),
        };
        services.AddSingleton(new ContextDatabase(typeof(TContext), implementation, provider, connectionString, history));
        if (outbox)
        {
            services.TryAddSingleton<JobOutboxSignal>();
            services.AddSingleton(new JobOutboxContext(typeof(TContext)));
        }
        if (typeof(IIdempotencyDbContext).IsAssignableFrom(typeof(TContext)))
            services.AddSingleton(new IdempotencyContext(typeof(TContext)));
        return services;

        // Pooled (ADR 35): the options are built once and contexts are reset and reused instead of being built per
        // scope — the context's constructor takes the options only, and configure's services must be singletons.
        void Register<TImplementation>(Action<IServiceProvider, DbContextOptionsBuilder> options) where TImplementation : TContext
        {
            if (pooled) services.AddDbContextPool<TContext, TImplementation>(options);
            else services.AddDbContext<TContext, TImplementation>(options);
        }
    }
}

/// <summary>A context the host migrates on start and in <c>migrate</c>.</summary>
public sealed record MigratableContext(Type ContextType);

/// <summary>A context whose expired idempotency keys the kernel's cleanup job deletes (ADR 32).</summary>
public sealed record IdempotencyContext(Type ContextType);

/// <summary>A context whose job outbox the host's dispatcher drains.</summary>
public sealed record JobOutboxContext(Type ContextType);
