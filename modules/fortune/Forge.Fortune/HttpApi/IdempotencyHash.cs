using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Forge.Fortune.HttpApi;

/// <summary>
/// A fingerprint of a JSON request body that ignores what does not change its meaning — whitespace, the
/// order of properties, and the top-level <c>idempotency_key</c> (the key may come in the header or the
/// body) — so "the same request" is recognised however a client serialises it.
/// </summary>
internal static class IdempotencyHash
{
    public static string Of(ReadOnlySpan<byte> body)
    {
        using var document = JsonDocument.Parse(body.ToArray());
        var canonical = new StringBuilder();
        Write(document.RootElement, canonical, topLevel: true);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    private static void Write(JsonElement element, StringBuilder into, bool topLevel = false)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                into.Append('{');
                var first = true;
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (topLevel && property.Name == "idempotency_key") continue;
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
