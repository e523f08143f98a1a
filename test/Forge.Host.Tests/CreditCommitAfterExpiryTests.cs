using Forge.Host.Tenants;
using Forge.Hosting.Credits;
using Forge.TestModules.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

/// <summary>
/// A commit that comes after the hold ran out fails loudly and charges nothing (never a free analysis),
/// whether or not the sweeper got there first; module-declared prices are what gets reserved.
/// </summary>
[Forge.TestKit.ProviderSensitive]
public sealed class CreditCommitAfterExpiryTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private Tenant _tenant = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(["WebhookPolicy"]); // sweeper idle (TestHost: 3600 s); tests sweep by hand
        _tenant = await _host.CreateTenantAsync("late-co");
        await Ledger(l => l.GrantAsync(_tenant.Id, 10, "test", "grant-10"));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Commit_after_the_sweeper_expired_the_hold_throws_and_charges_nothing()
    {
        await Ledger(l => l.ReserveAsync(_tenant.Id, 3, "run-swept", TimeSpan.Zero));
        (await Ledger(l => l.ReleaseExpiredAsync())).ShouldBeGreaterThanOrEqualTo(1);

        var error = await Should.ThrowAsync<CreditReservationExpiredException>(() => Ledger(l => l.CommitAsync(_tenant.Id, "run-swept")));

        error.Reference.ShouldBe("run-swept");
        error.State.ShouldBe(CreditReservationState.Expired);
        (await Ledger(l => l.GetBalanceAsync(_tenant.Id))).ShouldBe(10);
        // Still loud on a repeated commit: the failure is a state, not a one-off.
        await Should.ThrowAsync<CreditReservationExpiredException>(() => Ledger(l => l.CommitAsync(_tenant.Id, "run-swept")));
    }

    [Fact]
    public async Task Commit_of_a_hold_past_its_expiry_that_no_sweep_has_seen_throws_and_returns_the_credits()
    {
        await Ledger(l => l.ReserveAsync(_tenant.Id, 4, "run-late", TimeSpan.Zero));
        (await Ledger(l => l.GetBalanceAsync(_tenant.Id))).ShouldBe(6);

        var error = await Should.ThrowAsync<CreditReservationExpiredException>(() => Ledger(l => l.CommitAsync(_tenant.Id, "run-late")));

        error.State.ShouldBe(CreditReservationState.Expired);
        (await Ledger(l => l.GetBalanceAsync(_tenant.Id))).ShouldBe(10);
        (await Ledger(l => l.ReleaseExpiredAsync())).ShouldBe(0); // nothing left for the sweeper: returned once
    }

    [Fact]
    public async Task Commit_after_a_release_throws()
    {
        await Ledger(l => l.ReserveAsync(_tenant.Id, 2, "run-released"));
        await Ledger(l => l.ReleaseAsync(_tenant.Id, "run-released"));

        (await Should.ThrowAsync<CreditReservationExpiredException>(() => Ledger(l => l.CommitAsync(_tenant.Id, "run-released"))))
            .State.ShouldBe(CreditReservationState.Released);
        (await Ledger(l => l.GetBalanceAsync(_tenant.Id))).ShouldBe(10);
    }

    [Fact]
    public async Task A_module_declared_price_is_listed_and_reserved_by_its_code()
    {
        var prices = _host.Services.GetRequiredService<ICreditPriceList>();
        prices.All.ShouldContain(new CreditPrice(WebhookPolicyModule.RunPrice, 1, "One test analysis run."));
        var price = prices.Get(WebhookPolicyModule.RunPrice);

        var held = await Ledger(l => l.ReserveAsync(_tenant.Id, price.Amount, "run-priced"));
        (await Ledger(l => l.CommitAsync(_tenant.Id, "run-priced"))).State.ShouldBe(CreditReservationState.Committed);

        held.Amount.ShouldBe(1);
        (await Ledger(l => l.GetBalanceAsync(_tenant.Id))).ShouldBe(9);
        Should.Throw<KeyNotFoundException>(() => prices.Get("nobody.declared"));
    }

    private Task<T> Ledger<T>(Func<ICreditLedger, Task<T>> action) =>
        _host.InScopeAsync(sp => action(sp.GetRequiredService<ICreditLedger>()));
}
