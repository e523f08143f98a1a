using System.Diagnostics;

namespace Forge.Host.Tests.Cluster;

/// <summary>
/// Debian's nginx in front of the cluster test's hosts: round robin over their loopback ports with the shared rules of
/// <c>etc/nginx/forge-proxy.conf</c> (WebSocket upgrade, SSE unbuffered, next host on a refused connection). Each
/// answer names the host that served it in <c>X-Upstream</c>, so the test can tell survivors from the killed host.
/// </summary>
public sealed class ClusterProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    public Uri BaseAddress { get; }

    private ClusterProxy(Process process, string directory, Uri baseAddress)
    {
        _process = process;
        _directory = directory;
        BaseAddress = baseAddress;
    }

    public static string Nginx => File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";

    public static async Task<ClusterProxy> StartAsync(int port, IEnumerable<string> upstreams)
    {
        var directory = Directory.CreateTempSubdirectory("forge-cluster-nginx-").FullName;
        var rules = Path.Combine(RepositoryRoot(), "etc", "nginx", "forge-proxy.conf");
        var servers = string.Join("\n", upstreams.Select(u => $"        server {u} max_fails=1 fail_timeout=2s;"));
        var conf = $$"""
            worker_processes 1;
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/error.log warn;
            events { worker_connections 1024; }
            http {
                map $http_upgrade $forge_connection { default upgrade; '' ''; }
                upstream forge_hosts {
            {{servers}}
                }
                log_format upstream '$msec $status $upstream_addr $upstream_status $request_time "$request"';
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
        var path = Path.Combine(directory, "nginx.conf");
        await File.WriteAllTextAsync(path, conf);
        var start = new ProcessStartInfo(Nginx, ["-p", directory, "-c", path, "-e", Path.Combine(directory, "error.log"), "-g", "daemon off;"])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        var proxy = new ClusterProxy(process, directory, new Uri($"http://127.0.0.1:{port}"));
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.GetAsync(async () =>
        {
            if (process.HasExited) throw new InvalidOperationException($"nginx exited: {await process.StandardError.ReadToEndAsync()}");
            try { return (await client.GetAsync(new Uri(proxy.BaseAddress, Forge.Host.Health.PlatformHealthEndpoints.LivePath))).IsSuccessStatusCode; }
            catch (HttpRequestException) { return false; }
            catch (TaskCanceledException) { return false; }
        }, ok => ok, TimeSpan.FromSeconds(20), "nginx answering");
        return proxy;
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
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
