using System.Security.Cryptography;

namespace Forge.Fortune.Application.Webhooks;

/// <summary><c>whsec_</c> + 32 base-62 characters from a CSPRNG (≈190 bits): the HMAC key, shown once.</summary>
internal static class WebhookSecrets
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static string New() => "whsec_" + RandomNumberGenerator.GetString(Alphabet, 32);
}
