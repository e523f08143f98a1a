using System.Security.Cryptography;
using Forge.Hosting.Data;
using Forge.Hosting.Modularity;

namespace Forge.Host.Platform;

/// <summary>
/// The PII encryption key: <c>Forge:Security:PiiKey</c> (base64, 32 bytes; required when several
/// hosts share a database) or, on a single host, generated once into the data directory.
/// </summary>
public static class PlatformKeys
{
    public static byte[] PiiKey(IConfiguration configuration)
    {
        if (configuration.ReadForgeOptions<SecurityOptions>(SecurityOptions.Section).PiiKeyBytes is { } configured) return configured;
        var directory = Path.Combine(DatabaseOptions.DataDirectory(configuration), "keys");
        var path = Path.Combine(directory, "pii.key");
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path).Trim());
        Directory.CreateDirectory(directory);
        var generated = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(generated));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return generated;
    }
}
