using Microsoft.Extensions.Primitives;

namespace Forge.Host.Platform;

/// <summary>
/// Endpoints that join the route table on the first request under one of their paths (ADR 46, 78): the console's
/// pages, the API documents and Scalar, the job dashboard — what most hosts of a cluster never serve. Mapping the
/// console builds every page's action descriptor, model and compiled view type; mapping the others loads Scalar and
/// Hangfire's dashboard routes. Until then this source has no endpoints; <see cref="EnsureMapped"/>, called before
/// routing, maps them into a builder of its own and fires the change token, so the matcher rebuilds its table
/// (synchronously, on this thread) before the request is routed.
/// </summary>
internal sealed class EndpointsOnFirstRequest(IEndpointRouteBuilder app, PathString[] paths, Action<IEndpointRouteBuilder> map)
    : EndpointDataSource
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _mapped = new();
    private EndpointDataSource? _endpoints;

    public override IReadOnlyList<Endpoint> Endpoints => Volatile.Read(ref _endpoints)?.Endpoints ?? [];

    public override IChangeToken GetChangeToken() =>
        Volatile.Read(ref _endpoints)?.GetChangeToken() ?? new CancellationChangeToken(_mapped.Token);

    public bool IsMapped => Volatile.Read(ref _endpoints) is not null;

    public bool Serves(PathString path)
    {
        foreach (var prefix in paths)
            if (path.StartsWithSegments(prefix)) return true;
        return false;
    }

    public void EnsureMapped()
    {
        if (IsMapped) return;
        lock (_gate)
        {
            if (_endpoints is not null) return;
            var builder = new PrivateRouteBuilder(app);
            map(builder);
            Volatile.Write(ref _endpoints, builder.DataSources.Count == 1 ? builder.DataSources.Single() : new CompositeEndpointDataSource(builder.DataSources));
            _mapped.Cancel();
        }
    }

    private sealed class PrivateRouteBuilder(IEndpointRouteBuilder app) : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider => app.ServiceProvider;
        public ICollection<EndpointDataSource> DataSources { get; } = [];
        public IApplicationBuilder CreateApplicationBuilder() => app.CreateApplicationBuilder();
    }
}

internal static class EndpointsOnFirstRequestExtensions
{
    /// <summary>
    /// Before routing: each group's endpoints are mapped on the first request under one of its paths; their sources
    /// are in the route table (and the service provider's) from the start.
    /// </summary>
    public static void UseEndpointsOnFirstRequest(this WebApplication app, params (PathString[] Paths, Action<IEndpointRouteBuilder> Map)[] groups)
    {
        var sources = groups.Select(g => new EndpointsOnFirstRequest(app, g.Paths, g.Map)).ToArray();
        foreach (var source in sources) ((IEndpointRouteBuilder)app).DataSources.Add(source);
        app.Use((context, next) =>
        {
            foreach (var source in sources)
                if (!source.IsMapped && source.Serves(context.Request.Path)) source.EnsureMapped();
            return next(context);
        });
    }
}
