using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Forge.Hosting.Idempotency;

/// <summary>
/// A fingerprint of a JSON request body that ignores what does not change its meaning — whitespace, the
/// order of properties, and a top-level member that carries the key itself (Fortune's <c>idempotency_key</c>:
/// the key may come in the header or the body) — so "the same request" is recognised however a client
/// serialises it. An empty body hashes as empty.
/// </summary>
public static class IdempotencyHash
{
    public static string Of(ReadOnlySpan<byte> body, string? keyField = null)
    {
        if (body.IsEmpty) return Convert.ToHexStringLower(SHA256.HashData(body));
        using var document = JsonDocument.Parse(body.ToArray());
        var canonical = new StringBuilder();
        Write(document.RootElement, canonical, keyField);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    /// <param name="skip">A member left out at this level (the key field at the top level only).</param>
    private static void Write(JsonElement element, StringBuilder into, string? skip = null)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                into.Append('{');
                var first = true;
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (property.Name == skip) continue;
                    if (!first) into.Append(',');
                    first = false;
                    into.Append(JsonSerializer.Serialize(property.Name)).Append(':');
                    Write(property.Value, into);
                }
                into.Append('}');
                break;
            case JsonValueKind.Array:
                into.Append('[');
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (index++ > 0) into.Append(',');
                    Write(item, into);
                }
                into.Append(']');
                break;
            case JsonValueKind.String:
                into.Append(JsonSerializer.Serialize(element.GetString()));
                break;
            default:
                into.Append(element.GetRawText());
                break;
        }
    }
}
