using System.Net.Http.Json;
using System.Text.Json;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// Skills through the real host (seed §6, ADR 52): built-ins listed and read-only, custom skills per tenant with
/// create, read, update and delete, another tenant's custom skill not found, every field checked.
/// </summary>
[ProviderSensitive]
public sealed class CatalogSkillTests(NotionForgeHostFixture fixture) : IClassFixture<NotionForgeHostFixture>
{
    private static object Skill(string id = "team_retro", string name = "회고록", string content = "# 회고 템플릿\n- 잘한 점") =>
        new { skill_id = id, name, description = "스프린트 회고", keywords = "회고, 레트로,retro, retro", content };

    [Fact]
    public async Task A_custom_skill_is_created_listed_read_changed_and_deleted()
    {
        var (_, client, _) = await fixture.TenantAsync();
        using var created = await client.PostAsJsonAsync("/api/skills", Skill());
        ((int)created.StatusCode).ShouldBe(201);
        var write = await created.JsonAsync();
        write.GetProperty("success").GetBoolean().ShouldBeTrue();
        write.GetProperty("skill_id").GetString().ShouldBe("team_retro");

        var listed = (await (await client.GetAsync("/api/skills")).JsonAsync()).GetProperty("skills");
        var entry = listed.GetProperty("team_retro");
        entry.GetProperty("description").GetString().ShouldBe("스프린트 회고");
        entry.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()).ShouldBe(["회고", "레트로", "retro"]);
        entry.GetProperty("is_custom").GetBoolean().ShouldBeTrue();
        listed.GetProperty("habit_tracker").GetProperty("is_custom").GetBoolean().ShouldBeFalse();

        var read = await (await client.GetAsync("/api/skills/team_retro")).JsonAsync();
        read.GetProperty("content").GetString().ShouldBe("# 회고 템플릿\n- 잘한 점");
        read.GetProperty("is_custom").GetBoolean().ShouldBeTrue();
        read.GetProperty("name").GetString().ShouldBe("회고록");

        using var updated = await client.PutAsJsonAsync("/api/skills/team_retro", Skill(name: "Retro", content: "# Retro v2"));
        updated.EnsureSuccessStatusCode();
        var reread = await (await client.GetAsync("/api/skills/team_retro")).JsonAsync();
        reread.GetProperty("name").GetString().ShouldBe("Retro");
        reread.GetProperty("content").GetString().ShouldBe("# Retro v2");

