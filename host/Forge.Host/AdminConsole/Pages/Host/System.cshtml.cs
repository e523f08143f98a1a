using Forge.Host.Platform;

namespace Forge.Host.AdminConsole.Pages.Host;

public sealed class SystemModel(SystemStatusReader reader) : ConsolePageModel
{
    public SystemStatus Status { get; private set; } = null!;

    public void OnGet() => Status = reader.Read();
}
