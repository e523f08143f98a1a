using Forge.Host.Platform;
using Forge.Hosting.AI;

namespace Forge.Host.AdminConsole.Pages.Host;

public sealed class SystemModel(SystemStatusReader reader, IAiCallLog aiCalls, TimeProvider clock) : ConsolePageModel
{
    /// <summary>How far back the AI call table looks.</summary>
    public static readonly TimeSpan AiCallWindow = TimeSpan.FromHours(24);

    public SystemStatus Status { get; private set; } = null!;

    /// <summary>Every tenant's and product's model calls in the window, by alias and outcome (the AI call log).</summary>
    public IReadOnlyList<AiCallSummary> AiCalls { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Status = reader.Read();
        AiCalls = await aiCalls.SummarizeAsync(null, null, clock.GetUtcNow() - AiCallWindow, ct);
    }
}
