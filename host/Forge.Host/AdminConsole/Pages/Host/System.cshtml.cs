using Forge.Host.Platform;
using Forge.Hosting.AI;

namespace Forge.Host.AdminConsole.Pages.Host;

public sealed class SystemModel(SystemStatusReader reader, LiveHosts liveHosts, IAiCallLog aiCalls, TimeProvider clock) : ConsolePageModel
{
    /// <summary>How far back the AI call table looks.</summary>
    public static readonly TimeSpan AiCallWindow = TimeSpan.FromHours(24);

    public SystemStatus Status { get; private set; } = null!;

    /// <summary>Every host on this job storage: several when they share it (ADR 49).</summary>
    public IReadOnlyList<LiveHost> Hosts { get; private set; } = [];

    public DateTime Now { get; private set; }

    /// <summary>Every tenant's and product's model calls in the window, by alias and outcome (the AI call log).</summary>
    public IReadOnlyList<AiCallSummary> AiCalls { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Status = reader.Read();
        Hosts = liveHosts.Read();
        Now = clock.GetUtcNow().UtcDateTime;
        AiCalls = await aiCalls.SummarizeAsync(null, null, clock.GetUtcNow() - AiCallWindow, ct);
    }
}
