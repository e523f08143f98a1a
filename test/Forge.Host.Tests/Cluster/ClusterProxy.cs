using System.Diagnostics;

namespace Forge.Host.Tests.Cluster;

/// <summary>
/// Debian's nginx in front of the cluster test's hosts: round robin over their loopback ports with the shared rules of
/// <c>etc/nginx/forge-proxy.conf</c> (WebSocket upgrade, SSE unbuffered, next host on a connection error). Each
/// answer names the host that served it in <c>X-Upstream</c>, so the test can tell survivors from the killed host.
/// <see cref="DrainAsync"/> takes a host out of the rotation as an operator does before stopping it.
/// </summary>
public sealed class ClusterProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;
    private readonly int _port;
    private readonly IReadOnlyList<string> _upstreams;
    private readonly HashSet<string> _down = [];

    public Uri BaseAddress { get; }

    private ClusterProxy(Process process, string directory, int port, IReadOnlyList<string> upstreams)
    {
        _process = process;
        _directory = directory;
        _port = port;
        _upstreams = upstreams;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public static string Nginx => File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";

    private string ConfPath => Path.Combine(_directory, "nginx.conf");

    public static async Task<ClusterProxy> StartAsync(int port, IEnumerable<string> upstreams)
    {
        var directory = Directory.CreateTempSubdirectory("forge-cluster-nginx-").FullName;
        var path = Path.Combine(directory, "nginx.conf");
        var list = upstreams.ToList();
        await File.WriteAllTextAsync(path, Conf(directory, port, list, new HashSet<string>()));
        var start = new ProcessStartInfo(Nginx, ["-p", directory, "-c", path, "-e", Path.Combine(directory, "error.log"), "-g", "daemon off;"])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        var proxy = new ClusterProxy(process, directory, port, list);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.GetAsync(async () =>
        {
            if (process.HasExited) throw new InvalidOperationException($"nginx exited: {await process.StandardError.ReadToEndAsync()}");
            try { return (await client.GetAsync(new Uri(proxy.BaseAddress, Forge.Host.Health.PlatformProbes.LivePath))).IsSuccessStatusCode; }
            catch (HttpRequestException) { return false; }
            catch (TaskCanceledException) { return false; }
        }, ok => ok, TimeSpan.FromSeconds(20), "nginx answering");
        return proxy;
    }

    /// <summary>
    /// Takes <paramref name="upstream"/> out of the rotation before its host is stopped (issue 12, ADR 60): marks it
    /// <c>down</c>, <c>nginx -s reload</c>, and waits until every worker that still accepts connections runs the new
    /// configuration (the old ones say "shutting down" and only finish what they hold). From then on nginx sends the host
    /// nothing new, so its stop cannot close a connection nginx is about to send a request on.
    /// </summary>
    public Task DrainAsync(string upstream) => SetDownAsync(upstream, true);

    /// <summary>Puts <paramref name="upstream"/> back in the rotation once its host is ready (what a readiness probe does
    /// for Kubernetes: nginx alone would send a restarting host requests as soon as its port accepts them).</summary>
    public Task ReadmitAsync(string upstream) => SetDownAsync(upstream, false);

    private async Task SetDownAsync(string upstream, bool down)
    {
        if (down) _down.Add(upstream);
        else _down.Remove(upstream);
        var before = Workers().Where(w => !w.ShuttingDown).Select(w => w.Pid).ToHashSet();
        await File.WriteAllTextAsync(ConfPath, Conf(_directory, _port, _upstreams, _down));
        using (var reload = Process.Start(new ProcessStartInfo(Nginx, ["-p", _directory, "-c", ConfPath, "-s", "reload"]) { RedirectStandardError = true, UseShellExecute = false })!)
        {
            await reload.WaitForExitAsync();
            if (reload.ExitCode != 0) throw new InvalidOperationException($"nginx -s reload: {await reload.StandardError.ReadToEndAsync()}");
        }
        await Eventually.GetAsync(() => Task.FromResult(Workers()), workers =>
            workers.Any(w => !before.Contains(w.Pid)) && workers.All(w => !before.Contains(w.Pid) || w.ShuttingDown),
            TimeSpan.FromSeconds(30), $"nginx workers on the configuration with {upstream} {(down ? "down" : "back")}");
    }

    /// <summary>nginx's worker processes (children of the master this object started) and whether each is shutting down
    /// (nginx retitles a worker "worker process is shutting down" once a reload has told it to quit).</summary>
    private List<(int Pid, bool ShuttingDown)> Workers()
    {
        var workers = new List<(int, bool)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture) != _process.Id) continue;
                var title = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (title.Contains("worker process", StringComparison.Ordinal)) workers.Add((pid, title.Contains("shutting down", StringComparison.Ordinal)));
            }
            catch (IOException) { } // the process ended while we looked
        }
        return workers;
    }

    private static string Conf(string directory, int port, IReadOnlyList<string> upstreams, IReadOnlySet<string> down)
    {
        var rules = Path.Combine(RepositoryRoot(), "etc", "nginx", "forge-proxy.conf");
        var servers = string.Join("\n", upstreams.Select(u => $"        server {u} max_fails=1 fail_timeout=2s{(down.Contains(u) ? " down" : "")};"));
        return $$"""
            worker_processes 1;
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/error.log info;
            events { worker_connections 1024; }
            http {
                map $http_upgrade $forge_connection { default upgrade; '' ''; }
                upstream forge_hosts {
            {{servers}}
                }
                log_format upstream '$msec $status $upstream_addr $upstream_status $request_time "$request" $pid $connection $connection_requests';
                access_log {{directory}}/access.log upstream;
                client_body_temp_path {{directory}}/body;
                proxy_temp_path {{directory}}/proxy;
                server {
                    listen 127.0.0.1:{{port}};
                    location / {
                        include {{rules}};
                        add_header X-Upstream $upstream_addr always;
                        proxy_pass http://forge_hosts;
                    }
                }
            }
            """;
    }

    public string AccessLog => File.Exists(Path.Combine(_directory, "access.log")) ? File.ReadAllText(Path.Combine(_directory, "access.log")) : "";

    /// <summary>The repository root (etc/nginx lives there), found upward from the test's output folder.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Forge.sln"))) return dir.FullName;
        throw new InvalidOperationException("Forge.sln not found above " + AppContext.BaseDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true); // with any old worker still holding a stream after a reload
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        // Kept for the next red run's diagnosis: which worker served what, on which connection, and each reload's notices.
        var artifacts = Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "artifacts", "cluster")).FullName;
        foreach (var log in new[] { "access.log", "error.log" })
            if (File.Exists(Path.Combine(_directory, log))) File.Copy(Path.Combine(_directory, log), Path.Combine(artifacts, "nginx-" + log), overwrite: true);
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
