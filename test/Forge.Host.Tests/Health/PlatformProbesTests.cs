using System.Net;
using Forge.Host.Health;
using Forge.Host.Tests.Routing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.Health;

/// <summary>The platform's probes are answered ahead of routing and the API's middleware (ADR 82).</summary>
public sealed class PlatformProbesTests
{
    [Fact]
    public async Task Probes_answer_before_routing_and_a_routed_request_still_finds_its_endpoint()
    {
        var routed = new RoutedEndpoints();
        await using var host = await TestHost.StartAsync(configure: b => b.Services.AddSingleton<IStartupFilter>(routed));

        foreach (var path in new[] { PlatformProbes.LivePath, PlatformProbes.ReadyPath, PlatformProbes.LivePath.ToUpperInvariant() + "/" })
        {
            (await host.Client.GetStringAsync(path)).ShouldBe("Healthy", path);
            routed.Last.ShouldBeNull(path);
        }
        using var head = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, PlatformProbes.ReadyPath));
        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        routed.Last.ShouldBeNull();

        (await host.Client.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        routed.Last.ShouldNotBeNull();
    }

    [Fact]
    public async Task Another_method_gets_405_with_the_methods_a_probe_takes()
    {
        await using var host = await TestHost.StartAsync();

        foreach (var path in new[] { PlatformProbes.LivePath, PlatformProbes.ReadyPath })
        {
            using var post = await host.Client.PostAsync(path, content: null);
            post.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed, path);
            post.Content.Headers.Allow.ShouldBe(["GET", "HEAD"], ignoreOrder: true);
        }
        (await host.Client.GetAsync(PlatformProbes.LivePath + "/more")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
