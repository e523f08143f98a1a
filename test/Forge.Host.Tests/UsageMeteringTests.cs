using System.Net;
using System.Text;
using Forge.Host.Data;
using Forge.Host.Tenants;
using Forge.Hosting.Identity;
using Forge.Hosting.Usage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

[ProviderSensitive]
public sealed class UsageMeteringTests : IAsyncLifetime
{
    private const string WhoAmI = "/api/platform/whoami";
    private TestHost _host = null!;
    private Tenant _acme = null!;
    private HttpClient _acmeClient = null!;
    private DateOnly _firstDay;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(["Notes"]);
        _acme = await _host.CreateTenantAsync("acme");
        _acmeClient = _host.ClientWithKey(await _host.CreateKeyAsync(_acme, Products.Fortune));
        _firstDay = DateOnly.FromDateTime(DateTime.UtcNow);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Authenticated_calls_and_errors_are_aggregated_per_tenant_and_route()
    {
        var globex = await _host.CreateTenantAsync("globex");
        var globexClient = _host.ClientWithKey(await _host.CreateKeyAsync(globex, Products.Fortune));

        // Unauthenticated calls first: the writer drains in order, so once the later calls show up these would have too.
        (await _host.Client.GetAsync(WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _host.Client.GetAsync("/api/platform/nope")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        for (var i = 0; i < 3; i++) (await _acmeClient.GetAsync(WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _acmeClient.GetAsync("/api/platform/nope")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await globexClient.GetAsync(WhoAmI)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var acme = await DailyAsync(_acme.Id, rows => Calls(rows, WhoAmI) == 3 && Calls(rows, "(unmatched)") == 1);
        var whoAmI = acme.Single(r => r.RouteTemplate == WhoAmI);
        whoAmI.Errors.ShouldBe(0);
        whoAmI.Product.ShouldBe(Products.Fortune);
        whoAmI.TenantId.ShouldBe(_acme.Id);
        whoAmI.Day.ShouldBe(DateOnly.FromDateTime(DateTime.UtcNow));
        whoAmI.TotalLatencyMs.ShouldBeGreaterThan(0);
        acme.Single(r => r.RouteTemplate == "(unmatched)").Errors.ShouldBe(1);
        acme.Count.ShouldBe(2);

        var other = await DailyAsync(globex.Id, rows => Calls(rows, WhoAmI) == 1);
        other.ShouldHaveSingleItem().TenantId.ShouldBe(globex.Id);

        (await QueryAsync(null, null)).ShouldBeEmpty(); // nothing was recorded for the host
        (await QueryAsync(_acme.Id, Products.Analysis)).ShouldBeEmpty();
        (await QueryAsync(_acme.Id, Products.Fortune)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_call_failed_by_an_exception_is_metered_with_the_status_the_client_got()
    {
        // Malformed JSON makes the endpoint throw; the exception handler answers 400.
        var response = await _acmeClient.PostAsync("/test/notes", new StringContent("{not json", Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var rows = await DailyAsync(_acme.Id, rows => rows.Any(r => r.RouteTemplate.StartsWith("/test/notes", StringComparison.Ordinal)));
        var notes = rows.Single(r => r.RouteTemplate.StartsWith("/test/notes", StringComparison.Ordinal));
        notes.Calls.ShouldBe(1);
        notes.Errors.ShouldBe(1);
        notes.Product.ShouldBe(Products.Fortune);
    }

    private static long Calls(IReadOnlyList<UsageDailyAggregate> rows, string route) =>
        rows.Where(r => r.RouteTemplate == route).Sum(r => r.Calls);

    private Task<IReadOnlyList<UsageDailyAggregate>> QueryAsync(Guid? tenantId, string? product) =>
        _host.InScopeAsync(sp => sp.GetRequiredService<IUsageQuery>()
            .GetDailyAsync(tenantId, product, _firstDay, DateOnly.FromDateTime(DateTime.UtcNow)));

    private Task<IReadOnlyList<UsageDailyAggregate>> DailyAsync(Guid tenantId, Func<IReadOnlyList<UsageDailyAggregate>, bool> done) =>
        Eventually.GetAsync(() => QueryAsync(tenantId, null), done, what: $"usage of tenant {tenantId}");
}
