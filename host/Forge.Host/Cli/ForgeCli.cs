using System.CommandLine;
using Forge.Host.Platform;
using Forge.Hosting.Modularity;

namespace Forge.Host.Cli;

/// <summary>
/// The operator's command line, in the same executable: <c>Forge.Host &lt;verb&gt; … [--json]</c>.
/// Bad arguments and rejected input exit with code 2 and a message on stderr; nothing is written.
/// Anything else that fails exits with code 1 and the details on stderr.
/// </summary>
public static class ForgeCli
{
    public const int BadInput = 2;
    public const int Failed = 1;

    // --json is the CLI's own root option: "Forge.Host --json tenant list" used to start the web host.
    private static readonly HashSet<string> Verbs = ["migrate", "tenant", "key", "client", "credits", "feature", "admin", "--json", "--help", "-h", "-?"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= System.Console.Out;
        stderr ??= System.Console.Error;
        var json = new Option<bool>("--json") { Description = "Machine-readable output.", Recursive = true };
        var root = new RootCommand("Forge host: run without a verb to serve HTTP, or manage the platform with a verb.");
        root.Options.Add(json);
        var verbs = new CliVerbs(json, stdout);
        foreach (var command in verbs.All()) root.Subcommands.Add(command);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("Run with --help for usage.");
            return BadInput;
        }
        try
        {
            // Without this, System.CommandLine's default handler catches every exception, prints a
            // stack trace and returns 1, so rejected input never reached the BadInput mapping below.
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is PlatformValidationException or PlatformNotFoundException or PlatformConflictException or ModuleLoadException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"error: unexpected failure: {e}");
            return Failed;
        }
    }
}
