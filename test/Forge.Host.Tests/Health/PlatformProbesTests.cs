using System.Net;
using Forge.Host.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.Health;

/// <summary>The platform's probes are answered ahead of routing and the API's middleware (ADR 82).</summary>
public sealed class PlatformProbesTests
{
    [Fact]
    public async Task Probes_answer_before_routing_and_a_routed_request_still_finds_its_endpoint()
    {
        var seen = new RoutingSeen();
        await using var host = await TestHost.StartAsync(configure: b => b.Services.AddSingleton<IStartupFilter>(seen));

        foreach (var path in new[] { PlatformProbes.LivePath, PlatformProbes.ReadyPath, PlatformProbes.LivePath.ToUpperInvariant() + "/" })
        {
            (await host.Client.GetStringAsync(path)).ShouldBe("Healthy", path);
            seen.Routed.ShouldBeFalse(path);
        }
        using var head = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, PlatformProbes.ReadyPath));
        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        seen.Routed.ShouldBeFalse();

        (await host.Client.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        seen.Routed.ShouldBeTrue();
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

    /// <summary>Whether the last request was routed (routing sets an endpoint), seen from in front of the pipeline.</summary>
    private sealed class RoutingSeen : IStartupFilter
    {
        public bool Routed { get; private set; }

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                await inner(context);
                Routed = context.GetEndpoint() is not null;
            });
            next(app);
        };
    }
}
