using Microsoft.Extensions.Options;

namespace Forge.Host.Tests.Configuration;

/// <summary>
/// ADR 33: every setting is bound and validated when the host starts; a value that cannot work stops the
/// start with a message naming its full key — a module's (Fortune) and the platform's, out of range or not a number.
/// </summary>
public sealed class OptionsStartupValidationTests
{
    [Theory]
    [InlineData("Fortune:Batch:Concurrency", "0")]
    [InlineData("Fortune:Status:ApiDegradedServerErrorRate", "150")]
    [InlineData("Forge:Credits:SweepIntervalSeconds", "-1")]
    [InlineData("Forge:Products:fortune:KeyIdLength", "4")]
    [InlineData("Forge:Analysis:CreditOrphanGrace", "00:00:00")]
    [InlineData("Forge:Analysis:CreditOrphanGrace", "01:00:00")]
    public async Task An_out_of_range_value_stops_start_up_naming_the_key(string key, string value)
    {
        var failure = await Should.ThrowAsync<OptionsValidationException>(() =>
            TestHost.StartAsync(settings: new Dictionary<string, string?> { [key] = value }));
        failure.Message.ShouldContain(key + ":");
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_stops_start_up_naming_the_key()
    {
        var failure = await Should.ThrowAsync<InvalidOperationException>(() =>
            TestHost.StartAsync(settings: new Dictionary<string, string?> { ["Fortune:Events:PollSeconds"] = "soon" }));
        failure.Message.ShouldContain("Fortune:Events:PollSeconds");
    }

    [Fact]
    public async Task A_short_pii_key_stops_start_up_naming_the_key()
    {
        var failure = await Should.ThrowAsync<OptionsValidationException>(() =>
            TestHost.StartAsync(settings: new Dictionary<string, string?> { ["Forge:Security:PiiKey"] = Convert.ToBase64String(new byte[16]) }));
        failure.Message.ShouldContain("Forge:Security:PiiKey:");
    }

    [Fact]
    public async Task A_product_alias_defined_nowhere_stops_start_up_naming_the_section()
    {
        var failure = await Should.ThrowAsync<Forge.Hosting.AI.AiConfigurationException>(() =>
            TestHost.StartAsync(settings: new Dictionary<string, string?> { ["Forge:AI:Products:fortune:Aliases:0"] = "nosuch" }));
        failure.Message.ShouldContain("'nosuch'");
        failure.Message.ShouldContain("Forge:AI:Models");
    }
}
