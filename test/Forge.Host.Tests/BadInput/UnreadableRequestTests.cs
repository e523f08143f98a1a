using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forge.Fortune.Application.Status;
using Forge.Hosting.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.BadInput;

/// <summary>
/// Requests that cannot be read — truncated or stalled bodies, an undecodable charset, malformed content types,
/// invalid UTF-8, too many form fields, query parameters or headers — get a 4xx in the route's format, never a 500.
/// Each case was found by probing Fortune's and the platform's routes.
/// </summary>
public sealed class UnreadableRequestTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private string _key = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync();
        _key = await _host.CreateKeyAsync(await _host.CreateTenantAsync("unreadable"), Products.Fortune);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_body_cut_short_by_a_client_that_gives_up_is_not_counted_as_a_server_error()
    {
        var head = $"POST /v1/profiles HTTP/1.1\r\nHost: test\r\nX-API-Key: {_key}\r\nContent-Type: application/json\r\nContent-Length: 100";
        await RawHttp.SendAsync(_host.BaseAddress, head, Encoding.UTF8.GetBytes("{\"name\":\"cut"), halfClose: true, afterContinue: true);

        // Fortune's status page counts its requests and their 5xx: the cut-short one must be there, not as a 5xx. Waited
        // for in process, so the wait does not depend on how often the page may be read (it has its own per-minute limit).
        var window = _host.Services.GetRequiredService<ApiLatencyWindow>();
        await Eventually.GetAsync(() => Task.FromResult(window.Read(TimeSpan.FromMinutes(1)).Requests), n => n >= 1,
            what: "the cut-short request to be recorded");
        var status = await _host.ClientWithKey(_key).GetFromJsonAsync<JsonElement>("/v1/status");
        var api = status.GetProperty("components").GetProperty("api");
        api.GetProperty("requests").GetInt32().ShouldBe(1);
        api.GetProperty("server_error_rate").GetDouble().ShouldBe(0);
    }

    [Fact]
    public async Task A_body_that_stops_arriving_gets_408_in_fortunes_envelope()
    {
        var head = $"POST /v1/profiles HTTP/1.1\r\nHost: test\r\nX-API-Key: {_key}\r\nContent-Type: application/json\r\nContent-Length: 100";
        // Kestrel gives up after its minimum-data-rate grace period (5 s) and the request fails while the client waits.
        var response = await RawHttp.SendAsync(_host.BaseAddress, head, Encoding.UTF8.GetBytes("{\"name\":\"slow"), afterContinue: true);

        RawHttp.StatusOf(response).ShouldBe(408);
        var body = RawHttp.BodyOf(response);
        body.ShouldContain("\"code\":\"invalid_json\"");
        body.ShouldContain("\"field\":\"body\"");
        body.ShouldContain("too slowly");
    }

    [Fact]
    public async Task An_unknown_charset_is_415_naming_content_type_on_fortune_and_platform_routes()
    {
        var fortune = await _host.ClientWithKey(_key).PostAsync("/v1/profiles", Json("{\"name\":\"x\"}", "application/json; charset=klingon"));
        fortune.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        var error = (await fortune.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        error.GetProperty("field").GetString().ShouldBe("Content-Type");
        error.GetProperty("message").GetString()!.ShouldContain("klingon");

        var login = await _host.CreateClient().PostAsync("/api/account/login", Json("{\"email\":\"a@b.c\",\"password\":\"x\"}", "application/json; charset=klingon"));
        login.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        var problem = await login.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("field").GetString().ShouldBe("Content-Type");
    }

    [Fact]
    public async Task A_quoted_known_charset_is_read_like_the_unquoted_one()
    {
        var login = await _host.CreateClient().PostAsync("/api/account/login", Json("{\"email\":\"nobody@b.c\",\"password\":\"wrong-password\"}", "application/json; charset=\"utf-8\""));
        var plain = await _host.CreateClient().PostAsync("/api/account/login", Json("{\"email\":\"nobody@b.c\",\"password\":\"wrong-password\"}", "application/json; charset=utf-8"));

        login.StatusCode.ShouldBe(plain.StatusCode);
        ((int)login.StatusCode).ShouldBeLessThan(500);
    }

    [Fact]
    public async Task Invalid_utf8_and_malformed_content_types_are_4xx()
    {
        byte[] invalidUtf8 = [.. "{\"name\":\""u8, 0xFF, 0xFE, .. "\"}"u8];
        var fortune = await _host.ClientWithKey(_key).PostAsync("/v1/profiles", Bytes(invalidUtf8, "application/json"));
        fortune.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await fortune.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("field").GetString().ShouldBe("name");

        var login = await _host.CreateClient().PostAsync("/api/account/login", Bytes(invalidUtf8, "application/json"));
        login.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        foreach (var path in new[] { "/v1/profiles", "/api/account/login" })
        {
            var head = $"POST {path} HTTP/1.1\r\nHost: test\r\nX-API-Key: {_key}\r\nContent-Type: ;;;/\r\nContent-Length: 2";
            RawHttp.StatusOf(await RawHttp.SendAsync(_host.BaseAddress, head, "{}"u8.ToArray())).ShouldBe(415, path);
        }
    }

    [Fact]
    public async Task A_form_with_too_many_fields_is_400_naming_the_body()
    {
        var form = string.Join('&', Enumerable.Range(0, 2000).Select(i => $"f{i}=1"));
        var response = await _host.CreateClient().PostAsync("/connect/token", new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString().ShouldBe("body");
    }

    [Fact]
    public async Task Too_many_query_parameters_or_headers_are_refused_by_the_server_with_4xx()
    {
        var query = string.Join('&', Enumerable.Range(0, 5000).Select(i => $"p{i}=1"));
        var longQuery = await RawHttp.SendAsync(_host.BaseAddress, $"GET /v1/profiles?{query} HTTP/1.1\r\nHost: test\r\nX-API-Key: {_key}", []);
        RawHttp.StatusOf(longQuery).ShouldBe(414);

        var headers = string.Join("\r\n", Enumerable.Range(0, 200).Select(i => $"X-Extra-{i}: 1"));
        var manyHeaders = await RawHttp.SendAsync(_host.BaseAddress, $"GET /v1/profiles HTTP/1.1\r\nHost: test\r\nX-API-Key: {_key}\r\n{headers}", []);
        RawHttp.StatusOf(manyHeaders).ShouldBe(431);

        // Within the server's limits, many parameters reach Fortune, which names what it does not accept or ignores the rest.
        var someQuery = string.Join('&', Enumerable.Range(0, 500).Select(i => $"p{i}=1"));
        var some = await _host.ClientWithKey(_key).GetAsync($"/v1/profiles?{someQuery}");
        ((int)some.StatusCode).ShouldBeLessThan(500);
    }

    private static StringContent Json(string json, string contentType)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static ByteArrayContent Bytes(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }
}
