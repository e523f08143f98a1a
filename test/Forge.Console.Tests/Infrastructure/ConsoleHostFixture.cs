namespace Forge.Console.Tests.Infrastructure;

/// <summary>One HTTPS host per test class (starting one costs seconds); each test still opens its own browser context.</summary>
public sealed class ConsoleHostFixture : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ConsoleHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
