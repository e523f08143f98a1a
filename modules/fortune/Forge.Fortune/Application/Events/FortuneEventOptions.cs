using Microsoft.Extensions.Configuration;

namespace Forge.Fortune.Application.Events;

/// <summary><c>Fortune:Events</c>: the SSE feed's pace and cap.</summary>
public sealed record FortuneEventOptions(
    TimeSpan PollInterval,
    TimeSpan HeartbeatInterval,
    int MaxConnectionsPerTenant)
{
    public static FortuneEventOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Fortune:Events");
        return new FortuneEventOptions(
            TimeSpan.FromSeconds(section.GetValue("PollSeconds", 1.0)),
            TimeSpan.FromSeconds(section.GetValue("HeartbeatSeconds", 15.0)),
            section.GetValue("MaxConnectionsPerTenant", 5));
    }
}
