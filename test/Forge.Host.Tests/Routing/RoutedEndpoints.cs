using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Forge.Host.Tests.Routing;

/// <summary>
/// Remembers the endpoint the last request was routed to, seen from in front of the host's pipeline; null when the
/// request was answered without routing.
/// </summary>
internal sealed class RoutedEndpoints : IStartupFilter
{
    public Endpoint? Last { get; private set; }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, inner) =>
        {
            await inner(context);
            Last = context.GetEndpoint();
        });
        next(app);
    };
}
