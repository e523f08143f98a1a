using System.Security.Cryptography;
using System.Text;

namespace Forge.NotionForge.Application.OAuth;

/// <summary>The OAuth flow's random values (state, exchange code): 32 random bytes, stored only as SHA-256.</summary>
internal static class OAuthSecrets
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
