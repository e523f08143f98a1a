using Forge.Host.Platform;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Forge.Host.Tests.Routing;

/// <summary>
/// The host builds its endpoints once (ADR 69): the endpoint a request is routed to is the very one the service
/// provider's data source (authorization's policy cache, link generation, OpenAPI) already built at start-up, not a
/// second build of it by the routing middleware on the first request.
/// </summary>
public sealed class EndpointsBuiltOnceTests
{
    [Fact]
    public async Task The_first_request_is_routed_to_the_endpoint_built_at_start_up()
    {
        var routed = new RoutedEndpoints();
        await using var host = await TestHost.StartAsync(configure: b => b.Services.AddSingleton<IStartupFilter>(routed));

        // Already built when the server started: the authorization middleware's policy cache read them.
        var builtAtStart = host.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var whoami = builtAtStart.OfType<RouteEndpoint>().Single(e => e.RoutePattern.RawText?.TrimStart('/') == "api/platform/whoami");

        (await host.Client.GetAsync("/api/platform/whoami")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
        routed.Last.ShouldBeSameAs(whoami);
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.ShouldBeSameAs(builtAtStart);

        // The console's pages still join on its first request, for routing and for the service provider's source alike.
        (await host.Client.GetAsync("/console/login")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        routed.Last.ShouldBeOfType<RouteEndpoint>().RoutePattern.RawText!.TrimStart('/').ShouldBe("console/login");
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.ShouldContain(routed.Last!);
    }

    [Fact]
    public void A_source_is_read_again_only_after_its_change_token_fires()
    {
        var source = new CountingSource();
        var once = new EndpointsBuiltOnce(source);

        var first = once.Endpoints;
        once.Endpoints.ShouldBeSameAs(first);
        source.Reads.ShouldBe(1);

        var token = once.GetChangeToken();
        source.Change();
        token.HasChanged.ShouldBeTrue();
        once.Endpoints.ShouldNotBeSameAs(first);
        once.Endpoints.Count.ShouldBe(2);
        source.Reads.ShouldBe(2);
    }

    /// <summary>Builds new endpoints on every read, as ASP.NET Core's minimal-API sources do, and can change.</summary>
    private sealed class CountingSource : EndpointDataSource
    {
        private CancellationTokenSource _changed = new();
        public int Reads { get; private set; }

        public override IReadOnlyList<Endpoint> Endpoints
        {
            get
            {
                Reads++;
                return [.. Enumerable.Range(0, Reads).Select(i => new Endpoint(_ => Task.CompletedTask, EndpointMetadataCollection.Empty, $"e{i}"))];
            }
        }

        public override IChangeToken GetChangeToken() => new CancellationChangeToken(_changed.Token);

        public void Change()
        {
            var old = _changed;
            _changed = new CancellationTokenSource();
            old.Cancel();
        }
    }
}
