using System.Text.Json;
using System.Text.Json.Serialization;

namespace Forge.Host.Cli;

/// <summary>
/// Writes a verb's result as text or, with <c>--json</c>, as one JSON document. In text mode a
/// secret is printed on the last stdout line so scripts can take it with <c>tail -n1</c>.
/// </summary>
public sealed class CliOutput(bool json, TextWriter stdout)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new UtcDateTimeConverter() },
    };

    public void Result(object value, string text, string? secret = null)
    {
        if (json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(value, Options));
            return;
        }
        stdout.WriteLine(text);
        if (secret is not null) stdout.WriteLine(secret);
    }

    public void Table<T>(IReadOnlyList<T> rows, Func<T, string> line, string empty)
    {
        if (json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(rows, Options));
            return;
        }
        if (rows.Count == 0) stdout.WriteLine(empty);
        foreach (var row in rows) stdout.WriteLine(line(row));
    }

    /// <summary>
    /// The platform stores UTC, but SQLite hands it back with an unspecified kind, which used to be
    /// written without a zone ("2026-01-01T10:00:00" from <c>tenant list</c>, "...Z" from
    /// <c>tenant create</c>, and always "...Z" on PostgreSQL). Every timestamp is written as UTC.
    /// </summary>
    private sealed class UtcDateTimeConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTime();

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime());
    }
}
