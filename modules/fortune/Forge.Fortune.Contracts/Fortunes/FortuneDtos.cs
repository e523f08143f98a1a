using System.Text.Json.Serialization;
using Forge.Fortune.Profiles;

namespace Forge.Fortune.Fortunes;

/// <summary>
/// The Fortune object (F-create, F-unmasked; ADR 11). <c>lucky_items</c> only when asked for,
/// <c>disclaimer</c> only from the built-in engine, <c>profile</c> only from <c>/unmasked</c>.
/// </summary>
public sealed record FortuneDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("profile_id")] string ProfileId,
    [property: JsonPropertyName("fortune_type")] string FortuneType,
    [property: JsonPropertyName("fortune_date")] string FortuneDate,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("engine")] string Engine,
    [property: JsonPropertyName("score")] int Score,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("categories")] FortuneCategoriesDto Categories,
    [property: JsonPropertyName("lucky_items"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LuckyItemsDto? LuckyItems,
    [property: JsonPropertyName("disclaimer"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Disclaimer,
    [property: JsonPropertyName("cached")] bool Cached,
    [property: JsonPropertyName("generated_at")] string GeneratedAt,
    [property: JsonPropertyName("profile"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] UnmaskedProfileDto? Profile = null);

/// <summary>An item of <c>GET /v1/fortunes</c>: the Fortune without categories, lucky items or disclaimer (F-list).</summary>
public sealed record FortuneListItemDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("profile_id")] string ProfileId,
    [property: JsonPropertyName("fortune_type")] string FortuneType,
    [property: JsonPropertyName("fortune_date")] string FortuneDate,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("engine")] string Engine,
    [property: JsonPropertyName("score")] int Score,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("cached")] bool Cached,
    [property: JsonPropertyName("generated_at")] string GeneratedAt);

/// <summary>One category: an int score 0–100 and a Korean description.</summary>
public sealed record FortuneCategoryDto(
    [property: JsonPropertyName("score")] int Score,
    [property: JsonPropertyName("description")] string Description);

public sealed record FortuneCategoriesDto(
    [property: JsonPropertyName("overall")] FortuneCategoryDto Overall,
    [property: JsonPropertyName("wealth")] FortuneCategoryDto Wealth,
    [property: JsonPropertyName("love")] FortuneCategoryDto Love,
    [property: JsonPropertyName("health")] FortuneCategoryDto Health,
    [property: JsonPropertyName("career")] FortuneCategoryDto Career);

/// <summary>Lucky items (ADR 11): numbers 1–45 ascending, colour and direction in Korean (<c>청색</c>, <c>동</c>).</summary>
public sealed record LuckyItemsDto(
    [property: JsonPropertyName("numbers")] IReadOnlyList<int> Numbers,
    [property: JsonPropertyName("color")] string Color,
    [property: JsonPropertyName("direction")] string Direction);

/// <summary><c>DELETE /v1/fortunes/{id}</c>.</summary>
public sealed record FortuneDeletedDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("deleted")] bool Deleted,
    [property: JsonPropertyName("deleted_at")] string DeletedAt);
