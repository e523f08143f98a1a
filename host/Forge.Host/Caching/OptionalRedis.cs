using System.Runtime.CompilerServices;
using StackExchange.Redis;

namespace Forge.Host.Caching;

/// <summary>
/// Redis, when <c>ConnectionStrings:Redis</c> is set. Platform services take this rather than an optional
/// <see cref="IConnectionMultiplexer"/>: reading a constructor's parameter types loads their assembly, so a host
/// without Redis never loads the client (ADR 78). Touch <see cref="Multiplexer"/> only after
/// <see cref="IsConfigured"/>, from a method of its own, so the JIT compiles the Redis code only where it runs.
/// </summary>
public sealed class OptionalRedis(IServiceProvider services, IConfiguration configuration)
{
    public bool IsConfigured { get; } = ConnectionString(configuration) is not null;

    public IConnectionMultiplexer Multiplexer
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        get => services.GetRequiredService<IConnectionMultiplexer>();
    }

    public static string? ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Redis") is { Length: > 0 } redis ? redis : null;

    /// <summary>Registers the multiplexer: it starts and keeps reconnecting even while Redis is down.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Register(IServiceCollection services, string connectionString) =>
        services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(connectionString);
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
}
