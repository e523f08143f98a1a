using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forge.Hosting.ProductApi;
using Forge.TestModules.Tally;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.ProductApi;

/// <summary>
/// A second product (the Tally test module) built from the kernel's toolkit alone: its own key and header,
/// camelCase, unknown fields ignored, its own error envelope for its refusals, binder errors and the platform's
/// (ADR 17, 18); Fortune's key is refused there and Tally's on Fortune, each in the route's envelope.
/// </summary>
public sealed class SecondProductTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private HttpClient _tally = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(["Fortune", "Tally"]);
        var tenant = await _host.CreateTenantAsync("tally");
        _tally = _host.ClientWithKey(await _host.CreateKeyAsync(tenant, TallyModule.Product));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ErrorOf(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("success").GetBoolean().ShouldBeFalse();
        body.GetProperty("data").ValueKind.ShouldBe(JsonValueKind.Null);
        return body;
    }

    [Fact]
    public async Task The_products_key_shape_and_header_come_from_its_module()
    {
        var key = await _host.CreateKeyAsync(await _host.CreateTenantAsync("shape"), TallyModule.Product);
        key.ShouldStartWith("tly_live_sk_", Case.Sensitive);
        key.Split('.')[1].Length.ShouldBe(48);
        _host.Services.GetRequiredService<IProductCatalog>().IsServed(TallyModule.Product).ShouldBeTrue();
        _tally.DefaultRequestHeaders.Contains(TallyModule.KeyHeader).ShouldBeTrue();
    }

    [Fact]
    public async Task Unknown_fields_are_ignored_and_the_answer_is_camelCase_with_the_caller()
    {
        var response = await _tally.PostAsync("/test/tally/counts", Json("""{"label":"a","amount":2,"notAField":true}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        response.Headers.GetValues("X-Tally-Request-Id").Single().ShouldStartWith("req_");
        var data = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
        data.GetProperty("doubled").GetInt32().ShouldBe(4);
        data.GetProperty("callerProduct").GetString().ShouldBe(TallyModule.Product);
        data.GetProperty("callerKeyId").GetString()!.Length.ShouldBe(24);
        data.GetProperty("callerTenantId").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Fortune_refuses_the_unknown_field_that_Tally_ignores()
    {
        var fortune = _host.ClientWithKey(await _host.CreateKeyAsync(await _host.CreateTenantAsync("strict"), Products.Fortune));
        var response = await fortune.PostAsync("/v1/calculations/saju", Json("""{"birth_year":1990,"birth_month":5,"birth_day":15,"birth_hours":10}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        error.GetProperty("code").GetString().ShouldBe("invalid_field");
        error.GetProperty("field").GetString().ShouldBe("birth_hours");
    }

    [Fact]
    public async Task The_modules_own_refusal_is_in_its_envelope_with_field_and_metadata()
    {
        var invalid = await ErrorOf(await _tally.PostAsync("/test/tally/counts", Json("""{"label":"a","amount":-1}""")), HttpStatusCode.BadRequest);
        invalid.GetProperty("code").GetString().ShouldBe("INVALID_AMOUNT");
        invalid.GetProperty("metadata").GetProperty("field").GetString().ShouldBe("amount");

        var missing = await ErrorOf(await _tally.GetAsync("/test/tally/counts/c_9"), HttpStatusCode.NotFound);
        missing.GetProperty("code").GetString().ShouldBe("COUNT_NOT_FOUND");
        missing.GetProperty("metadata").GetProperty("id").GetString().ShouldBe("c_9");
    }

    [Theory]
    [InlineData("""{"label":"a","amount":"two"}""", HttpStatusCode.BadRequest, "INVALID_FIELD", "amount")]
    [InlineData("""{"label":"a",""", HttpStatusCode.BadRequest, "INVALID_JSON", null)]
    public async Task Binder_refusals_name_the_field_in_the_products_envelope(string json, HttpStatusCode status, string code, string? field)
    {
        var error = await ErrorOf(await _tally.PostAsync("/test/tally/counts", Json(json)), status);
        error.GetProperty("code").GetString().ShouldBe(code);
        if (field is not null) error.GetProperty("metadata").GetProperty("field").GetString().ShouldBe(field);
    }

    [Fact]
    public async Task An_oversized_body_is_413_with_or_without_a_content_length()
    {
        var big = $$"""{"label":"{{new string('x', 2000)}}","amount":1}""";
        (await ErrorOf(await _tally.PostAsync("/test/tally/counts", Json(big)), HttpStatusCode.RequestEntityTooLarge))
            .GetProperty("code").GetString().ShouldBe("PAYLOAD_TOO_LARGE");

        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Headers.ContentType = new("application/json");
        chunked.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/test/tally/counts") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        (await ErrorOf(await _tally.SendAsync(request), HttpStatusCode.RequestEntityTooLarge))
            .GetProperty("code").GetString().ShouldBe("PAYLOAD_TOO_LARGE");
    }

    [Fact]
    public async Task Another_products_key_is_refused_in_each_routes_envelope()
    {
        var tenant = await _host.CreateTenantAsync("crossed");
        var fortune = _host.ClientWithKey(await _host.CreateKeyAsync(tenant, Products.Fortune));

        var onTally = await ErrorOf(await fortune.PostAsync("/test/tally/counts", Json("""{"label":"a","amount":1}""")), HttpStatusCode.Unauthorized);
        onTally.GetProperty("code").GetString().ShouldBe("UNAUTHENTICATED");

        var onFortune = await _tally.PostAsync("/v1/calculations/saju", Json("{}"));
        onFortune.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await onFortune.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString().ShouldBe("invalid_api_key");
    }
}
