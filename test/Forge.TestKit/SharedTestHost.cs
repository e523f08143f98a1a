using Xunit;

namespace Forge.TestKit;

/// <summary>
/// One host for every test of a class (<c>IClassFixture&lt;T&gt;</c>) or collection
/// (<c>ICollectionFixture&lt;T&gt;</c>): starting a host costs seconds, a tenant milliseconds. Each test
/// makes its own tenant (<see cref="UniqueName"/>), so tests stay independent as long as they assert on
/// their own tenant's data. A test that needs special settings, a process to kill, or asserts on state
/// that every tenant shares (counts of all tenants, job or usage tables) starts its own host with
/// <see cref="TestHost.StartAsync"/> instead.
/// </summary>
/// <remarks>Derive a sealed class per configuration (modules, settings); xunit makes one per class or collection.</remarks>
public abstract class SharedTestHost : IAsyncLifetime
{
    private int _names;

    public TestHost Host { get; private set; } = null!;

    /// <summary>Test modules to load (e.g. "Notes"), or none for the host's default modules.</summary>
    protected virtual IEnumerable<string>? Modules => null;

    /// <summary>Settings every test sharing this host accepts.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    protected virtual bool Https => false;

    /// <summary>
    /// <paramref name="prefix"/> made unique on this host (tenant names are unique), e.g. "acme-3": tests
    /// keep the readable names they had with a host of their own.
    /// </summary>
    public string UniqueName(string prefix) => prefix + NewSuffix();

    /// <summary>A suffix ("-3") no other caller on this host gets: a test appends its own to every tenant name it uses.</summary>
    public string NewSuffix() => $"-{Interlocked.Increment(ref _names)}";

    public async Task InitializeAsync()
    {
        await StartDependenciesAsync();
        Host = await TestHost.StartAsync(Modules, Settings, https: Https);
    }

    /// <summary>Starts what <see cref="Settings"/> points at (e.g. a fake external API on loopback) before the host.</summary>
    protected virtual Task StartDependenciesAsync() => Task.CompletedTask;

    /// <summary>Stops what <see cref="StartDependenciesAsync"/> started, after the host.</summary>
    protected virtual ValueTask StopDependenciesAsync() => ValueTask.CompletedTask;

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        await StopDependenciesAsync();
    }
}

/// <summary>The host with its default modules, shared (see <see cref="SharedTestHost"/>).</summary>
public sealed class DefaultHostFixture : SharedTestHost;

/// <summary>The host with the Notes test module, shared (see <see cref="SharedTestHost"/>).</summary>
public sealed class NotesHostFixture : SharedTestHost
{
    protected override IEnumerable<string>? Modules => ["Notes"];
}
