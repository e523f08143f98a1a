using System.Security.Cryptography;
using Forge.Hosting.Data;

namespace Forge.Host.Platform;

/// <summary>
/// The PII encryption key: <c>Forge:Security:PiiKey</c> (base64, 32 bytes; required when several
/// hosts share a database) or, on a single host, generated once into the data directory.
/// </summary>
public static class PlatformKeys
{
    public static byte[] PiiKey(IConfiguration configuration)
    {
        if (configuration["Forge:Security:PiiKey"] is { Length: > 0 } configured)
        {
            var key = Convert.FromBase64String(configured);
            return key.Length == 32 ? key : throw new InvalidOperationException("Forge:Security:PiiKey must be 32 bytes, base64-encoded.");
        }
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