        using var deleted = await client.DeleteAsync("/api/skills/team_retro");
        (await deleted.JsonAsync()).GetProperty("success").GetBoolean().ShouldBeTrue();
        await (await client.GetAsync("/api/skills/team_retro")).ErrorAsync(404, "NOT_FOUND");
        (await (await client.GetAsync("/api/skills")).JsonAsync()).GetProperty("skills").TryGetProperty("team_retro", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_built_in_skill_reads_with_its_content_and_cannot_be_written()
    {
        var (_, client, _) = await fixture.TenantAsync();
        var builtIn = await (await client.GetAsync("/api/skills/habit_tracker")).JsonAsync();
        builtIn.GetProperty("is_custom").GetBoolean().ShouldBeFalse();
        builtIn.GetProperty("content").GetString()!.ShouldContain("name: habit_tracker");
        builtIn.GetProperty("keywords").GetArrayLength().ShouldBeGreaterThan(0);

        using var create = await client.PostAsJsonAsync("/api/skills", Skill(id: "habit_tracker"));
        (await create.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("skill_id");
        using var update = await client.PutAsJsonAsync("/api/skills/habit_tracker", Skill(id: "habit_tracker"));
        (await update.ErrorAsync(400, "INVALID_INPUT")).GetProperty("message").GetString()!.ShouldContain("read-only");
        using var delete = await client.DeleteAsync("/api/skills/habit_tracker");
        (await delete.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("skill_id");
        (await (await client.GetAsync("/api/skills/habit_tracker")).JsonAsync()).GetProperty("is_custom").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Another_tenants_custom_skill_is_not_found_for_reading_changing_or_deleting()
    {
        var (_, owner, _) = await fixture.TenantAsync();
        var (_, other, _) = await fixture.TenantAsync();
        (await owner.PostAsJsonAsync("/api/skills", Skill(id: "secret_skill"))).EnsureSuccessStatusCode();

        await (await other.GetAsync("/api/skills/secret_skill")).ErrorAsync(404, "NOT_FOUND");
        await (await other.PutAsJsonAsync("/api/skills/secret_skill", Skill(id: "secret_skill", content: "hijacked"))).ErrorAsync(404, "NOT_FOUND");
        await (await other.DeleteAsync("/api/skills/secret_skill")).ErrorAsync(404, "NOT_FOUND");
        (await (await other.GetAsync("/api/skills")).JsonAsync()).GetProperty("skills").TryGetProperty("secret_skill", out _).ShouldBeFalse();

        // The other tenant may use the same id for its own skill; the owner's is untouched.
        (await other.PostAsJsonAsync("/api/skills", Skill(id: "secret_skill", content: "mine"))).EnsureSuccessStatusCode();
        (await (await owner.GetAsync("/api/skills/secret_skill")).JsonAsync()).GetProperty("content").GetString().ShouldBe("# 회고 템플릿\n- 잘한 점");
    }

    [Fact]
    public async Task A_second_create_of_one_id_and_an_update_of_a_missing_skill_are_refused()
    {
        var (_, client, _) = await fixture.TenantAsync();
        (await client.PostAsJsonAsync("/api/skills", Skill(id: "once"))).EnsureSuccessStatusCode();
        (await (await client.PostAsJsonAsync("/api/skills", Skill(id: "once"))).ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("skill_id");
        await (await client.PutAsJsonAsync("/api/skills/never_made", Skill(id: "never_made"))).ErrorAsync(404, "NOT_FOUND");
        using var renamed = await client.PutAsJsonAsync("/api/skills/once", Skill(id: "other_id"));
        (await renamed.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("skill_id");
    }

    public static TheoryData<string, string, int, string> BadSkills => new()
    {
        { """{"skill_id":"Bad Id!","name":"n","content":"c"}""", "skill_id", 400, "INVALID_INPUT" },
        { """{"skill_id":"x","name":"n","content":"c"}""", "skill_id", 400, "INVALID_INPUT" },
        { $$"""{"skill_id":"{{new string('a', 65)}}","name":"n","content":"c"}""", "skill_id", 400, "INVALID_INPUT" },
        { """{"name":"n","content":"c"}""", "skill_id", 422, "VALIDATION_ERROR" },
        { """{"skill_id":"ok_id","content":"c"}""", "name", 422, "VALIDATION_ERROR" },
        { """{"skill_id":"ok_id","name":"   ","content":"c"}""", "name", 400, "INVALID_INPUT" },
        { $$"""{"skill_id":"ok_id","name":"{{new string('n', 101)}}","content":"c"}""", "name", 400, "INVALID_INPUT" },
        { $$"""{"skill_id":"ok_id","name":"n","description":"{{new string('d', 501)}}","content":"c"}""", "description", 400, "INVALID_INPUT" },
        { $$"""{"skill_id":"ok_id","name":"n","keywords":"{{string.Join(',', Enumerable.Range(0, 51))}}","content":"c"}""", "keywords", 400, "INVALID_INPUT" },
        { $$"""{"skill_id":"ok_id","name":"n","keywords":"{{new string('k', 51)}}","content":"c"}""", "keywords", 400, "INVALID_INPUT" },
        { """{"skill_id":"ok_id","name":"n"}""", "content", 422, "VALIDATION_ERROR" },
        { """{"skill_id":"ok_id","name":"n","content":" \n "}""", "content", 400, "INVALID_INPUT" },
        { $$"""{"skill_id":"ok_id","name":"n","content":"{{new string('c', 50_001)}}"}""", "content", 400, "INVALID_INPUT" },
        { """{"skill_id":"ok_id","name":"n","keywords":["not","a","string"],"content":"c"}""", "keywords", 422, "VALIDATION_ERROR" },
    };

    [Theory]
    [MemberData(nameof(BadSkills))]
    public async Task A_bad_field_is_refused_naming_it(string body, string field, int status, string code)
    {
        var (_, client, _) = await fixture.TenantAsync();
        using var response = await client.PostAsync("/api/skills", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var error = await response.ErrorAsync(status, code);
        error.GetProperty("field").GetString()!.ShouldContain(field);
        (await (await client.GetAsync("/api/skills")).JsonAsync()).GetProperty("skills").EnumerateObject()
            .ShouldNotContain(s => s.Value.GetProperty("is_custom").GetBoolean());
    }
}
