namespace Forge.Host.Platform;

/// <summary>
/// The JSON configuration files are read once at start unless an operator asks for them to be watched (ADR 76).
/// ASP.NET Core watches them by default with a recursive file-system watcher on the content root, which cost ≈ 0.2 s
/// of the ≈ 1.4 s to the first answer; Forge's settings are bound and validated at start (ADR 33), and a container's
/// files do not change under a running host. <c>hostBuilder:reloadConfigOnChange=true</c> — as the environment
/// variable <c>DOTNET_hostBuilder__reloadConfigOnChange</c> (or <c>ASPNETCORE_…</c>) or on the command line — turns
/// the watch back on, and with it the live reload of <c>Fortune:Status</c> (read through <c>IOptionsMonitor</c>).
/// </summary>
internal static class ConfigReload
{
    public const string Key = "hostBuilder:reloadConfigOnChange";

    public static string[] OffUnlessAsked(string[] args)
    {
        var environmentKey = Key.Replace(":", "__", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("DOTNET_" + environmentKey) is not null
            || Environment.GetEnvironmentVariable("ASPNETCORE_" + environmentKey) is not null
            || args.Any(a => a.Contains(Key, StringComparison.OrdinalIgnoreCase)))
            return args;
        return [$"--{Key}=false", .. args];
    }
}
