using System.Text.Json;
using System.Text.Json.Serialization;

namespace Forge.Fortune.Tests.Saju;

/// <summary>
/// The vectors etc/scripts/saju-vectors/generate.mjs wrote from the manseryeok npm package, loaded once.
/// </summary>
public sealed record ManseryeokCase(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("input")] string Input,
    [property: JsonPropertyName("gender")] string? Gender,
    [property: JsonPropertyName("longitude")] double? Longitude,
    [property: JsonPropertyName("is_leap_month")] bool? IsLeapMonth,
    [property: JsonPropertyName("solar_date")] string? SolarDate,
    [property: JsonPropertyName("expected")] Dictionary<string, string> Expected,
    [property: JsonPropertyName("ten_gods")] string? TenGods,
    [property: JsonPropertyName("daeun")] ManseryeokDaeun? Daeun)
{
    public DateTime InputDateTime => DateTime.ParseExact(Input, "yyyy-MM-dd'T'HH:mm", null);
}

public sealed record ManseryeokDaeun(
    [property: JsonPropertyName("forward")] bool Forward,
    [property: JsonPropertyName("start_age")] int StartAge,
    [property: JsonPropertyName("first")] string First);

public static class ManseryeokVectors
{
    private static readonly Lazy<IReadOnlyList<ManseryeokCase>> LazyCases = new(() =>
        Read("manseryeok-vectors.json").GetProperty("cases").Deserialize<List<ManseryeokCase>>()!);

    private static readonly Lazy<IReadOnlyDictionary<int, DateTime[]>> LazyJeol = new(() =>
        Read("manseryeok-jeol.json").GetProperty("jeol").EnumerateObject().ToDictionary(
            p => int.Parse(p.Name),
            p => p.Value.EnumerateArray()
                .Select(v => DateTime.ParseExact(v.GetString()!, "yyyy-MM-dd'T'HH:mm'Z'", null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal))
                .ToArray()));

    public static IReadOnlyList<ManseryeokCase> Cases => LazyCases.Value;

    /// <summary>The library's 12 節 instants per year (UTC, whole minutes), 소한 first.</summary>
    public static IReadOnlyDictionary<int, DateTime[]> JeolInstants => LazyJeol.Value;

    private static JsonElement Read(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Saju", "Data", file))).RootElement;
}
