using Forge.Hosting.ProductApi;
using System.Reflection;
using Forge.Host.Data;
using Forge.Host.OAuth;
using Forge.Hosting.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Forge.Host.Tests;

[ProviderSensitive]
public sealed class OAuthClientManagerTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_failure_after_the_application_is_saved_leaves_neither_link_nor_application()
    {
        var tenant = await _host.CreateTenantAsync("acme");

        var after = await _host.InScopeAsync(async sp =>
        {
            var failing = new OAuthClientManager(FailAfterCreate.Wrap(sp.GetRequiredService<IOpenIddictApplicationManager>()),
                sp.GetRequiredService<PlatformDbContext>(), sp.GetRequiredService<ICurrentTenant>(), TimeProvider.System,
                sp.GetRequiredService<Forge.Host.Caching.PlatformChanges>(), sp.GetRequiredService<IProductCatalog>());
            await Should.ThrowAsync<InvalidOperationException>(() => failing.CreateAsync(tenant, ["fortune"]));

            // The scope stays usable: nothing from the failed call is left tracked to be saved later.
            var (client, _) = await sp.GetRequiredService<OAuthClientManager>().CreateAsync(tenant, ["analysis"]);
            return client.ClientId;
        });

        var (links, applications) = await _host.InScopeAsync(async sp => (
            await sp.GetRequiredService<PlatformDbContext>().OAuthClients.IgnoreQueryFilters().Select(c => c.ClientId).ToListAsync(),
            await sp.GetRequiredService<IOpenIddictApplicationManager>().CountAsync()));
        links.ShouldBe([after]);
        applications.ShouldBe(1);
    }

    /// <summary>Saves the application for real, then fails, as a later step of the create could.</summary>
    public class FailAfterCreate : DispatchProxy
    {
        private IOpenIddictApplicationManager _inner = null!;

        public static IOpenIddictApplicationManager Wrap(IOpenIddictApplicationManager inner)
        {
            var proxy = Create<IOpenIddictApplicationManager, FailAfterCreate>();
            ((FailAfterCreate)(object)proxy)._inner = inner;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            var result = targetMethod!.Invoke(_inner, args);
            return targetMethod.Name == nameof(IOpenIddictApplicationManager.CreateAsync) && args![0] is OpenIddictApplicationDescriptor
                ? FailAsync((ValueTask<object>)result!)
                : result;
        }

        private static async ValueTask<object> FailAsync(ValueTask<object> created)
        {
            await created;
            throw new InvalidOperationException("Simulated failure after the application was saved.");
        }
    }
}
