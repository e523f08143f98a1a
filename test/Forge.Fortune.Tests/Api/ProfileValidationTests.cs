using System.Net;

namespace Forge.Fortune.Tests.Api;

/// <summary>Every refusal of a profile body is a 400 naming the field; a duplicate external_id is a 409.</summary>
public sealed class ProfileValidationTests(FortuneHostFixture fixture) : IClassFixture<FortuneHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _client = await _host.EnterpriseClientAsync("profiles-validation" + _tenantSuffix);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("""{"birth_year":1990,"birth_month":5,"birth_day":15,"gender":"male"}""", "missing_field", "name")]
    [InlineData("""{"name":"   ","birth_year":1990,"birth_month":5,"birth_day":15,"gender":"male"}""", "missing_field", "name")]
    [InlineData("""{"name":"가나다라마바사아자차카타파하가나다라마바사","birth_year":1990,"birth_month":5,"birth_day":15,"gender":"male"}""", "invalid_field", "name")]
    [InlineData("""{"name":7,"birth_year":1990,"birth_month":5,"birth_day":15,"gender":"male"}""", "invalid_field", "name")]
    [InlineData("""{"name":"김","birth_month":5,"birth_day":15,"gender":"male"}""", "missing_field", "birth_year")]
    [InlineData("""{"name":"김","birth_year":1899,"birth_month":5,"birth_day":15,"gender":"male"}""", "invalid_field", "birth_year")]
    [InlineData("""{"name":"김","birth_year":2101,"birth_month":5,"birth_day":15,"gender":"male"}""", "invalid_field", "birth_year")]
    [InlineData("""{"name":"김","birth_year":1990,"birth_day":15,"gender":"male"}""", "missing_field", "birth_month")]
    [InlineData("""{"name":"김","birth_year":1990,"birth_month":0,"birth_day":15,"gender":"male"}""", "invalid_field", "birth_month")]
    [InlineData("""{"name":"김","birth_year":1990,"birth_month":5,"gender":"male"}""", "missing_field", "birth_day")]
    [InlineData("""{"name":"김","birth_year":1990,"birth_month":4,"birth_day":31,"gender":"male"}""", "invalid_field", "birth_day")]
    [InlineData("""{"name":"김","birth_year":2001,"birth_month":2,"birth_day":29,"gender":"male"}""", "invalid_field", "birth_day")]
    [InlineData("""{"name":"김","birth_year":1990,"birth_month":5,"birth_day":15,"birth_hour":24,"gender":"male"}""", "invalid_field", "birth_hour")]
    [InlineData("""{"name":"김","birth_year":1990,"birth_month":5,"birth_day":15,"birth_hour":10,"birth_minute":60,"gender":"male"}""", "invalid_field", "birth_minute")]
    [InlineData("""{"name":"김","birth_year":1990,"birth_month":5,"birth_day":15}""", "missing_field", "gender")]
    [InlineData("""{"name":"김","birth_year":1990,"birth_month":5,"birth_day":15,"gender":"other"}""", "invalid_field", "gender")]
    [InlineData("""{"name":"김","birth_year":1990,"birth_month":5,"birth_day":15,"gender":"male","calendar_type":"mayan"}""", "invalid_field", "calendar_type")]
    [InlineData("""{"name":"김","birth_year":1990,"birth_month":5,"birth_day":15,"gender":"male","external_id":""}""", "invalid_field", "external_id")]
    [InlineData("""{"name":"김","birth_year":1990,"birth_month":5,"birth_day":15,"birth_hours":10,"gender":"male"}""", "invalid_field", "birth_hours")]
    public async Task Create_refuses_bad_input_naming_the_field(string body, string code, string field)
    {
        var response = await _client.PostJsonAsync("/v1/profiles", body);
        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, code, "validation_error", field);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_oversized_body_is_413_payload_too_large_with_or_without_a_length(bool withLength)
    {
        var body = "{\"name\":\"김\",\"birth_year\":1990,\"birth_month\":5,\"birth_day\":15,\"gender\":\"male\",\"external_id\":\""
                   + new string('x', 300 * 1024) + "\"}";
        HttpContent content = withLength
            ? new StringContent(body, System.Text.Encoding.UTF8, "application/json")
            : new PushStreamContent(body);
        var response = await _client.PostAsync("/v1/profiles", content);
        await response.ShouldBeErrorAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large", "payload_too_large");
        (await _client.GetAsync("/v1/profiles").OkJsonAsync()).GetProperty("total_count").GetInt32().ShouldBe(0);
    }

    /// <summary>A body sent chunked, so the server learns its size only while reading it.</summary>
    private sealed class PushStreamContent : HttpContent
    {
        private readonly byte[] _body;

        public PushStreamContent(string body)
        {
            _body = System.Text.Encoding.UTF8.GetBytes(body);
            Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(_body).AsTask();
        protected override bool TryComputeLength(out long length) { length = -1; return false; }
    }

    [Fact]
    public async Task An_external_id_longer_than_255_is_refused()
    {
        var body = $$"""{"external_id":"{{new string('x', 256)}}","name":"김","birth_year":1990,"birth_month":5,"birth_day":15,"gender":"male"}""";
        await (await _client.PostJsonAsync("/v1/profiles", body)).ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "external_id");
    }

    [Fact]
    public async Task A_duplicate_external_id_is_a_409_conflict_within_the_tenant_only()
    {
        const string body = """{"external_id":"crm-42","name":"김","birth_year":1990,"birth_month":5,"birth_day":15,"gender":"male"}""";
        await _client.CreateProfileAsync(body);

        await (await _client.PostJsonAsync("/v1/profiles", body)).ShouldBeErrorAsync(HttpStatusCode.Conflict, "conflict", "conflict", "external_id");

        var other = await _host.EnterpriseClientAsync("profiles-validation-other" + _tenantSuffix);
        await other.CreateProfileAsync(body);
    }

    [Theory]
    [InlineData("""{"name":null}""", "name")]
    [InlineData("""{"birth_year":null}""", "birth_year")]
    [InlineData("""{"gender":null}""", "gender")]
    [InlineData("""{"birth_month":2,"birth_day":30}""", "birth_day")]
    [InlineData("""{"birth_hour":"noon"}""", "birth_hour")]
    [InlineData("""{"birth_hour":null,"birth_minute":10}""", "birth_minute")]
    public async Task Update_refuses_bad_input_naming_the_field(string body, string field)
    {
        var id = (await _client.CreateProfileAsync()).Str("id");
        var response = await _client.SendJsonAsync(HttpMethod.Patch, $"/v1/profiles/{id}", body);
        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", field);
    }

    [Fact]
    public async Task Malformed_json_is_invalid_json()
    {
        await (await _client.PostJsonAsync("/v1/profiles", "{\"name\":")).ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_json", "validation_error");
    }
}
