using Microsoft.Extensions.Options;

namespace Forge.Host.Tests;

/// <summary>A retry policy that cannot work stops the host at start, naming the setting.</summary>
public sealed class WebhookOptionsValidationTests
{
    [Theory]
    [InlineData("Forge:Webhooks:MaxAttempts", "0", "MaxAttempts")]
    [InlineData("Forge:Webhooks:Products:hooks:MaxAttempts", "0", "Products:hooks")]
    [InlineData("Forge:Webhooks:Products:hooks:RetryBackoffMultiplier", "0.5", "BackoffMultiplier")]
    [InlineData("Forge:Webhooks:TimeoutSeconds", "0", "TimeoutSeconds")]
    public async Task An_impossible_policy_fails_start(string key, string value, string named)
    {
        var failure = await Should.ThrowAsync<OptionsValidationException>(() =>
            TestHost.StartAsync(["WebhookPolicy"], new Dictionary<string, string?> { [key] = value }));
        failure.Message.ShouldContain(named);
    }
}
