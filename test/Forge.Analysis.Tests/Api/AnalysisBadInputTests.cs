using System.Net;
using System.Text;
using Forge.Analysis.Tests.Documents.Samples;

namespace Forge.Analysis.Tests.Api;

/// <summary>
/// Issue 10 acceptance 5 through the real host: each hostile or malformed request gets the documented code naming the
/// field and charges nothing; exactly the limit is accepted; nothing is ever answered 500/INT001.
/// </summary>
[ProviderSensitive]
public sealed class AnalysisBadInputTests(AnalysisHostFixture fixture) : IClassFixture<AnalysisHostFixture>
{
    private const string Documents = "\"resumeData\":{\"type\":\"text\",\"content\":\"Java developer\"},\"jobPostingData\":{\"type\":\"text\",\"content\":\"Java\"}";

    [Fact]
    public async Task Exactly_10_MB_is_accepted_and_10_MB_plus_1_byte_is_VAL004()
    {
        var (tenant, client) = await fixture.TenantAsync(credits: 1);

        // Unknown members are ignored (ADR 40), so padding makes a body of an exact size around a small analysis.
        using var tooLarge = await PostAsync(client, PaddedBody(AnalysisProduct.MaxBodyBytes + 1));
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLarge.JsonAsync()).GetProperty("code").GetString().ShouldBe("VAL004");
        (await fixture.BalanceAsync(tenant)).ShouldBe(1);

