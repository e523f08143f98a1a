using System.Net;
using Forge.Hosting.Idempotency;
using Forge.TestModules.Tally;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Forge.Host.Tests.Idempotency.TallyIdempotency;

namespace Forge.Host.Tests.Idempotency;

/// <summary>
/// The kernel's stored-response mode (ADR 32; Fortune's <c>Idempotency-Key</c>) on Tally's <c>POST /test/tally/receipts</c>,
/// whose per-endpoint policy overrides Tally's own: a repeat gets the first response again (status, body, Location),
/// another body is the product's conflict, concurrent repeats wait for the first and replay it. Also the kernel's
/// cleanup of expired keys.
/// </summary>
[ProviderSensitive]
public sealed class StoredResponseIdempotencyTests(TallyHostFixture fixture) : IClassFixture<TallyHostFixture>
{
    private const string Path = "/test/tally/receipts";
    private const string Header = "Idempotency-Key";
    private readonly TallyIdempotency _tally = new(fixture);

    [Fact]
    public async Task A_repeat_gets_the_first_response_again_even_after_the_resource_changed()
    {
        var client = await _tally.NewTenantClientAsync("stored");
        var first = await PostAsync(client, Path, Header, "rcpt-1", Counter("receipt", 5));
        var firstBody = await first.Content.ReadAsStringAsync();
        var id = (await DataOf(first, HttpStatusCode.Created)).GetProperty("id").GetString();
        await DataOf(await client.PostAsync($"/test/tally/counters/{id}/hits", null), HttpStatusCode.OK);

        var repeat = await PostAsync(client, Path, Header, "rcpt-1", """{"hold":false,"amount":5,"label":"receipt"}""");

        repeat.StatusCode.ShouldBe(HttpStatusCode.Created);
        Replayed(repeat).ShouldBeTrue();
        (await repeat.Content.ReadAsStringAsync()).ShouldBe(firstBody); // hits still 0: the stored answer
        repeat.Headers.Location.ShouldBe(first.Headers.Location);
        (await CountersAsync(client, "receipt")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_the_products_conflict_and_other_tenants_are_independent()
    {
        var acme = await _tally.NewTenantClientAsync("stored-acme");
        var other = await _tally.NewTenantClientAsync("stored-other");
        await DataOf(await PostAsync(acme, Path, Header, "rcpt-2", Counter("c", 1)), HttpStatusCode.Created);

        await ShouldBeErrorAsync(await PostAsync(acme, Path, Header, "rcpt-2", Counter("c", 2)), HttpStatusCode.Conflict, "IDEMPOTENCY_KEY_REUSED", Header);
        var theirs = await PostAsync(other, Path, Header, "rcpt-2", Counter("c", 2));
        await DataOf(theirs, HttpStatusCode.Created);
        Replayed(theirs).ShouldBeFalse();
    }

    [Fact]
    public async Task The_endpoints_own_key_rules_apply_not_the_products()
    {
        var client = await _tally.NewTenantClientAsync("stored-long");

        await ShouldBeErrorAsync(await PostAsync(client, Path, Header, new string('k', 65), Counter("l", 1)), HttpStatusCode.BadRequest, "INVALID_IDEMPOTENCY_KEY", Header);
        // Tally's X-Request-ID means nothing on this route: two requests, two receipts.
        await DataOf(await PostAsync(client, Path, TallyModule.RequestIdHeader, "x", Counter("l", 1)), HttpStatusCode.Created);
        await DataOf(await PostAsync(client, Path, TallyModule.RequestIdHeader, "x", Counter("l", 1)), HttpStatusCode.Created);
        (await CountersAsync(client, "l")).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Fifty_concurrent_identical_requests_run_once_and_every_caller_gets_the_same_response()
    {
        var client = await _tally.NewTenantClientAsync("stored-race");
        var label = fixture.UniqueName("stored-race");

        var responses = await _tally.SendConcurrentlyAsync(50, () => PostAsync(client, Path, Header, "race", Counter(label, 1, hold: true)), label);

        (await CountersAsync(client, label)).ShouldHaveSingleItem();
        responses.Count(r => !Replayed(r)).ShouldBe(1);
        var bodies = await Task.WhenAll(responses.Select(async r => (r.StatusCode, Body: await r.Content.ReadAsStringAsync())));
        bodies.Select(b => b.StatusCode).Distinct().ShouldBe([HttpStatusCode.Created]);
        bodies.Select(b => b.Body).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public async Task The_cleanup_job_deletes_expired_keys_and_an_expired_key_starts_afresh()
    {
        var client = await _tally.NewTenantClientAsync("stored-expiry");
        var key = fixture.UniqueName("expiring");
        await DataOf(await PostAsync(client, Path, Header, key, Counter("e", 1)), HttpStatusCode.Created);
        await ExpireAsync(key);

        // Expired but not yet swept: treated as absent, so another body is a new request, not a conflict.
        await DataOf(await PostAsync(client, Path, Header, key, Counter("e", 2)), HttpStatusCode.Created);
        await ExpireAsync(key);
        await _tally.Host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IdempotencyKeySweeper>().ExecuteAsync(CancellationToken.None);
            return true;
        });

        (await _tally.KeyRowsAsync(key)).ShouldBe(0);
        (await CountersAsync(client, "e")).Count.ShouldBe(2);
    }

    private Task<int> ExpireAsync(string key) => _tally.Host.InScopeAsync(sp =>
        sp.GetRequiredService<TallyDbContext>().IdempotencyKeys.IgnoreQueryFilters().Where(k => k.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
}
