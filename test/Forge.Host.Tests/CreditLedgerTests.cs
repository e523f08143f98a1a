using Forge.Host.Credits;
using Forge.Host.Data;
using Forge.Host.Tenants;
using Forge.Hosting.Credits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests;

/// <summary>The ledger on the real database (SQLite or PostgreSQL, per the run).</summary>
[ProviderSensitive]
public sealed class CreditLedgerTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private Tenant _tenant = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(settings: new Dictionary<string, string?> { ["Forge:Credits:SweepIntervalSeconds"] = "0.2" });
        _tenant = await _host.CreateTenantAsync("credits-co");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Two_hundred_concurrent_reservations_against_fifty_credits_exactly_fifty_succeed()
    {
        await Ledger(l => l.GrantAsync(_tenant.Id, 50, "test", "grant-50"));

        var attempts = Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            try
            {
                await Ledger(l => l.ReserveAsync(_tenant.Id, 1, $"job-{i}"));
                return true;
            }
            catch (InsufficientCreditsException)
            {
                return false;
            }
        }));
        var results = await Task.WhenAll(attempts);

        results.Count(ok => ok).ShouldBe(50);
        (await Ledger(l => l.GetBalanceAsync(_tenant.Id))).ShouldBe(0);
        (await EntrySumAsync()).ShouldBe(0);
        (await HeldCountAsync()).ShouldBe(50);
    }

    [Fact]
    public async Task Every_call_is_idempotent_by_its_reference()
    {
        (await Ledger(l => l.GrantAsync(_tenant.Id, 10, "test", "grant-once"))).ShouldBe(10);
        (await Ledger(l => l.GrantAsync(_tenant.Id, 10, "test", "grant-once"))).ShouldBe(10);

        var first = await Ledger(l => l.ReserveAsync(_tenant.Id, 3, "analysis-1"));
        var again = await Ledger(l => l.ReserveAsync(_tenant.Id, 3, "analysis-1"));
        again.Id.ShouldBe(first.Id);
        (await Ledger(l => l.GetBalanceAsync(_tenant.Id))).ShouldBe(7);

        (await Ledger(l => l.CommitAsync(_tenant.Id, "analysis-1"))).State.ShouldBe(CreditReservationState.Committed);
        (await Ledger(l => l.CommitAsync(_tenant.Id, "analysis-1"))).State.ShouldBe(CreditReservationState.Committed);
        // A committed reservation cannot be released afterwards.
        (await Ledger(l => l.ReleaseAsync(_tenant.Id, "analysis-1"))).State.ShouldBe(CreditReservationState.Committed);
        (await Ledger(l => l.GetBalanceAsync(_tenant.Id))).ShouldBe(7);

        await Ledger(l => l.ReserveAsync(_tenant.Id, 2, "analysis-2"));
        (await Ledger(l => l.ReleaseAsync(_tenant.Id, "analysis-2"))).State.ShouldBe(CreditReservationState.Released);
        (await Ledger(l => l.ReleaseAsync(_tenant.Id, "analysis-2"))).State.ShouldBe(CreditReservationState.Released);
        (await Ledger(l => l.GetBalanceAsync(_tenant.Id))).ShouldBe(7);
        (await EntrySumAsync()).ShouldBe(7);
    }

    [Fact]
    public async Task Concurrent_identical_reservations_reserve_once()
    {
        await Ledger(l => l.GrantAsync(_tenant.Id, 5, "test", "grant-5"));
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Ledger(l => l.ReserveAsync(_tenant.Id, 2, "same-ref")))));
        results.Select(r => r.Id).Distinct().Count().ShouldBe(1);
        (await Ledger(l => l.GetBalanceAsync(_tenant.Id))).ShouldBe(3);
        (await EntrySumAsync()).ShouldBe(3);
    }

    [Fact]
    public async Task Insufficient_balance_is_a_typed_error_with_the_figures_and_writes_nothing()
    {
        await Ledger(l => l.GrantAsync(_tenant.Id, 2, "test", "grant-2"));
        var error = await Should.ThrowAsync<InsufficientCreditsException>(() => Ledger(l => l.ReserveAsync(_tenant.Id, 5, "too-big")));
        error.Required.ShouldBe(5);
        error.Available.ShouldBe(2);
        (await HeldCountAsync()).ShouldBe(0);
        // The failed reference is not burnt: it can be retried once credits arrive.
        await Ledger(l => l.GrantAsync(_tenant.Id, 3, "test", "grant-3"));
        (await Ledger(l => l.ReserveAsync(_tenant.Id, 5, "too-big"))).State.ShouldBe(CreditReservationState.Held);
    }

    [Fact]
    public async Task An_expired_reservation_is_released_by_the_sweeper()
    {
        await Ledger(l => l.GrantAsync(_tenant.Id, 4, "test", "grant-4"));
        await Ledger(l => l.ReserveAsync(_tenant.Id, 3, "abandoned", TimeSpan.FromMilliseconds(100)));
        (await Ledger(l => l.GetBalanceAsync(_tenant.Id))).ShouldBe(1);

        var balance = await Eventually.GetAsync(() => Ledger(l => l.GetBalanceAsync(_tenant.Id)), b => b == 4, what: "the sweeper to release the hold");
        balance.ShouldBe(4);
        (await EntrySumAsync()).ShouldBe(4);
        var state = await _host.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().CreditHolds.IgnoreQueryFilters()
            .Where(h => h.Reference == "abandoned").Select(h => h.State).SingleAsync());
        state.ShouldBe(CreditReservationState.Expired);
        // Committing after expiry does not charge, and says so (never a free analysis): the hold stays expired.
        (await Should.ThrowAsync<CreditReservationExpiredException>(() => Ledger(l => l.CommitAsync(_tenant.Id, "abandoned"))))
            .State.ShouldBe(CreditReservationState.Expired);
        (await Ledger(l => l.GetBalanceAsync(_tenant.Id))).ShouldBe(4);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task Non_positive_amounts_are_refused(long amount)
    {
        await Should.ThrowAsync<Platform.PlatformValidationException>(() => Ledger(l => l.GrantAsync(_tenant.Id, amount, "x", "bad")));
        await Should.ThrowAsync<Platform.PlatformValidationException>(() => Ledger(l => l.ReserveAsync(_tenant.Id, amount, "bad")));
    }

    [Fact]
    public async Task Unknown_references_are_refused()
    {
        await Should.ThrowAsync<CreditReservationNotFoundException>(() => Ledger(l => l.CommitAsync(_tenant.Id, "never-reserved")));
        await Should.ThrowAsync<CreditReservationNotFoundException>(() => Ledger(l => l.ReleaseAsync(_tenant.Id, "never-reserved")));
    }

    [Fact]
    public async Task Reserving_all_takes_every_item_or_none_and_a_replay_returns_the_same_holds()
    {
        await Ledger(l => l.GrantAsync(_tenant.Id, 10, "test", "grant-10"));
        CreditRequest[] eleven = [.. Enumerable.Range(0, 11).Select(i => new CreditRequest($"batch-a-{i}", 1))];
        var refused = await Should.ThrowAsync<InsufficientCreditsException>(() => Ledger(l => l.ReserveAllAsync(_tenant.Id, eleven)));
        (refused.Required, refused.Available).ShouldBe((11L, 10L));
        (await Ledger(l => l.GetBalanceAsync(_tenant.Id))).ShouldBe(10);
        (await HeldCountAsync()).ShouldBe(0);
        (await EntrySumAsync()).ShouldBe(10);

        CreditRequest[] four = [.. Enumerable.Range(0, 4).Select(i => new CreditRequest($"batch-b-{i}", 2))];
        var held = await Ledger(l => l.ReserveAllAsync(_tenant.Id, four));
        held.Select(h => h.Reference).ShouldBe(four.Select(i => i.Reference));
        held.ShouldAllBe(h => h.State == CreditReservationState.Held && h.Amount == 2);
        var replay = await Ledger(l => l.ReserveAllAsync(_tenant.Id, four));
        replay.Select(h => h.Id).ShouldBe(held.Select(h => h.Id));
        (await Ledger(l => l.GetBalanceAsync(_tenant.Id))).ShouldBe(2);
        (await EntrySumAsync()).ShouldBe(2);

        // Each item settles on its own afterwards, as a single reservation does.
        await Ledger(l => l.CommitAsync(_tenant.Id, "batch-b-0"));
        await Ledger(l => l.ReleaseAsync(_tenant.Id, "batch-b-1"));
        (await Ledger(l => l.GetBalanceAsync(_tenant.Id))).ShouldBe(4);
        (await HeldCountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task Concurrent_batches_against_the_credit_for_one_reserve_exactly_one_whole()
    {
        await Ledger(l => l.GrantAsync(_tenant.Id, 30, "test", "grant-30"));
        var attempts = Enumerable.Range(0, 8).Select(b => Task.Run(async () =>
        {
            try
            {
                await Ledger(l => l.ReserveAllAsync(_tenant.Id, [.. Enumerable.Range(0, 20).Select(i => new CreditRequest($"race-{b}-{i}", 1))]));
                return true;
            }
            catch (InsufficientCreditsException)
            {
                return false;
            }
        }));
        (await Task.WhenAll(attempts)).Count(ok => ok).ShouldBe(1);
        (await Ledger(l => l.GetBalanceAsync(_tenant.Id))).ShouldBe(10);
        (await HeldCountAsync()).ShouldBe(20);
        (await EntrySumAsync()).ShouldBe(10);
    }

    [Fact]
    public async Task Held_reservations_are_listed_by_prefix_and_age_across_tenants_in_pages_that_miss_none()
    {
        var other = await _host.CreateTenantAsync("credits-other-co");
        var prefix = $"orphan-{Guid.NewGuid():N}:";
        await Ledger(l => l.GrantAsync(_tenant.Id, 10, "test", $"{prefix}grant"));
        await Ledger(l => l.GrantAsync(other.Id, 10, "test", $"{prefix}grant"));
        // One transaction gives its holds one creation time: the pages must still neither repeat nor skip any.
        await Ledger(l => l.ReserveAllAsync(_tenant.Id, [.. Enumerable.Range(0, 5).Select(i => new CreditRequest($"{prefix}batch-{i}", 1))]));
        await Ledger(l => l.ReserveAsync(other.Id, 1, $"{prefix}single"));
        await Ledger(l => l.ReserveAsync(other.Id, 1, $"{prefix}committed"));
        await Ledger(l => l.CommitAsync(other.Id, $"{prefix}committed"));
        await Ledger(l => l.ReserveAsync(other.Id, 1, $"{prefix}released"));
        await Ledger(l => l.ReleaseAsync(other.Id, $"{prefix}released"));
        await Ledger(l => l.ReserveAsync(_tenant.Id, 1, $"elsewhere-{prefix}"));
        var cutoff = DateTimeOffset.UtcNow.AddMinutes(1);

        var seen = new List<CreditReservation>();
        CreditReservation? after = null;
        while (await Ledger(l => l.ListHeldAsync(prefix, cutoff, 2, after)) is { Count: > 0 } page)
        {
            page.Count.ShouldBeLessThanOrEqualTo(2);
            seen.AddRange(page);
            after = page[^1];
        }

        seen.Select(h => h.Reference).Order(StringComparer.Ordinal)
            .ShouldBe([$"{prefix}batch-0", $"{prefix}batch-1", $"{prefix}batch-2", $"{prefix}batch-3", $"{prefix}batch-4", $"{prefix}single"]);
        seen.ShouldAllBe(h => h.State == CreditReservationState.Held);
        seen.Single(h => h.Reference == $"{prefix}single").TenantId.ShouldBe(other.Id);
        seen.Select(h => h.CreatedAt).ShouldBeInOrder();
        (await Ledger(l => l.ListHeldAsync(prefix, seen.Min(h => h.CreatedAt), 100))).ShouldBeEmpty(); // none made before the first
    }

    private Task<T> Ledger<T>(Func<ICreditLedger, Task<T>> action) =>
        _host.InScopeAsync(sp => action(sp.GetRequiredService<ICreditLedger>()));

    private Task<long> EntrySumAsync() => _host.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().CreditEntries
        .IgnoreQueryFilters().Where(e => e.TenantId == _tenant.Id).SumAsync(e => e.Amount));

    private Task<int> HeldCountAsync() => _host.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().CreditHolds
        .IgnoreQueryFilters().CountAsync(h => h.TenantId == _tenant.Id && h.State == CreditReservationState.Held));
}
