namespace Forge.Host.Tests.Cluster;

/// <summary>
/// A host told to stop (SIGTERM, a rolling update) ends its resumable event feeds at once, so the clients reconnect
/// with <c>Last-Event-ID</c> to another host and the stop is not held open until the shutdown timeout (ADR 49).
/// </summary>
public sealed class ClusterGracefulStopTests
{
    [Fact]
    public async Task A_stopping_host_ends_its_event_feeds_instead_of_waiting_out_the_shutdown_timeout()
    {
        // A shutdown timeout far beyond the test's deadline: only the feed ending on its own lets the stop finish in time.
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?> { ["shutdownTimeoutSeconds"] = "600" });
        var tenant = await host.CreateTenantAsync("graceful-stop");
        var client = host.ClientWithKey(await host.CreateKeyAsync(tenant, Products.Fortune));
        await using var feed = await SseClient.OpenAsync(client, "/v1/events");

        var stop = host.App.StopAsync();

        await feed.ToEndAsync(TimeSpan.FromSeconds(60)); // throws if the stream is still open at the deadline, long before 600 s
        await stop.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
