using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Forge.Hosting.Modularity;

/// <summary>
/// Runs the modules' start-up hooks in dependency order and their shutdown hooks in reverse. It is a
/// hosted service, so it starts after the services registered before it (the platform's migrations)
/// and before the web server, which the host starts last; on a graceful stop the server stops first,
/// so no request is in flight when a module shuts down. Only modules whose start-up hook completed
/// get a shutdown hook; one module's failing shutdown does not skip the others.
/// </summary>
public sealed class ModuleLifecycleService(IReadOnlyList<ForgeModule> modules, IServiceProvider services, ILogger<ModuleLifecycleService> logger)
    : IHostedService
{
    private readonly List<ForgeModule> _initialized = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var context = new ApplicationLifecycleContext(services, cancellationToken);
        foreach (var module in modules)
        {
            await module.OnApplicationInitializationAsync(context);
            _initialized.Add(module);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var context = new ApplicationLifecycleContext(services, cancellationToken);
        for (var i = _initialized.Count - 1; i >= 0; i--)
        {
            try
            {
                await _initialized[i].OnApplicationShutdownAsync(context);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Module {Module} failed to shut down cleanly", _initialized[i].Name);
            }
        }
        _initialized.Clear();
    }
}
