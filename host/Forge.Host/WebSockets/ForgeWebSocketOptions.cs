using System.ComponentModel.DataAnnotations;
using Forge.Hosting.Modularity;
using Microsoft.Extensions.Options;

namespace Forge.Host.WebSockets;

/// <summary><c>Forge:WebSockets</c>: keep-alive of every WebSocket the platform accepts.</summary>
public sealed class ForgeWebSocketOptions
{
    public const string Section = "Forge:WebSockets";

    /// <summary>Seconds between server pings; 0 turns pings off. Proxies commonly drop connections idle for 60 s.</summary>
    [Range(0, 3600)]
    public double KeepAliveSeconds { get; set; } = 30;

    /// <summary>Seconds to wait for the pong before aborting a dead connection; 0 = no timeout (ping without waiting).</summary>
    [Range(0, 3600)]
    public double KeepAliveTimeoutSeconds { get; set; } = 30;
}

public static class ForgeWebSocketSetup
{
    public static IServiceCollection AddForgeWebSockets(this IServiceCollection services)
    {
        services.AddForgeOptions<ForgeWebSocketOptions>(ForgeWebSocketOptions.Section);
        services.AddOptions<WebSocketOptions>().Configure<IOptions<ForgeWebSocketOptions>>((o, forge) =>
        {
            o.KeepAliveInterval = TimeSpan.FromSeconds(forge.Value.KeepAliveSeconds);
            o.KeepAliveTimeout = forge.Value.KeepAliveTimeoutSeconds > 0 ? TimeSpan.FromSeconds(forge.Value.KeepAliveTimeoutSeconds) : Timeout.InfiniteTimeSpan;
        });
        return services;
    }
}
