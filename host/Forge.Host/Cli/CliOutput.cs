using System.Text.Json;

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
}
