using System.Diagnostics;

namespace Forge.Hosting.Diagnostics;

/// <summary>
/// Named crash points for tests that must kill a real host process at one exact step, with no sleep or race
/// (ADR 61). With <c>FORGE_FAILPOINT=&lt;name&gt;</c> in its environment, a Debug build kills itself with SIGKILL (no
/// shutdown hooks, no draining: a crash) when it reaches <see cref="Hit"/> with that name. Release builds — what
/// ships — compile every call out (<see cref="ConditionalAttribute"/>), so a production host has no failpoint at all.
/// In the kernel, not the host, so modules can mark their own commits (e.g. <c>AnalysisFailpoints</c>, ADR 61 addendum).
/// </summary>
public static class Failpoint
{
    public const string Variable = "FORGE_FAILPOINT";

    /// <summary>A webhook delivery and its staged job are committed; the sender has not returned (ADR 61).</summary>
    public const string WebhookDeliverySaved = "webhook.delivery-saved";

    private static readonly string? Armed = Environment.GetEnvironmentVariable(Variable);

    /// <summary>The outbox dispatcher has read a staged job of <paramref name="jobName"/> and not yet recorded or queued it.</summary>
    public static string OutboxBeforeRecord(string jobName) => "job-outbox.before-record:" + jobName;

    /// <summary>A claimed job of <paramref name="jobName"/> is about to run its handler (hold it with <see cref="BlockAsync"/>).</summary>
    public static string JobRunning(string jobName) => "job.running:" + jobName;

    /// <summary>
    /// With <c>FORGE_FAILPOINT=block:&lt;name&gt;</c>, a Debug build never returns from here and ignores cancellation:
    /// a job that outlasts any stop, so a test can stop the host while it runs (ADR 60 addendum). Release: a no-op.
    /// </summary>
    public static Task BlockAsync(string name)
    {
#if DEBUG
        if (string.Equals(Armed, "block:" + name, StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"failpoint block:{name}: blocking in process {Environment.ProcessId}");
            return Task.Delay(Timeout.Infinite, CancellationToken.None);
        }
#endif
        return Task.CompletedTask;
    }

    [Conditional("DEBUG")]
    public static void Hit(string name)
    {
        if (Armed is null || !string.Equals(Armed, name, StringComparison.Ordinal)) return;
        Console.Error.WriteLine($"failpoint {name}: killing process {Environment.ProcessId}");
        Process.GetCurrentProcess().Kill();
    }
}
