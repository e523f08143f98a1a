using Forge.NotionForge.Notion;
using Forge.TestKit.FakeNotion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Forge.NotionForge.Tests.Notion;

/// <summary>
/// A "host" for the Notion client: its own service provider (so its own in-memory rate gate), configured against
/// a fake Notion server, optionally sharing Redis with other hosts.
/// </summary>
internal sealed class NotionTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private NotionTestHost(ServiceProvider services) => _services = services;

    public NotionClient Client => _services.GetRequiredService<NotionClient>();

    public static NotionTestHost Start(FakeNotionServer fake, string? redis = null, Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            [$"{NotionOptions.Section}:BaseUrl"] = fake.BaseAddress.ToString(),
            [$"{NotionOptions.Section}:RetryBaseDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings ?? []) values[$"{NotionOptions.Section}:{key}"] = value;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        if (redis is not null) services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));
        services.AddNotionClient();
        var provider = services.BuildServiceProvider(validateScopes: true);
        // What ValidateOnStart does in a real host: a bad section fails here, not at the first call.
        foreach (var validator in provider.GetServices<IStartupValidator>()) validator.Validate();
        return new NotionTestHost(provider);
    }

    /// <summary>Redis for the cross-host tests; null (skip) outside CI when FORGE_TEST_REDIS is not set.</summary>
    public static string? RedisOrSkip()
    {
        if (Environment.GetEnvironmentVariable("FORGE_TEST_REDIS") is { Length: > 0 } redis) return redis;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Assert.Fail("FORGE_TEST_REDIS is not set, but CI is: the shared Notion rate tests must run in CI.");
        return null;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
