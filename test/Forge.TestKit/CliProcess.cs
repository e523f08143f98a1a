using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Forge.TestKit;

/// <summary>What one run of the CLI returned and printed.</summary>
public sealed record CliResult(IReadOnlyList<string> Arguments, int ExitCode, string StdOut, string StdErr)
{
    public IReadOnlyList<string> Lines => StdOut.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string LastLine => Lines.Count > 0 ? Lines[^1] : throw new InvalidOperationException($"No output.\n{this}");

    /// <summary>stdout as one JSON document.</summary>
    public JsonElement Json()
    {
        try { return JsonDocument.Parse(StdOut).RootElement.Clone(); }
        catch (JsonException e) { throw new InvalidOperationException($"stdout is not one JSON document ({e.Message}).\n{this}", e); }
    }

    public override string ToString() =>
        $"Forge.Host {string.Join(' ', Arguments)} exited {ExitCode}\n--- stdout ---\n{StdOut}--- stderr ---\n{StdErr}";
}

/// <summary>Runs the host's CLI as a real process, <c>dotnet Forge.Host.dll &lt;args&gt;</c>, configured by environment variables.</summary>
public static class CliProcess
{
    private static readonly Lazy<string> Dll = new(FindHostDll);

    public static string HostDll => Dll.Value;

    /// <summary>A database's settings as environment variables ("Database:Provider" becomes "Database__Provider").</summary>
    public static Dictionary<string, string?> Environment(TestDatabase database) =>
        database.Settings().ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);

    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string?> environment, IReadOnlyList<string> args, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet")
        {
            // The install folder, as in production: its appsettings.json applies.
            WorkingDirectory = Path.GetDirectoryName(HostDll)!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Only the given configuration: nothing inherited from the test runner's environment.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Forge__", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("Database__", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        foreach (var (key, value) in environment) start.Environment[key] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"Timed out after {timeout ?? TimeSpan.FromSeconds(60)}.\n{new CliResult(args, -1, await stdout, await stderr)}");
        }
        return new CliResult(args, process.ExitCode, await stdout, await stderr);
    }

    /// <summary>
    /// host/Forge.Host/bin/&lt;configuration&gt;/net10.0/Forge.Host.dll under the folder holding Forge.sln,
    /// else the copy next to the tests.
    /// </summary>
    private static string FindHostDll()
    {
        var tests = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var configuration = tests.Parent is { Parent.Name: "bin" } config ? config.Name : "Debug";
        for (var directory = tests; directory is not null; directory = directory.Parent)
        {
            if (!File.Exists(Path.Combine(directory.FullName, "Forge.sln"))) continue;
            var dll = Path.Combine(directory.FullName, "host", "Forge.Host", "bin", configuration, tests.Name, "Forge.Host.dll");
            if (File.Exists(dll)) return dll;
            break;
        }
        var local = Path.Combine(tests.FullName, "Forge.Host.dll");
        return File.Exists(local) && File.Exists(Path.Combine(tests.FullName, "Forge.Host.runtimeconfig.json"))
            ? local
            : throw new FileNotFoundException($"Forge.Host.dll not found from {tests.FullName}; build host/Forge.Host first.");
    }
}
