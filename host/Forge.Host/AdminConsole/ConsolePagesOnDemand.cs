using Microsoft.Extensions.Primitives;

namespace Forge.Host.AdminConsole;

/// <summary>
/// The console's Razor Pages join the route table on the first request under <c>/console</c> (ADR 46). Mapping
/// them builds every page's action descriptor, model and compiled view type — 7–11 MB and 170–300 ms of an idle
/// host's start-up for a console most hosts of a cluster never serve. Until then this source has no endpoints;
/// <see cref="EnsureMapped"/>, called before routing, maps the pages into a builder of its own and fires the
/// change token, so the matcher rebuilds its table (synchronously, on this thread) before the request is routed.
/// </summary>
internal sealed class ConsolePagesOnDemand(IEndpointRouteBuilder app) : EndpointDataSource
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _mapped = new();
    private EndpointDataSource? _pages;

    public override IReadOnlyList<Endpoint> Endpoints => Volatile.Read(ref _pages)?.Endpoints ?? [];

    public override IChangeToken GetChangeToken() =>
        Volatile.Read(ref _pages)?.GetChangeToken() ?? new CancellationChangeToken(_mapped.Token);

    public void EnsureMapped()
    {
        if (Volatile.Read(ref _pages) is not null) return;
        lock (_gate)
        {
            if (_pages is not null) return;
            var builder = new PagesRouteBuilder(app);
            builder.MapRazorPages();
            Volatile.Write(ref _pages, builder.DataSources.Single());
            _mapped.Cancel();
        }
    }

    private sealed class PagesRouteBuilder(IEndpointRouteBuilder app) : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider => app.ServiceProvider;
        public ICollection<EndpointDataSource> DataSources { get; } = [];
        public IApplicationBuilder CreateApplicationBuilder() => app.CreateApplicationBuilder();
    }
}
