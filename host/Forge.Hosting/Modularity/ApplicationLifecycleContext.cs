namespace Forge.Hosting.Modularity;

/// <summary>What a module's start-up and shutdown hooks get: the application's root services and a token.</summary>
public sealed class ApplicationLifecycleContext(IServiceProvider services, CancellationToken cancellationToken)
{
    public IServiceProvider Services { get; } = services;

    public CancellationToken CancellationToken { get; } = cancellationToken;
}
