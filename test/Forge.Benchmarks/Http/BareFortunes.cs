using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Forge.Benchmarks.Http;

/// <summary>One whole <c>fortune_fortunes</c> row as the bare app reads it for the cached answer.</summary>
internal sealed record BareFortuneRow(
    string Id, int CacheHits, string CategoriesJson, string Engine, DateOnly FortuneDate, string FortuneType,
    DateTime GeneratedAt, string LuckyItemsJson, string Model, string ProfileId, int Score, string Summary)
{
    // The stored JSON is already the wire's snake_case shape (Forge's FortuneContent writes it with its DTOs' names).
    private static readonly JsonSerializerOptions Stored = new(JsonSerializerDefaults.General);

    /// <summary>Reads the columns in <see cref="BareDatabase"/>'s order.</summary>
    public static BareFortuneRow Read(DbDataReader r) => new(
        r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateOnly>(4), r.GetString(5),
        r.GetDateTime(6), r.GetString(7), r.GetString(8), r.GetString(9), r.GetInt32(10), r.GetString(11));

    /// <summary>The cached answer of <c>POST /v1/fortunes</c>: categories and lucky items parsed, as Forge does.</summary>
    public BareFortune Full(string builtinDisclaimer) => new(
        Id, ProfileId, FortuneType, Date(FortuneDate), Model, Engine, Score, Summary,
        JsonSerializer.Deserialize<JsonElement>(CategoriesJson, Stored), JsonSerializer.Deserialize<JsonElement>(LuckyItemsJson, Stored),
        Engine == "builtin" ? builtinDisclaimer : null, Cached: true, Generated(GeneratedAt));

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Generated(DateTime at) =>
        DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

/// <summary>One list row: the columns of <see cref="BareDatabase"/>'s page query, as Forge's list projects them (ADR 45).</summary>
internal sealed record BareListRow(
    string Id, string ProfileId, string FortuneType, DateOnly FortuneDate, string Model, string Engine, int Score, string Summary,
    int CacheHits, DateTime GeneratedAt)
{
    public static BareListRow Read(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateOnly>(3), r.GetString(4), r.GetString(5),
        r.GetInt32(6), r.GetString(7), r.GetInt32(8), r.GetDateTime(9));

    public BareListItem Item() => new(Id, ProfileId, FortuneType, BareFortuneRow.Date(FortuneDate), Model, Engine, Score, Summary,
        CacheHits > 0, BareFortuneRow.Generated(GeneratedAt));
}

internal sealed record BareListItem(
    string Id, string ProfileId, string FortuneType, string FortuneDate, string Model, string Engine, int Score, string Summary,
    bool Cached, string GeneratedAt);

internal sealed record BareList(
    IReadOnlyList<BareListItem> Data, bool HasMore,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NextCursor, int TotalCount);

internal sealed record BareFortune(
    string Id, string ProfileId, string FortuneType, string FortuneDate, string Model, string Engine, int Score, string Summary,
    JsonElement Categories, JsonElement LuckyItems,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Disclaimer, bool Cached, string GeneratedAt);

/// <summary>The body of <c>POST /v1/fortunes</c> the benchmark sends (model left to its default).</summary>
internal sealed record BareFortuneRequest(string? ProfileId, string? FortuneType, string? FortuneDate, string? Model);
