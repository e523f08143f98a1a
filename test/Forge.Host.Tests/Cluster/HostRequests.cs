using System.Globalization;

namespace Forge.Host.Tests.Cluster;

/// <summary>
/// What a host is serving right now, as an operator reads it before stopping the host: requests in progress from the
/// host's own request log (ASP.NET Core's <c>Request starting</c> / <c>Request finished</c>, one line each), split into
/// short requests and long-lived streams (SSE feeds, WebSockets: they end when the host stops, ADR 49), and the TCP
/// connections open on its port (a connection the host has not read a request from yet shows here first).
/// </summary>
public static class HostRequests
{
    /// <summary>The logging settings that make the hosts write those lines on a single line each.</summary>
    public static IReadOnlyDictionary<string, string?> LogSettings { get; } = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        ["Logging:Console:FormatterName"] = "simple",
        ["Logging:Console:FormatterOptions:SingleLine"] = "true",
    };

    public static (int Requests, int Streams) InFlight(string hostOutput)
    {
        var open = new Dictionary<bool, int> { [false] = 0, [true] = 0 };
        foreach (var line in hostOutput.Split('\n'))
        {
            var started = line.IndexOf("Request starting ", StringComparison.Ordinal);
            var finished = line.IndexOf("Request finished ", StringComparison.Ordinal);
            if (started < 0 && finished < 0) continue;
            // "Request starting HTTP/1.1 GET http://127.0.0.1:port/path?query - ..." (finished: the same, then the status)
            var words = line[(Math.Max(started, finished) + 17)..].Split(' ');
            if (words.Length < 3 || !Uri.TryCreate(words[2], UriKind.Absolute, out var url)) continue;
            open[IsStream(url.AbsolutePath)] += started >= 0 ? 1 : -1;
        }
        return (open[false], open[true]);
    }

    public static bool IsStream(string path) => path.StartsWith("/ws/", StringComparison.Ordinal) || path.EndsWith("/events", StringComparison.Ordinal);

    /// <summary>Established TCP connections whose local end is <paramref name="port"/> on loopback (/proc/net/tcp: the server's side).</summary>
    public static int Connections(int port)
    {
        var hex = port.ToString("X4", CultureInfo.InvariantCulture);
        return File.ReadLines("/proc/net/tcp").Skip(1)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Count(f => f.Length > 3 && f[1].EndsWith(":" + hex, StringComparison.Ordinal) && f[3] == "01");
    }
}
