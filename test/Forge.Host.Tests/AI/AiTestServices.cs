using Forge.Hosting.AI;
using Forge.TestKit.FakeAi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.AI;

/// <summary>
/// The kernel's AI registration, exactly as the host calls it, pointed at fake providers on loopback
/// with a pipeline shrunk to test speed. The circuit stays shut unless a test lowers its threshold.
/// </summary>
internal static class AiTestServices
{
    public static Dictionary<string, string?> FastSettings() => new()
    {
        ["Forge:AI:Resilience:TotalTimeout"] = "00:00:10",
        ["Forge:AI:Resilience:AttemptTimeout"] = "00:00:02",
        ["Forge:AI:Resilience:MaxRetryAttempts"] = "2",
        ["Forge:AI:Resilience:RetryBaseDelay"] = "00:00:00.020",
        ["Forge:AI:Resilience:CircuitMinimumThroughput"] = "1000",
        ["Forge:AI:Resilience:CircuitSamplingDuration"] = "00:00:30",
        ["Forge:AI:Resilience:CircuitBreakDuration"] = "00:00:30",
    };

    public static ServiceProvider Build(
        FakeAnthropicServer? anthropic = null,
        FakeOpenAiServer? openAi = null,
        IDictionary<string, string?>? overrides = null)
    {
        var settings = FastSettings();
        if (anthropic is not null)
        {
            settings["Forge:AI:Providers:Anthropic:ApiKey"] = anthropic.ApiKey;
            settings["Forge:AI:Providers:Anthropic:BaseUrl"] = anthropic.ConfiguredBaseUrl;
        }
        if (openAi is not null)
        {
            settings["Forge:AI:Providers:OpenAI:ApiKey"] = openAi.ApiKey;
            settings["Forge:AI:Providers:OpenAI:BaseUrl"] = openAi.ConfiguredBaseUrl;
        }
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) settings[key] = value;

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddForgeAi(configuration).BuildServiceProvider();
    }

    public static IAiChatClientFactory Factory(this ServiceProvider services) =>
        services.GetRequiredService<IAiChatClientFactory>();
}
