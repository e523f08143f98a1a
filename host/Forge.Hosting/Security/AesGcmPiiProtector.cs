using System.Security.Cryptography;
using System.Text;

namespace Forge.Hosting.Security;

/// <summary>
/// AES-256-GCM with a random 96-bit nonce per value. Stored form:
/// <c>v1.</c> + base64(nonce ‖ tag ‖ ciphertext). The version prefix leaves room for key rotation.
/// </summary>
public sealed class AesGcmPiiProtector : IPiiProtector
{
    private const string Version = "v1.";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public AesGcmPiiProtector(byte[] key)
    {
        if (key.Length != 32) throw new ArgumentException("An AES-256 key is 32 bytes.", nameof(key));
        _key = key.ToArray();
    }

    public string Protect(string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return Version + Convert.ToBase64String(output);
    }

    public string Unprotect(string protectedValue)
    {
        if (!protectedValue.StartsWith(Version, StringComparison.Ordinal))
            throw new CryptographicException("Unknown protected-value format.");
        byte[] input;
        try { input = Convert.FromBase64String(protectedValue[Version.Length..]); }
        catch (FormatException e) { throw new CryptographicException("Protected value is not valid base64.", e); }
        if (input.Length < NonceSize + TagSize) throw new CryptographicException("Protected value is truncated.");
        var plain = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }
}
