using Microsoft.Extensions.Primitives;

namespace Forge.Host.Platform;

/// <summary>
/// Every endpoint is built once per host instead of once per reader (ADR 69). ASP.NET Core's minimal-API data sources
/// build a new set of endpoints — each handler's request delegate, its parameter binders and filters — every time their
/// <c>Endpoints</c> are read; the composite data sources that read them cache the result, but there are two: the
/// service provider's (read by the authorization middleware's policy cache when the pipeline is built, before the
/// server listens, and by link generation and the OpenAPI documents) and the routing middleware's own (read by the first
/// request). So the ≈ 200 endpoints were built twice on the way to the first answer. Each of the application's data
/// sources is wrapped in one of these, which keeps what its source built until the source's change token fires (the
/// composites' own rule), so both composites get the same endpoints.
/// </summary>
internal sealed class EndpointsBuiltOnce(EndpointDataSource source) : EndpointDataSource
{
    private sealed record Built(IReadOnlyList<Endpoint> Endpoints, IChangeToken Changed);

    private readonly Lock _gate = new();
    private Built? _built;

    public EndpointDataSource Source => source;

    public override IReadOnlyList<Endpoint> Endpoints
    {
        get
        {
            var built = Volatile.Read(ref _built);
            if (built is not null && !built.Changed.HasChanged) return built.Endpoints;
            lock (_gate)
            {
                built = _built;
                if (built is null || built.Changed.HasChanged)
                {
                    // The token first, so a change made while the endpoints are read is seen by the next read.
                    var changed = source.GetChangeToken();
                    built = new Built(source.Endpoints, changed);
                    Volatile.Write(ref _built, built);
                }
                return built.Endpoints;
            }
        }
    }

    public override IChangeToken GetChangeToken() => source.GetChangeToken();

    // Only for a source nested in a route group; the application's own sources are not, so nothing is kept here.
    public override IReadOnlyList<Endpoint> GetGroupedEndpoints(RouteGroupContext context) => source.GetGroupedEndpoints(context);

    /// <summary>
    /// Wraps each of the application's endpoint data sources; call it once everything is mapped. The wrapped sources
    /// are handed to <see cref="EndpointWarmUp"/>, which starts building them when the host starts.
    /// </summary>
    public static void Apply(IEndpointRouteBuilder app)
    {
        var sources = app.DataSources.Select(s => s as EndpointsBuiltOnce ?? new EndpointsBuiltOnce(s)).ToList();
        app.DataSources.Clear();
        foreach (var source in sources) app.DataSources.Add(source);
        app.ServiceProvider.GetService<EndpointWarmUp>()?.Use(sources);
    }
}

/// <summary>
/// Builds the endpoints on the thread pool from the moment the host starts, beside the hosted services that run
/// before the server listens (migration check, job recovery, …), instead of after them on the start-up thread, where
/// the authorization middleware's construction would build them (ADR 69). Whoever reads a source first builds it and
/// a reader meanwhile waits for that build (<see cref="EndpointsBuiltOnce"/>), so nothing is built twice. A build
/// that throws is left to that reader, which builds again and fails the start as before.
/// </summary>
internal sealed class EndpointWarmUp : IHostedService
{
    private IReadOnlyList<EndpointDataSource> _sources = [];

    public void Use(IReadOnlyList<EndpointDataSource> sources) => _sources = sources;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var sources = _sources;
        if (sources.Count > 0) _ = Task.Run(() => Build(sources), CancellationToken.None);
        return Task.CompletedTask;
    }

    // Last source first: the start-up thread reads them first to last (the pipeline's composite), so the two threads
    // build different sources side by side and meet in the middle instead of one waiting on the other's lock.
    private static void Build(IReadOnlyList<EndpointDataSource> sources)
    {
        foreach (var source in sources.Reverse())
        {
            try
            {
                _ = source.Endpoints;
            }
            catch (Exception)
            {
                // The pipeline's own read builds this source again and reports the failure on the start-up path.
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
