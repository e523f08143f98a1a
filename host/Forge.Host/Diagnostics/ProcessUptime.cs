using System.Diagnostics;
using Forge.Hosting.Diagnostics;

namespace Forge.Host.Diagnostics;

public sealed class ProcessUptime(TimeProvider clock) : IProcessUptime
{
    private static readonly DateTimeOffset Started = new(Process.GetCurrentProcess().StartTime.ToUniversalTime(), TimeSpan.Zero);

    public DateTimeOffset StartedAt => Started;

    public TimeSpan Elapsed
    {
        get
        {
            var elapsed = clock.GetUtcNow() - Started;
            return elapsed < TimeSpan.Zero ? TimeSpan.Zero : elapsed;
        }
    }
}
