using System.Security.Cryptography;

namespace Forge.Host.ApiKeys;

/// <summary>
/// What every product's key shares: the stored SHA-256 of the whole key. Shapes (prefix, header,
/// lengths) are the products' own (<see cref="Forge.Hosting.ProductApi.ApiKeyShape"/>, ADR 17).
/// </summary>
public static class ApiKeyFormat
{
    public static byte[] Hash(string key) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key));
}
