using System.Security.Cryptography;
using System.Text;

namespace Forge.Hosting.Webhooks;

/// <summary>HMAC-SHA256 over the raw body, lowercase hex, as receivers verify it.</summary>
public static class WebhookSignature
{
    public static string Compute(string secret, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static bool Verify(string secret, ReadOnlySpan<byte> body, string signature)
    {
        var expected = Encoding.ASCII.GetBytes(Compute(secret, body));
        var given = Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
