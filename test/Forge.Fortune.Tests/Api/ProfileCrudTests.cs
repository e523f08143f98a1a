using System.Net;
using System.Text.Json;

namespace Forge.Fortune.Tests.Api;

/// <summary>Create, read, update (PUT and PATCH) and delete through the real host, with masking and encryption at rest.</summary>
[ProviderSensitive]
public sealed class ProfileCrudTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _client = await _host.EnterpriseClientAsync("profiles-crud" + _tenantSuffix);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Create_returns_201_with_the_masked_profile_and_the_computed_chart()
    {
        var profile = await _client.CreateProfileAsync(
            """{"external_id":"user-1","name":"김민수","birth_year":1990,"birth_month":5,"birth_day":15,"birth_hour":14,"birth_minute":30,"gender":"male"}""");

        profile.Str("id").ShouldMatch("^prf_[0-9a-z]{12}$");
        profile.Str("external_id").ShouldBe("user-1");
        profile.Str("name").ShouldBe("김**");
        profile.Str("birth_year").ShouldBe("19**");
        profile.Str("birth_month").ShouldBe("**");
        profile.Str("birth_hour").ShouldBe("**");
        profile.Str("gender").ShouldBe("male");
        // 1990-05-15 14:30 → day pillar 경진: day master 경금 (metal), as /v1/calculations/saju says.
        profile.Str("day_master").ShouldBe("경금");
        profile.Str("day_master_element").ShouldBe("metal");
        profile.Str("weakest_element").ShouldBeOneOf("wood", "fire", "earth", "metal", "water");
        DateTimeOffset.Parse(profile.Str("created_at")).Offset.ShouldBe(TimeSpan.Zero);
        profile.Str("created_at").ShouldEndWith("Z");
        profile.Str("updated_at").ShouldBe(profile.Str("created_at"));

        var fetched = await _client.GetAsync($"/v1/profiles/{profile.Str("id")}").OkJsonAsync();
        (await _client.PostJsonAsync("/v1/profiles", ProfileApi.Kim)).Headers.Location!.ToString().ShouldStartWith("/v1/profiles/prf_");
        fetched.GetRawText().ShouldBe(profile.GetRawText());
        (await _host.AuditCountAsync("profile.created", profile.Str("id"))).ShouldBe(1);
    }

    [Fact]
    public async Task The_database_holds_no_plaintext_name_or_birth_data()
    {
        var id = (await _client.CreateProfileAsync()).Str("id");

        var name = (string)(await _host.Database.ScalarAsync("SELECT \"NameEncrypted\" FROM fortune_profiles WHERE \"Id\" = @id", ("@id", id)))!;
        var birth = (string)(await _host.Database.ScalarAsync("SELECT \"BirthDataEncrypted\" FROM fortune_profiles WHERE \"Id\" = @id", ("@id", id)))!;
        name.ShouldNotContain("김");
        name.ShouldStartWith("v1.");
        birth.ShouldNotContain("1990");
        birth.ShouldStartWith("v1.");
        var dayMaster = await _host.Database.ScalarAsync("SELECT \"DayMaster\" FROM fortune_profiles WHERE \"Id\" = @id", ("@id", id));
        dayMaster.ShouldBe("경금");
    }

    [Fact]
    public async Task A_name_keeps_its_first_character_and_a_profile_without_hour_has_no_hour_field()
    {
        var profile = await _client.CreateProfileAsync("""{"name":"이정","birth_year":2004,"birth_month":2,"birth_day":29,"gender":"female"}""");
        profile.Str("name").ShouldBe("이*");
        profile.Str("birth_year").ShouldBe("20**");
        profile.TryGetProperty("birth_hour", out _).ShouldBeFalse();
        profile.GetProperty("external_id").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    public async Task Update_is_partial_recomputes_the_chart_and_moves_updated_at(string method)
    {
        var created = await _client.CreateProfileAsync();
        var id = created.Str("id");

        var renamed = await _client.SendJsonAsync(new HttpMethod(method), $"/v1/profiles/{id}", """{"name":"박서준"}""").OkJsonAsync();
        renamed.Str("name").ShouldBe("박**");
        renamed.Str("day_master").ShouldBe(created.Str("day_master"));
        DateTimeOffset.Parse(renamed.Str("updated_at")).ShouldBeGreaterThan(DateTimeOffset.Parse(created.Str("updated_at")));
        renamed.Str("created_at").ShouldBe(created.Str("created_at"));

        // The next day (1990-05-16) is 신사: day master 신금; the hour goes away.
        var moved = await _client.SendJsonAsync(new HttpMethod(method), $"/v1/profiles/{id}", """{"birth_day":16,"birth_hour":null}""").OkJsonAsync();
        moved.Str("day_master").ShouldBe("신금");
        moved.TryGetProperty("birth_hour", out _).ShouldBeFalse();
        moved.Str("name").ShouldBe("박**");
        (await _host.AuditCountAsync("profile.updated", id)).ShouldBe(2);
    }

    [Fact]
    public async Task Delete_removes_the_profile_and_is_audited()
    {
        var id = (await _client.CreateProfileAsync()).Str("id");

        var deleted = await _client.DeleteAsync($"/v1/profiles/{id}").OkJsonAsync();
        deleted.Str("id").ShouldBe(id);
        deleted.GetProperty("deleted").GetBoolean().ShouldBeTrue();
        deleted.Str("deleted_at").ShouldEndWith("Z");
        deleted.GetProperty("related_data_deleted").GetProperty("fortunes").GetInt32().ShouldBe(0);
        deleted.GetProperty("related_data_deleted").GetProperty("cached_calculations").GetInt32().ShouldBe(0);

        await (await _client.GetAsync($"/v1/profiles/{id}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        await (await _client.DeleteAsync($"/v1/profiles/{id}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found", "not_found");
        (await _host.AuditCountAsync("profile.deleted", id)).ShouldBe(1);
    }
}
