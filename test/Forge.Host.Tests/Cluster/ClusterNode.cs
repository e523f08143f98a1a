using System.Diagnostics;
using System.Net;

namespace Forge.Host.Tests.Cluster;

/// <summary>
/// One Forge host of the cluster test: the shipped Forge.Host.dll as its own process on a fixed loopback port (nginx
/// names the port), which the scenario kills (SIGKILL), restarts, or stops gracefully (SIGTERM, as Docker and
/// Kubernetes do).
/// </summary>
public sealed class ClusterNode(string name, int port, IReadOnlyDictionary<string, string?> settings) : IAsyncDisposable
{
    private Process? _process;
    private readonly System.Text.StringBuilder _output = new();
    private int _outputOfThisRun;

    public string Name => name;
    public int Port => port;
    public string Upstream => $"127.0.0.1:{port}";
    public string Output { get { lock (_output) return _output.ToString(); } }
    public bool Running => _process is { HasExited: false };

    /// <summary>What the host is serving now (<see cref="HostRequests"/>): short requests and streams in progress per its
    /// request log since it last started, and TCP connections open on its port.</summary>
    public (int Requests, int Streams, int Connections) Serving()
    {
        string output;
        lock (_output) output = _output.ToString(_outputOfThisRun, _output.Length - _outputOfThisRun);
        var (requests, streams) = HostRequests.InFlight(output);
        return (requests, streams, HostRequests.Connections(port));
    }

    public async Task StartAsync(TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet", [HostProcess.HostDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Forge__", StringComparison.OrdinalIgnoreCase)).ToList()) start.Environment.Remove(key);
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        lock (_output) _outputOfThisRun = _output.Length;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        // A slow answer is still an answer: on a starved machine one probe can take seconds (a 2 s limit made every probe fail).
        using var client = new HttpClient { BaseAddress = new Uri($"http://{Upstream}"), Timeout = TimeSpan.FromSeconds(15) };
        try
        {
            await Eventually.GetAsync(async () =>
            {
                if (process.HasExited) throw new InvalidOperationException($"{name} exited with {process.ExitCode}:\n{Output}");
                try { return (await client.GetAsync(Forge.Host.Health.PlatformProbes.ReadyPath)).StatusCode; }
                catch (HttpRequestException) { return HttpStatusCode.ServiceUnavailable; }
                catch (TaskCanceledException) { return HttpStatusCode.ServiceUnavailable; }
            }, s => s == HttpStatusCode.OK, timeout, $"{name} ready");
        }
        catch (TimeoutException e)
        {
            var lines = Output.Split('\n');
            throw new TimeoutException($"{e.Message}; its last output:\n{string.Join('\n', lines.TakeLast(40))}", e);
        }
    }

    /// <summary>SIGKILL: no shutdown hook runs, in-flight requests and running jobs are cut off, as in a crash.</summary>
    public async Task KillAsync()
    {
        if (_process is not { HasExited: false } p) return;
        p.Kill();
        await p.WaitForExitAsync();
    }

    /// <summary>SIGTERM, then waits for the process to exit on its own; returns its exit code and how long the stop took.</summary>
    public async Task<(int ExitCode, TimeSpan Took)> TerminateAsync(TimeSpan timeout)
    {
        var p = _process ?? throw new InvalidOperationException($"{name} is not running.");
        var watch = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        using var deadline = new CancellationTokenSource(timeout);
        await p.WaitForExitAsync(deadline.Token);
        return (p.ExitCode, watch.Elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }
}
