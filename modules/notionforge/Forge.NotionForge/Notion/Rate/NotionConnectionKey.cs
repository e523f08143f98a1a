using System.Security.Cryptography;
using System.Text;

namespace Forge.NotionForge.Notion.Rate;

/// <summary>Names a Notion connection by a hash of its credential, so no token reaches Redis, logs or metrics.</summary>
public static class NotionConnectionKey
{
    public static string Of(string credential) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(credential)).AsSpan(0, 16));
}
