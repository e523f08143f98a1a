using Forge.Host.Data;
using Forge.Host.Seeding;
using Microsoft.Extensions.Options;

namespace Forge.Host.Platform;

/// <summary>
/// Runs before every other hosted service (it is registered first): migrates the databases and,
/// on a brand-new one, creates and prints the demo credentials.
/// </summary>
public sealed class PlatformStartup(IServiceProvider services, IConfiguration configuration, IOptions<PlatformStartupOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        if (!options.Value.SeedDemo) return;

        await using var scope = services.CreateAsyncScope();
        var demo = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(cancellationToken);
        if (demo is not null)
        {
            var url = (configuration["urls"] ?? ForgeApplication.DefaultUrl).Split(';')[0].Replace("://+", "://localhost").Replace("://*", "://localhost");
            System.Console.Out.WriteLine(demo.Describe(url));
            System.Console.Out.Flush();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
