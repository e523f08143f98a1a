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
}