        using var atLimit = await PostAsync(client, PaddedBody(AnalysisProduct.MaxBodyBytes));
        atLimit.StatusCode.ShouldBe(HttpStatusCode.Accepted, await atLimit.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(256, "a")]
    [InlineData(1, "요청")] // not ASCII
    [InlineData(1, "tab\there")] // not printable
    public async Task An_X_Request_ID_over_255_characters_or_not_printable_ASCII_is_VAL003_naming_the_header(int repeat, string unit)
    {
        var (tenant, client) = await fixture.TenantAsync(credits: 1);
        var value = string.Concat(Enumerable.Repeat(unit, repeat));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(client.BaseAddress!, "/public/v1/analyses")) { Content = Json($"{{{Documents}}}") };
        request.Headers.TryAddWithoutValidation("X-Request-ID", value).ShouldBeTrue();
        request.Headers.TryAddWithoutValidation(AnalysisProduct.KeyHeader, client.DefaultRequestHeaders.GetValues(AnalysisProduct.KeyHeader).Single());
        // .NET refuses to send non-ASCII header bytes unless told how to encode them; a client in another language would not.
        using var utf8 = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 });

        using var response = await utf8.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.JsonAsync();
        body.GetProperty("code").GetString().ShouldBe("VAL003");
        body.GetProperty("metadata").GetProperty("field").GetString().ShouldBe("X-Request-ID");
        (await fixture.BalanceAsync(tenant)).ShouldBe(1);
    }

    [Fact]
    public async Task An_X_Request_ID_of_exactly_255_printable_ASCII_characters_is_accepted()
    {
        var (_, client) = await fixture.TenantAsync(credits: 1);
        using var response = await client.SubmitAsync(AnalysisApi.Body(), new string('~', 254) + "!");
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Theory]
    [InlineData("""{"resumeData":{"type":"text","content":"x"},"jobPostingData":{"type":"spreadsheet","content":"x"}}""", "VAL003", "jobPostingData.type")]
    [InlineData("""{"resumeData":{"type":"docx","content":"not base64!"},"jobPostingData":{"type":"text","content":"x"}}""", "VAL003", "resumeData.content")]
    [InlineData("""{"resumeData":{"type":"text","content":"x"},"jobPostingData":{"type":"pdf","content":"QUJD="}}""", "VAL003", "jobPostingData.content")]
    [InlineData("""{"resumeData":{"type":"text","content":""},"jobPostingData":{"type":"text","content":"x"}}""", "VAL002", "resumeData.content")]
    [InlineData("""[1, 2, 3]""", "VAL001", null)]
    public async Task Wrong_enums_bad_base64_and_wrong_shapes_are_400_naming_the_field(string json, string code, string? field)
    {
        var (tenant, client) = await fixture.TenantAsync(credits: 1);
        using var response = await PostAsync(client, json);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var body = await response.JsonAsync();
        body.GetProperty("code").GetString().ShouldBe(code);
        if (field is not null) body.GetProperty("metadata").GetProperty("field").GetString().ShouldBe(field);
        (await fixture.BalanceAsync(tenant)).ShouldBe(1);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_by_content_type_is_VAL001()
    {
        var (_, client) = await fixture.TenantAsync(credits: 1);
        using var response = await client.PostAsync("/public/v1/analyses", new StringContent($"{{{Documents}}}", Encoding.UTF8, "text/plain"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("code").GetString().ShouldBe("VAL001");
    }

    [Theory]
    [InlineData("/public/v1/analyses?status=DONE", "status")]
    [InlineData("/public/v1/analyses?limit=0", "limit")]
    [InlineData("/public/v1/analyses?createdFrom=yesterday", "createdFrom")]
    public async Task Bad_list_filters_are_VAL003_naming_the_parameter(string path, string field)
    {
        var (_, client) = await fixture.TenantAsync(credits: 0);
        using var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var body = await response.JsonAsync();
        body.GetProperty("code").GetString().ShouldBe("VAL003");
        body.GetProperty("metadata").GetProperty("field").GetString().ShouldBe(field);
    }

    [Fact]
    public async Task Hostile_documents_fail_the_analysis_with_a_document_code_and_release_the_credit()
    {
        var (tenant, client) = await fixture.TenantAsync(credits: 3);
        var hostile = new[]
        {
            HostileDocuments.DocxWithBomb(200L * 1024 * 1024), // a decompression bomb
            HostileDocuments.EncryptedOfficeFile(),             // password-protected
            HostileDocuments.Truncated(SampleDocx.Build([SampleDocx.Para("Backend engineer, Java.")])), // corrupt
        };
        foreach (var bytes in hostile)
        {
            var body = new
            {
                resumeData = new { type = "docx", content = Convert.ToBase64String(bytes) },
                jobPostingData = new { type = "text", content = AnalysisApi.Posting },
            };
            using var response = await client.SubmitAsync(body);
            response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
            var id = (await response.JsonAsync()).GetProperty("data").GetProperty("id").GetString()!;
            var failed = await client.WaitForStatusAsync(id, "COMPLETED", "FAILED");
            failed.GetProperty("status").GetString().ShouldBe("FAILED");
            failed.GetProperty("error").GetProperty("code").GetString()!.ShouldStartWith("DOC");
        }
        await Eventually.GetAsync(() => fixture.BalanceAsync(tenant), b => b == 3, what: "every credit released");
    }

    [Fact]
    public async Task A_token_without_scope_analysis_is_AUTH003_and_with_it_the_call_is_accepted()
    {
        var host = fixture.Host;
        var tenant = await host.CreateTenantAsync(fixture.UniqueName("scopes"));
        var (fortuneClient, fortuneSecret) = await host.CreateClientAsync(tenant, "fortune");
        using var wrongScope = await host.ClientWithToken(await host.GetTokenAsync(fortuneClient, fortuneSecret, "fortune")).GetAsync("/public/v1/analyses");
        wrongScope.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await wrongScope.JsonAsync()).GetProperty("code").GetString().ShouldBe("AUTH003");

        var (analysisClient, analysisSecret) = await host.CreateClientAsync(tenant, "analysis");
        using var allowed = await host.ClientWithToken(await host.GetTokenAsync(analysisClient, analysisSecret, "analysis")).GetAsync("/public/v1/analyses");
        allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string PaddedBody(long bytes)
    {
        var shell = $"{{{Documents},\"pad\":\"\"}}";
        var pad = (int)(bytes - Encoding.UTF8.GetByteCount(shell));
        var json = $"{{{Documents},\"pad\":\"{new string('p', pad)}\"}}";
        Encoding.UTF8.GetByteCount(json).ShouldBe((int)bytes);
        return json;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string json) => client.PostAsync("/public/v1/analyses", Json(json));
}

/// <summary>A host with production's webhook rule (https to public addresses only); the shared test hosts allow loopback.</summary>
public sealed class StrictWebhookHostFixture : SharedTestHost
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Forge:Webhooks:AllowPrivateTargets"] = "false" };
}

[ProviderSensitive]
public sealed class AnalysisWebhookTargetTests(StrictWebhookHostFixture fixture) : IClassFixture<StrictWebhookHostFixture>
{
    [Theory]
    [InlineData("http://example.com/hook")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://localhost/hook")]
    [InlineData("https://10.0.0.8/hook")]
    public async Task A_webhook_that_is_not_https_to_a_public_host_is_VAL003_naming_the_url(string url)
    {
        var (tenant, client) = await fixture.Host.TenantAsync(fixture.UniqueName("strict"), credits: 1);
        using var response = await client.SubmitAsync(AnalysisApi.Body(url));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.JsonAsync();
        body.GetProperty("code").GetString().ShouldBe("VAL003");
        body.GetProperty("metadata").GetProperty("field").GetString().ShouldBe("options.webhook.url");
        (await fixture.Host.BalanceAsync(tenant)).ShouldBe(1);
    }
}
