using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Forge.Hosting.ProductApi;

/// <summary>
/// A product's key: <c>prefix + public id + separator + secret</c>, base62 from a CSPRNG, sent in
/// one of <see cref="Headers"/>. The public id finds the row; the whole key's SHA-256 is compared
/// in constant time (ADR 5).
/// </summary>
public sealed record ApiKeyShape(string Prefix, IReadOnlyList<string> Headers, int IdLength, char Separator, int SecretLength)
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>The header clients are told to use (the first one).</summary>
    public string Header => Headers[0];

    public int Length => Prefix.Length + IdLength + 1 + SecretLength;

    public bool IsSentIn(string header) => Headers.Any(h => h.Equals(header, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="key"/> starts with this shape's prefix (it may still be malformed).</summary>
    public bool Claims(string key) => key.StartsWith(Prefix, StringComparison.Ordinal);

    public (string KeyId, string Key) Generate()
    {
        var id = RandomNumberGenerator.GetString(Base62, IdLength);
        var secret = RandomNumberGenerator.GetString(Base62, SecretLength);
        return (id, $"{Prefix}{id}{Separator}{secret}");
    }

    /// <summary>The public id of a well-formed key of this shape.</summary>
    public bool TryParse(string key, [NotNullWhen(true)] out string? keyId)
    {
        keyId = null;
        if (!Claims(key) || key.Length != Length || key[Prefix.Length + IdLength] != Separator) return false;
        var body = key.AsSpan(Prefix.Length);
        for (var i = 0; i < body.Length; i++)
            if (i != IdLength && !char.IsAsciiLetterOrDigit(body[i])) return false;
        keyId = key.Substring(Prefix.Length, IdLength);
        return true;
    }

    /// <summary>What the console and the audit log show of a key: prefix, four id characters, last four.</summary>
    public string HintFor(string key) => $"{Prefix}{key.Substring(Prefix.Length, 4)}…{key[^4..]}";

    /// <summary>The audit log's short form of a key id (prefix and four id characters).</summary>
    public string MaskKeyId(string keyId) => Prefix + keyId[..Math.Min(4, keyId.Length)] + "…";
}
