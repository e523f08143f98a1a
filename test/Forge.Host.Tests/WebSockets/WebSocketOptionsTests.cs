using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Forge.Host.Tests.WebSockets;

/// <summary><c>Forge:WebSockets</c> reaches ASP.NET Core's WebSocket middleware and is validated at start.</summary>
public sealed class WebSocketOptionsTests
{
    [Fact]
    public async Task The_configured_keep_alive_reaches_the_websocket_middleware()
    {
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Forge:WebSockets:KeepAliveSeconds"] = "7",
            ["Forge:WebSockets:KeepAliveTimeoutSeconds"] = "0",
        });
        var options = host.Services.GetRequiredService<IOptions<WebSocketOptions>>().Value;
        options.KeepAliveInterval.ShouldBe(TimeSpan.FromSeconds(7));
        options.KeepAliveTimeout.ShouldBe(Timeout.InfiniteTimeSpan);
    }

    [Fact]
    public async Task A_negative_keep_alive_stops_start_up_naming_the_setting()
    {
        var error = await Should.ThrowAsync<OptionsValidationException>(() => TestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Forge:WebSockets:KeepAliveSeconds"] = "-1",
        }));
        error.Message.ShouldContain("KeepAliveSeconds");
    }
}
