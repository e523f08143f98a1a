using System.Net;

namespace Forge.Fortune.Tests.Api;

/// <summary>With private targets not allowed (production's default): https to public addresses only, refused with a 400 naming url.</summary>
public sealed class WebhookTargetPolicyTests(FortuneStrictWebhooksHostFixture fixture) : IClassFixture<FortuneStrictWebhooksHostFixture>, IAsyncLifetime
{
    private readonly string _tenantSuffix = fixture.NewSuffix();
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host;
        _client = await _host.EnterpriseClientAsync("webhooks-policy" + _tenantSuffix);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("http://93.184.215.14/hooks")]   // public, but not https
    [InlineData("https://127.0.0.1/hooks")]
    [InlineData("https://localhost/hooks")]
    [InlineData("https://api.localhost/hooks")]
    [InlineData("https://10.1.2.3/hooks")]
    [InlineData("https://192.168.0.10/hooks")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/hooks")]
    [InlineData("https://[::ffff:10.0.0.1]/hooks")]
    public async Task Private_loopback_and_plain_http_targets_are_refused(string url)
    {
        await (await _client.PostJsonAsync("/v1/webhooks", WebhookApi.HookJson(url, "profile.created")))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_field", "validation_error", "url");
    }

    [Fact]
    public async Task A_public_https_address_is_accepted()
    {
        // An IP literal: no DNS needed on the test machine.
        (await _client.CreateHookAsync("https://93.184.215.14/hooks", "profile.created")).Str("url").ShouldBe("https://93.184.215.14/hooks");
    }
}
