namespace Forge.Host.Tests.Cli;

/// <summary>A fresh database for one test class, and the CLI, as a real process, pointed at it.</summary>
public class CliDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        try
        {
            await SeedAsync();
        }
        catch
        {
            await Database.DisposeAsync(); // xUnit does not dispose a fixture whose initialization failed
            throw;
        }
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    /// <summary>State the test class starts from, made with the CLI.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    /// <summary>Environment for every run, beyond the database settings.</summary>
    protected virtual void Configure(Dictionary<string, string?> environment) { }

    public Task<CliResult> RunAsync(params string[] args)
    {
        var environment = CliProcess.Environment(Database);
        Configure(environment);
        return CliProcess.RunAsync(environment, args);
    }
}

internal static class CliAssertions
{
    public static CliResult ShouldSucceed(this CliResult result)
    {
        result.ExitCode.ShouldBe(0, result.ToString());
        result.StdErr.ShouldBeEmpty(result.ToString());
        return result;
    }

    /// <summary>Exit code 2, nothing on stdout, and a one-line "error: …" (no stack trace) containing <paramref name="message"/>.</summary>
    public static CliResult ShouldBeRejected(this CliResult result, params string[] message)
    {
        result.ExitCode.ShouldBe(2, result.ToString());
        result.StdOut.ShouldBeEmpty(result.ToString());
        result.StdErr.ShouldStartWith("error: ", customMessage: result.ToString());
        result.StdErr.ShouldNotContain("   at ", customMessage: result.ToString());
        result.StdErr.ShouldNotContain("Unhandled", customMessage: result.ToString());
        foreach (var part in message) result.StdErr.ShouldContain(part, Case.Insensitive, result.ToString());
        return result;
    }
}
