using System.Net;
using System.Net.Http.Json;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// <c>/api/templates/ai/*</c> through the real host (ADR 53): the provider from the key's format and its models from the
/// fake provider's <c>GET /v1/models</c>; bad keys named by field; Copilot honestly unavailable without a provider named copilot.
/// </summary>
public sealed class AiProviderEndpointTests(BuiltInAiFixture fixture) : IClassFixture<BuiltInAiFixture>
{
    [Fact]
    public async Task An_openai_key_is_detected_and_its_models_listed_from_the_provider()
    {
        var (_, client, _, _) = await fixture.TenantAsync();
        fixture.OpenAi.Models = ["gpt-4.1", "gpt-4.1-mini"];
        var before = fixture.OpenAi.RequestCount;

        using var response = await client.PostAsJsonAsync("/api/templates/ai/detect-provider", new { api_key = fixture.OpenAi.ApiKey });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.JsonAsync();
        body.GetProperty("provider").GetString().ShouldBe("openai");
        body.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ShouldBe(["gpt-4.1", "gpt-4.1-mini"]);
        body.GetProperty("models")[0].GetProperty("name").GetString().ShouldBe("gpt-4.1");
        var call = fixture.OpenAi.Received.Skip(before).Single();
        call.Method.ShouldBe("GET");
        call.Path.ShouldBe("/v1/models");
        call.Header("Authorization").ShouldBe($"Bearer {fixture.OpenAi.ApiKey}");
    }

    [Fact]
    public async Task An_anthropic_key_is_detected_before_the_generic_sk_prefix()
    {
        var (_, client, _, _) = await fixture.TenantAsync();
        fixture.Anthropic.Models = ["claude-sonnet-4-5"];

        using var response = await client.PostAsJsonAsync("/api/templates/ai/detect-provider", new { api_key = fixture.Anthropic.ApiKey });

        var body = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        body.GetProperty("provider").GetString().ShouldBe("anthropic");
        body.GetProperty("models")[0].GetProperty("id").GetString().ShouldBe("claude-sonnet-4-5");
        fixture.Anthropic.Received.Last().Header("x-api-key").ShouldBe(fixture.Anthropic.ApiKey);
    }

    [Fact]
    public async Task A_key_the_provider_refuses_is_invalid_input_naming_api_key_without_echoing_it()
    {
        var (_, client, _, _) = await fixture.TenantAsync();
        const string wrong = "sk-this-key-is-not-accepted-0001";

        using var response = await client.PostAsJsonAsync("/api/templates/ai/detect-provider", new { api_key = wrong });

        var error = await response.ErrorAsync(400, "INVALID_INPUT");
        error.GetProperty("field").GetString().ShouldBe("api_key");
        error.ToString().ShouldNotContain(wrong);
    }

    [Theory]
    [InlineData("not-a-known-format-key")]
    [InlineData("sk-with space inside")]
    [InlineData("")]
    public async Task A_key_of_no_known_format_is_invalid_input_naming_api_key(string key)
    {
        var (_, client, _, _) = await fixture.TenantAsync();
        using var response = await client.PostAsJsonAsync("/api/templates/ai/detect-provider", new { api_key = key });
        (await response.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("api_key");
    }

    [Fact]
    public async Task A_wrongly_typed_key_is_a_validation_error()
    {
        var (_, client, _, _) = await fixture.TenantAsync();
        using var response = await client.PostAsJsonAsync("/api/templates/ai/detect-provider", new { api_key = 42 });
        (await response.ErrorAsync(422, "VALIDATION_ERROR")).GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Copilot_is_unavailable_without_a_provider_named_copilot()
    {
        var (_, client, _, _) = await fixture.TenantAsync();

        var status = await (await client.GetAsync("/api/templates/ai/copilot-status")).JsonAsync();
        status.GetProperty("available").GetBoolean().ShouldBeFalse();
        status.GetProperty("started").GetBoolean().ShouldBeFalse();
        status.GetProperty("models").GetArrayLength().ShouldBe(0);

        using var choose = await client.PostAsJsonAsync("/api/templates/ai/copilot-model", new { model = "gpt-4.1" });
        var error = await choose.ErrorAsync(400, "INVALID_INPUT");
        error.GetProperty("field").GetString().ShouldBe("model");
        error.GetProperty("message").GetString()!.ShouldContain("copilot");
    }

    [Fact]
    public async Task The_ai_routes_need_a_NotionForge_credential()
    {
        using var response = await fixture.Host.Client.GetAsync("/api/templates/ai/copilot-status");
        await response.ErrorAsync(401, "AUTH_REQUIRED");
    }
}

/// <summary>With a provider named <c>copilot</c> configured, Copilot is available with its aliases (ADR 42, 53).</summary>
public sealed class AiCopilotConfiguredTests(CopilotFixture fixture) : IClassFixture<CopilotFixture>
{
    [Fact]
    public async Task Copilot_is_available_with_its_aliases_and_a_model_choice_is_checked_not_pretended()
    {
        var (_, client, _, _) = await fixture.TenantAsync();

        var status = await (await client.GetAsync("/api/templates/ai/copilot-status")).JsonAsync();
        status.GetProperty("available").GetBoolean().ShouldBeTrue();
        status.GetProperty("models").EnumerateArray().Select(m => m.GetString()).ShouldBe(["copilot-gpt"]);

        var chosen = await (await client.PostAsJsonAsync("/api/templates/ai/copilot-model", new { model = "copilot-gpt" })).JsonAsync();
        chosen.GetProperty("success").GetBoolean().ShouldBeTrue();
        chosen.GetProperty("applied").GetBoolean().ShouldBeFalse();
        chosen.GetProperty("planner").GetString().ShouldBe("builtin");

        using var unknown = await client.PostAsJsonAsync("/api/templates/ai/copilot-model", new { model = "nf-planner" });
        (await unknown.ErrorAsync(400, "INVALID_INPUT")).GetProperty("field").GetString().ShouldBe("model");
    }
}
