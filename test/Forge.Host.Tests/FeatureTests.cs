using System.Net;
using Forge.Host.Features;
using Forge.Host.Tenants;
using Forge.Hosting.Features;
using Forge.Hosting.Identity;
using Forge.Hosting.MultiTenancy;
using Forge.TestModules.Notes;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

[ProviderSensitive]
public sealed class FeatureTests(NotesHostFixture fixture) : IClassFixture<NotesHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;

    public Task InitializeAsync()
    {
        _host = fixture.Host;
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Edition_values_apply_and_a_tenant_override_takes_effect_at_once()
    {
        var free = await _host.CreateTenantAsync("free-co" + _tenantSuffix, Editions.Free);
        var enterprise = await _host.CreateTenantAsync("big-co" + _tenantSuffix, Editions.Enterprise);
        var freeClient = _host.ClientWithKey(await _host.CreateKeyAsync(free, Products.Fortune));
        var enterpriseClient = _host.ClientWithKey(await _host.CreateKeyAsync(enterprise, Products.Fortune));

        (await enterpriseClient.GetAsync("/test/notes/premium")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var denied = await freeClient.GetAsync("/test/notes/premium");
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await denied.Content.ReadAsStringAsync()).ShouldContain(NotesModule.PremiumFeature);

        await _host.InScopeAsync(async sp => { await sp.GetRequiredService<FeatureManager>().SetAsync(free, NotesModule.PremiumFeature, "TRUE"); return 0; });
        (await freeClient.GetAsync("/test/notes/premium")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await _host.InScopeAsync(async sp => { await sp.GetRequiredService<FeatureManager>().SetAsync(free, NotesModule.PremiumFeature, "false"); return 0; });
        (await freeClient.GetAsync("/test/notes/premium")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Values_are_typed_and_resolved_default_then_edition_then_tenant()
    {
        var free = await _host.CreateTenantAsync("typed-free" + _tenantSuffix, Editions.Free);
        var pro = await _host.CreateTenantAsync("typed-pro" + _tenantSuffix, Editions.Pro);

        (await ValueAsync(pro.Id, "Notes.MaxLength")).ShouldBe(200);
        (await ValueAsync(free.Id, "Notes.MaxLength")).ShouldBe(20);
        (await ValueAsync(null, "Notes.MaxLength")).ShouldBe(200);

        var views = await _host.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<FeatureManager>();
            await manager.SetAsync(free, "Notes.MaxLength", "50");
            return await manager.ListAsync(free);
        });
        (await ValueAsync(free.Id, "Notes.MaxLength")).ShouldBe(50);
        views.Single(v => v.Name == "Notes.MaxLength").Source.ShouldBe("tenant");
        views.Single(v => v.Name == NotesModule.PremiumFeature).Source.ShouldBe("default");
    }

    [Fact]
    public async Task Invalid_values_and_unknown_features_are_refused()
    {
        var tenant = await _host.CreateTenantAsync("strict" + _tenantSuffix);
        await Should.ThrowAsync<Platform.PlatformValidationException>(() =>
            _host.InScopeAsync(async sp => { await sp.GetRequiredService<FeatureManager>().SetAsync(tenant, "Notes.MaxLength", "many"); return 0; }));
        await Should.ThrowAsync<Platform.PlatformValidationException>(() =>
            _host.InScopeAsync(async sp => { await sp.GetRequiredService<FeatureManager>().SetAsync(tenant, "No.Such", "1"); return 0; }));
    }

    private Task<long> ValueAsync(Guid? tenantId, string feature) => _host.InScopeAsync(async sp =>
    {
        using (sp.GetRequiredService<ICurrentTenant>().Change(tenantId))
            return await sp.GetRequiredService<IFeatureChecker>().GetIntegerAsync(feature);
    });
}
