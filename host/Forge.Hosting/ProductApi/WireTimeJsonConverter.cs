using System.Text.Json;
using System.Text.Json.Serialization;

namespace Forge.Hosting.ProductApi;

/// <summary>
/// <see cref="WireTime"/> as a System.Text.Json converter, for DTOs that carry <see cref="DateTime"/> rather than a
/// formatted string (a camelCase product's <c>[JsonConverter(typeof(WireTimeJsonConverter))]</c> or its options'
/// converters). Reads only the wire form: a body's time in another shape is the binder's field-named 400.
/// </summary>
public sealed class WireTimeJsonConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && WireTime.TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException("Expected a UTC time like 2025-01-16T09:30:00.123Z.");

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(WireTime.ToWire(value));
}
