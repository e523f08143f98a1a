using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forge.Host.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Fortune.Tests.Api;

/// <summary><c>/v1/webhooks</c> create/list/get/delete: shapes, the once-shown secret, audit, validation, tenant isolation.</summary>
[ProviderSensitive]
public sealed class WebhookCrudTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private const string Url = "https://hooks.example.test/fortune";
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _client = await _host.EnterpriseClientAsync("webhooks-crud" + _tenantSuffix);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Create_returns_the_hook_and_its_secret_once_and_stores_the_secret_encrypted()
    {
        var response = await _client.PostJsonAsync("/v1/webhooks",
            """{"url":"https://hooks.example.test/a","events":["profile.created","profile.created","fortune.generated"],"description":"CRM","metadata":{"team":"growth"}}""");
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.Str("id");
        id.ShouldMatch("^whk_[0-9a-z]{12}$");
        response.Headers.Location!.ToString().ShouldBe($"/v1/webhooks/{id}");
        created.Str("url").ShouldBe("https://hooks.example.test/a");
        created.GetProperty("events").EnumerateArray().Select(e => e.GetString()).ShouldBe(["profile.created", "fortune.generated"]);
        created.Str("description").ShouldBe("CRM");
        created.GetProperty("metadata").Str("team").ShouldBe("growth");
        created.GetProperty("active").GetBoolean().ShouldBeTrue();
        created.GetProperty("failure_count").GetInt32().ShouldBe(0);
        created.GetProperty("last_triggered_at").ValueKind.ShouldBe(JsonValueKind.Null);
        created.Str("created_at").ShouldEndWith("Z");
        var secret = created.Str("secret");
        secret.ShouldMatch("^whsec_[0-9A-Za-z]{32}$");

        var read = await _client.HookAsync(id);
        read.TryGetProperty("secret", out _).ShouldBeFalse();
        read.Str("url").ShouldBe("https://hooks.example.test/a");
        var listed = await _client.GetAsync("/v1/webhooks").OkJsonAsync();
        listed.GetProperty("data")[0].TryGetProperty("secret", out _).ShouldBeFalse();

        var stored = (string)(await _host.Database.ScalarAsync("SELECT \"SecretEncrypted\" FROM fortune_webhooks WHERE \"Id\" = @id", ("@id", id)))!;
        stored.ShouldStartWith("v1.");
        stored.ShouldNotContain(secret);
        stored.ShouldNotContain(secret["whsec_".Length..]);
        (await _host.AuditCountAsync("webhook.created", id)).ShouldBe(1);
    }

    [Fact]
    public async Task Delete_removes_the_hook_and_is_audited()
    {
        var id = (await _client.CreateHookAsync(Url, "profile.created")).Str("id");

        var deleted = await _client.DeleteAsync($"/v1/webhooks/{id}").OkJsonAsync();
        deleted.Str("id").ShouldBe(id);
        deleted.GetProperty("deleted").GetBoolean().ShouldBeTrue();
        deleted.Str("deleted_at").ShouldEndWith("Z");
        (await _host.AuditCountAsync("webhook.deleted", id)).ShouldBe(1);
        await (await _client.GetAsync($"/v1/webhooks/{id}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        await (await _client.DeleteAsync($"/v1/webhooks/{id}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
    }

    [Fact]
    public async Task List_filters_by_active_and_event_and_pages_with_a_cursor()
    {
        var client = await _host.EnterpriseClientAsync("webhooks-list" + _tenantSuffix);
        var hooks = new List<(string Id, string CreatedAt, string Event)>();
        for (var i = 0; i < 5; i++)
        {
            var @event = i % 2 == 0 ? "profile.created" : "fortune.generated";
            var hook = await client.CreateHookAsync(Url, @event);
            hooks.Add((hook.Str("id"), hook.Str("created_at"), @event));
        }
        // The documented order is created_at, then id: hooks made in the same millisecond follow their ids, not
        // the order they were made in (a fast machine makes several in one millisecond).
        var ordered = hooks.OrderBy(h => h.CreatedAt, StringComparer.Ordinal).ThenBy(h => h.Id, StringComparer.Ordinal).ToList();
        var ids = ordered.Select(h => h.Id).ToList();

        var first = await client.GetAsync("/v1/webhooks?limit=2").OkJsonAsync();
        first.GetProperty("total_count").GetInt32().ShouldBe(5);
        first.GetProperty("has_more").GetBoolean().ShouldBeTrue();
        var seen = first.GetProperty("data").EnumerateArray().Select(h => h.Str("id")).ToList();
        var cursor = first.Str("next_cursor");
        while (cursor is not null)
        {
            var page = await client.GetAsync($"/v1/webhooks?limit=2&cursor={Uri.EscapeDataString(cursor)}").OkJsonAsync();
            seen.AddRange(page.GetProperty("data").EnumerateArray().Select(h => h.Str("id")));
            cursor = page.GetProperty("has_more").GetBoolean() ? page.Str("next_cursor") : null;
            if (cursor is null) page.TryGetProperty("next_cursor", out _).ShouldBeFalse();
        }
        seen.ShouldBe(ids);

        var created = await client.GetAsync("/v1/webhooks?event=profile.created").OkJsonAsync();
        created.GetProperty("data").EnumerateArray().Select(h => h.Str("id")).ShouldBe(ordered.Where(h => h.Event == "profile.created").Select(h => h.Id).ToList());
        created.GetProperty("total_count").GetInt32().ShouldBe(3);
        (await client.GetAsync("/v1/webhooks?active=false").OkJsonAsync()).GetProperty("total_count").GetInt32().ShouldBe(0);
        (await client.GetAsync("/v1/webhooks?active=true").OkJsonAsync()).GetProperty("total_count").GetInt32().ShouldBe(5);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("active=yes", "active")]
    [InlineData("event=profile.exploded", "event")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task Bad_list_queries_name_the_field(string query, string field)
    {
        await (await _client.GetAsync($"/v1/webhooks?{query}")).ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", field);
    }

    [Theory]
    [InlineData("""{"events":["profile.created"]}""", "missing_field", "url")]
    [InlineData("""{"url":"","events":["profile.created"]}""", "missing_field", "url")]
    [InlineData("""{"url":"ftp://hooks.example.test/a","events":["profile.created"]}""", "invalid_field", "url")]
    [InlineData("""{"url":"not a url","events":["profile.created"]}""", "invalid_field", "url")]
    [InlineData("""{"url":"https://user:pw@hooks.example.test/a","events":["profile.created"]}""", "invalid_field", "url")]
    [InlineData("""{"url":"https://hooks.example.test/a"}""", "missing_field", "events")]
    [InlineData("""{"url":"https://hooks.example.test/a","events":[]}""", "missing_field", "events")]
    [InlineData("""{"url":"https://hooks.example.test/a","events":["profile.created","profile.exploded"]}""", "invalid_field", "events[1]")]
    [InlineData("""{"url":"https://hooks.example.test/a","events":"profile.created"}""", "invalid_field", "events")]
    [InlineData("""{"url":"https://hooks.example.test/a","events":["profile.created"],"metadata":{"n":5}}""", "invalid_field", "metadata.n")]
    [InlineData("""{"url":"https://hooks.example.test/a","events":["profile.created"],"metadata":["a"]}""", "invalid_field", "metadata")]
    [InlineData("""{"url":"https://hooks.example.test/a","events":["profile.created"],"metadata":{"n":null}}""", "invalid_field", "metadata.n")]
    [InlineData("""{"url":"https://hooks.example.test/a","events":["profile.created"],"description":7}""", "invalid_field", "description")]
    public async Task Bad_bodies_name_the_field(string body, string code, string field)
    {
        await (await _client.PostJsonAsync("/v1/webhooks", body)).ShouldBeErrorAsync(HttpStatusCode.BadRequest, code, "validation_error", field);
    }

    [Fact]
    public async Task Length_limits_are_enforced()
    {
        var longUrl = "https://hooks.example.test/" + new string('a', 2048);
        await (await _client.PostJsonAsync("/v1/webhooks", WebhookApi.HookJson(longUrl, "profile.created")))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "url");
        var longDescription = JsonSerializer.Serialize(new { url = Url, events = new[] { "profile.created" }, description = new string('d', 201) });
        await (await _client.PostJsonAsync("/v1/webhooks", longDescription)).ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "description");
        var tooMuch = JsonSerializer.Serialize(new { url = Url, events = new[] { "profile.created" }, metadata = Enumerable.Range(0, 21).ToDictionary(i => $"k{i}", i => "v") });
        await (await _client.PostJsonAsync("/v1/webhooks", tooMuch)).ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "metadata");
        var tenant = await _host.InScopeAsync(sp => sp.GetRequiredService<TenantManager>().GetByNameAsync("webhooks-crud" + _tenantSuffix));
        (await _host.Database.CountAsync("fortune_webhooks", tenant.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Another_tenants_hook_is_404_on_every_route_and_stays_untouched()
    {
        var id = (await _client.CreateHookAsync(Url, "profile.created")).Str("id");
        var other = await _host.EnterpriseClientAsync("webhooks-crud-other" + _tenantSuffix);

        await (await other.GetAsync($"/v1/webhooks/{id}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        await (await other.DeleteAsync($"/v1/webhooks/{id}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        await (await other.PostJsonAsync($"/v1/webhooks/{id}/test", "{}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        (await other.GetAsync("/v1/webhooks").OkJsonAsync()).GetProperty("total_count").GetInt32().ShouldBe(0);
        (await _client.HookAsync(id)).Str("id").ShouldBe(id);
    }
}
