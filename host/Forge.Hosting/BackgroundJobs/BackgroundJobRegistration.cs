using Microsoft.Extensions.DependencyInjection;

namespace Forge.Hosting.BackgroundJobs;

/// <summary>The name under which arguments of <see cref="ArgsType"/> are stored, and their handler.</summary>
public sealed record BackgroundJobType(string Name, Type ArgsType, Type HandlerType);

public static class BackgroundJobRegistration
{
    /// <summary>Registers a handler; the stored job name is the arguments' type name unless given.</summary>
    public static IServiceCollection AddBackgroundJob<THandler, TArgs>(this IServiceCollection services, string? name = null)
        where THandler : class, IBackgroundJob<TArgs>
        where TArgs : notnull
    {
        services.AddTransient<IBackgroundJob<TArgs>, THandler>();
        services.AddSingleton(new BackgroundJobType(name ?? typeof(TArgs).FullName!, typeof(TArgs), typeof(IBackgroundJob<TArgs>)));
        return services;
    }

    /// <summary>
    /// Registers periodic work under a cluster-wide name. <paramref name="period"/> is read once at start-up
    /// (typically from the module's validated options); whole seconds that divide a minute, whole minutes that
    /// divide an hour, or whole hours that divide a day.
    /// </summary>
    public static IServiceCollection AddRecurringJob<THandler>(this IServiceCollection services, string name, Func<IServiceProvider, TimeSpan> period)
        where THandler : class, IRecurringJob
    {
        services.AddTransient<THandler>();
        services.AddSingleton(new RecurringJobType(name, typeof(THandler), period));
        return services;
    }
}
