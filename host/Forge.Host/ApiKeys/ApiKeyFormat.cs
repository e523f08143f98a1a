using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Forge.Hosting.Identity;

namespace Forge.Host.ApiKeys;

/// <summary>
/// A product's key shape: <c>prefix + public id + separator + secret</c>, base62 from a CSPRNG.
/// The public id finds the row; the whole key's SHA-256 is compared in constant time.
/// </summary>
public sealed record ApiKeyFormat(string Product, string Prefix, string Header, int IdLength, char Separator, int SecretLength)
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public const string XApiKey = "X-API-Key";
    public const string MiriApiKey = "Miri-Api-Key";

    // 32 base62 characters carry 190 bits; 48 carry 285.
    public static readonly ApiKeyFormat Fortune = new(Products.Fortune, "bs_live_", XApiKey, 12, '_', 32);
    public static readonly ApiKeyFormat Analysis = new(Products.Analysis, "miri_live_sk_", MiriApiKey, 24, '.', 48);
    public static readonly ApiKeyFormat NotionForge = new(Products.NotionForge, "nf_live_", XApiKey, 12, '_', 32);

    public static readonly IReadOnlyList<ApiKeyFormat> All = [Fortune, Analysis, NotionForge];

    public int Length => Prefix.Length + IdLength + 1 + SecretLength;

    public static ApiKeyFormat ForProduct(string product) =>
        All.FirstOrDefault(f => f.Product == product)
        ?? throw new ArgumentException($"Unknown product '{product}'.", nameof(product));

    public (string KeyId, string Key) Generate()
    {
        var id = RandomNumberGenerator.GetString(Base62, IdLength);
        var secret = RandomNumberGenerator.GetString(Base62, SecretLength);
        return (id, $"{Prefix}{id}{Separator}{secret}");
    }

    /// <summary>Finds the format of <paramref name="key"/> as sent in <paramref name="header"/> and its public id.</summary>
    public static bool TryParse(string header, string key, [NotNullWhen(true)] out ApiKeyFormat? format, [NotNullWhen(true)] out string? keyId)
    {
        format = All.FirstOrDefault(f => f.Header.Equals(header, StringComparison.OrdinalIgnoreCase) && key.StartsWith(f.Prefix, StringComparison.Ordinal));
        keyId = null;
        if (format is null || key.Length != format.Length || key[format.Prefix.Length + format.IdLength] != format.Separator) return false;
        var body = key.AsSpan(format.Prefix.Length);
        for (var i = 0; i < body.Length; i++)
            if (i != format.IdLength && !char.IsAsciiLetterOrDigit(body[i])) return false;
        keyId = key.Substring(format.Prefix.Length, format.IdLength);
        return true;
    }

    public static byte[] Hash(string key) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key));

    public string HintFor(string key) => $"{Prefix}{key.Substring(Prefix.Length, 4)}…{key[^4..]}";
}
