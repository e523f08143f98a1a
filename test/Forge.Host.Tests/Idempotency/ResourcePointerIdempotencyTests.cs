using System.Net;
using System.Text;
using Forge.TestModules.Tally;
using Microsoft.Extensions.DependencyInjection;
using static Forge.Host.Tests.Idempotency.TallyIdempotency;

namespace Forge.Host.Tests.Idempotency;

/// <summary>
/// The kernel's resource-pointer mode (ADR 32) on Tally's <c>POST /test/tally/counters</c>, Analysis's shape: the
/// key is <c>X-Request-ID</c> (≤ 255 printable ASCII), a repeat answers the counter as it is now without running
/// the handler again, another body under the key is the product's conflict, concurrent repeats end with one counter.
/// </summary>
[ProviderSensitive]
public sealed class ResourcePointerIdempotencyTests(TallyHostFixture fixture) : IClassFixture<TallyHostFixture>
{
    private const string Path = "/test/tally/counters";
    private const string Header = TallyModule.RequestIdHeader;
    private readonly TallyIdempotency _tally = new(fixture);

    [Fact]
    public async Task A_repeat_answers_the_current_state_of_the_counter_the_first_request_made()
    {
        var client = await _tally.NewTenantClientAsync("pointer");
        var first = await PostAsync(client, Path, Header, "req-1", Counter("visits", 3));
        var created = await DataOf(first, HttpStatusCode.Created);
        Replayed(first).ShouldBeFalse();
        var id = created.GetProperty("id").GetString()!;
        first.Headers.Location!.ToString().ShouldBe($"/test/tally/counters/{id}");
        created.GetProperty("hits").GetInt32().ShouldBe(0);

        await DataOf(await client.PostAsync($"{Path}/{id}/hits", null), HttpStatusCode.OK);
        var repeat = await PostAsync(client, Path, Header, "req-1", """{ "hold": false, "amount": 3, "label": "visits" }""");

        var current = await DataOf(repeat, HttpStatusCode.OK);
        Replayed(repeat).ShouldBeTrue();
        current.GetProperty("id").GetString().ShouldBe(id);
        current.GetProperty("hits").GetInt32().ShouldBe(1); // the state now, not the first response
        (await CountersAsync(client, "visits")).ShouldBe([id]);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_the_products_conflict()
    {
        var client = await _tally.NewTenantClientAsync("pointer-conflict");
        await DataOf(await PostAsync(client, Path, Header, "req-2", Counter("a", 1)), HttpStatusCode.Created);

        await ShouldBeErrorAsync(await PostAsync(client, Path, Header, "req-2", Counter("a", 2)), HttpStatusCode.Conflict, "DUPLICATE_REQUEST_ID", Header);
        (await CountersAsync(client, "a")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Another_tenant_with_the_same_key_gets_its_own_counter()
    {
        var acme = await _tally.NewTenantClientAsync("pointer-acme");
        var other = await _tally.NewTenantClientAsync("pointer-other");

        var mine = (await DataOf(await PostAsync(acme, Path, Header, "shared", Counter("t", 1)), HttpStatusCode.Created)).GetProperty("id").GetString();
        var theirs = await PostAsync(other, Path, Header, "shared", Counter("t", 2)); // another body: no conflict across tenants

        var theirId = (await DataOf(theirs, HttpStatusCode.Created)).GetProperty("id").GetString();
        Replayed(theirs).ShouldBeFalse();
        theirId.ShouldNotBe(mine);
        (await CountersAsync(acme, "t")).ShouldBe([mine!]);
        (await CountersAsync(other, "t")).ShouldBe([theirId!]);
    }

    [Fact]
    public async Task A_key_longer_than_255_characters_is_refused_naming_the_header()
    {
        var client = await _tally.NewTenantClientAsync("pointer-long");

        await DataOf(await PostAsync(client, Path, Header, new string('k', 255), Counter("long", 1)), HttpStatusCode.Created);
        await ShouldBeErrorAsync(await PostAsync(client, Path, Header, new string('k', 256), Counter("long", 1)), HttpStatusCode.BadRequest, "INVALID_REQUEST_ID", Header);
        (await CountersAsync(client, "long")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_non_ASCII_key_is_refused_in_the_products_envelope_naming_the_header()
    {
        var key = await _tally.Host.CreateKeyAsync(await _tally.Host.CreateTenantAsync(fixture.UniqueName("pointer-utf8")), TallyModule.Product);
        // HttpClient sends only ASCII headers unless told otherwise; a real client may send UTF-8 bytes.
        using var client = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 })
        {
            BaseAddress = _tally.Host.BaseAddress,
        };
        client.DefaultRequestHeaders.Add(TallyModule.KeyHeader, key);

        await ShouldBeErrorAsync(await PostAsync(client, Path, Header, "réq-1", Counter("utf8", 1)), HttpStatusCode.BadRequest, "INVALID_REQUEST_ID", Header);
        (await CountersAsync(client, "utf8")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_failed_first_request_frees_the_key_and_requests_without_a_key_always_run()
    {
        var client = await _tally.NewTenantClientAsync("pointer-failed");
        (await PostAsync(client, Path, Header, "req-3", Counter("f", -1))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await DataOf(await PostAsync(client, Path, Header, "req-3", Counter("f", 1)), HttpStatusCode.Created);
        await DataOf(await PostAsync(client, Path, Header, null, Counter("f", 1)), HttpStatusCode.Created);
        await DataOf(await PostAsync(client, Path, Header, null, Counter("f", 1)), HttpStatusCode.Created);
        (await CountersAsync(client, "f")).Count.ShouldBe(3);
    }

    [Fact]
    public async Task Fifty_concurrent_identical_requests_make_one_counter_and_every_caller_sees_it_or_a_retryable_conflict()
    {
        var client = await _tally.NewTenantClientAsync("pointer-race");
        var label = fixture.UniqueName("race");

        var responses = await _tally.SendConcurrentlyAsync(50, () => PostAsync(client, Path, Header, "race-key", Counter(label, 7, hold: true)), label);

        var ids = (await CountersAsync(client, label)).ShouldHaveSingleItem();
        responses.Count(r => r.StatusCode == HttpStatusCode.Created && !Replayed(r)).ShouldBe(1);
        foreach (var response in responses)
        {
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                await ShouldBeErrorAsync(response, HttpStatusCode.Conflict, "REQUEST_IN_PROGRESS", Header);
                continue;
            }
            var data = await DataOf(response, Replayed(response) ? HttpStatusCode.OK : HttpStatusCode.Created);
            data.GetProperty("id").GetString().ShouldBe(ids);
        }
    }

    [Fact]
    public async Task A_repeat_while_the_first_still_runs_is_a_retryable_conflict_and_later_replays()
    {
        var client = await _tally.NewTenantClientAsync("pointer-impatient");
        var (label, key) = (fixture.UniqueName("impatient"), fixture.UniqueName("impatient-key"));
        const string impatient = "/test/tally/counters/impatient";
        var first = PostAsync(client, impatient, Header, key, Counter(label, 1, hold: true));
        await Eventually.GetAsync(() => _tally.KeyRowsAsync(key), n => n == 1, what: "the first request's claim");

        // The route's policy waits zero seconds for the first: the answer is at once, whatever the machine's speed.
        await ShouldBeErrorAsync(await PostAsync(client, impatient, Header, key, Counter(label, 1, hold: true)), HttpStatusCode.Conflict, "REQUEST_IN_PROGRESS", Header);
        _tally.Host.Services.GetRequiredService<TallyGate>().Open(label);
        var id = (await DataOf(await first, HttpStatusCode.Created)).GetProperty("id").GetString();

        var retry = await PostAsync(client, impatient, Header, key, Counter(label, 1, hold: true));
        (await DataOf(retry, HttpStatusCode.OK)).GetProperty("id").GetString().ShouldBe(id);
        Replayed(retry).ShouldBeTrue();
        (await CountersAsync(client, label)).ShouldBe([id!]);
    }
}
