using System.Text.Json.Serialization;

namespace Forge.Fortune.Profiles;

/// <summary>The Profile object, masked (ADR 7 #3): <c>name "김**"</c>, <c>birth_year "19**"</c>, month/day/hour <c>"**"</c>.</summary>
public sealed record ProfileDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("external_id")] string? ExternalId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("birth_year")] string BirthYear,
    [property: JsonPropertyName("birth_month")] string BirthMonth,
    [property: JsonPropertyName("birth_day")] string BirthDay,
    [property: JsonPropertyName("birth_hour"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? BirthHour,
    [property: JsonPropertyName("gender")] string Gender,
    [property: JsonPropertyName("day_master")] string DayMaster,
    [property: JsonPropertyName("day_master_element")] string DayMasterElement,
    [property: JsonPropertyName("weakest_element")] string WeakestElement,
    [property: JsonPropertyName("created_at")] string CreatedAt,
    [property: JsonPropertyName("updated_at")] string UpdatedAt);

/// <summary><c>GET /v1/profiles/{id}/unmasked</c>: the plaintext name and birth data (permission <c>fortune:unmasked</c>).</summary>
public sealed record UnmaskedProfileDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("external_id")] string? ExternalId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("birth_year")] int BirthYear,
    [property: JsonPropertyName("birth_month")] int BirthMonth,
    [property: JsonPropertyName("birth_day")] int BirthDay,
    [property: JsonPropertyName("birth_hour")] int? BirthHour,
    [property: JsonPropertyName("birth_minute")] int? BirthMinute,
    [property: JsonPropertyName("gender")] string Gender,
    [property: JsonPropertyName("calendar_type")] string CalendarType,
    [property: JsonPropertyName("is_leap_month")] bool IsLeapMonth,
    [property: JsonPropertyName("time_correction")] string TimeCorrection,
    [property: JsonPropertyName("jasi_convention")] string JasiConvention,
    [property: JsonPropertyName("longitude")] double? Longitude,
    [property: JsonPropertyName("day_master")] string DayMaster,
    [property: JsonPropertyName("day_master_element")] string DayMasterElement,
    [property: JsonPropertyName("weakest_element")] string WeakestElement,
    [property: JsonPropertyName("created_at")] string CreatedAt,
    [property: JsonPropertyName("updated_at")] string UpdatedAt);

/// <summary>The list envelope (P-list): <c>next_cursor</c> only when <c>has_more</c>.</summary>
public sealed record ListEnvelope<T>(
    [property: JsonPropertyName("data")] IReadOnlyList<T> Data,
    [property: JsonPropertyName("has_more")] bool HasMore,
    [property: JsonPropertyName("next_cursor"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NextCursor,
    [property: JsonPropertyName("total_count")] int TotalCount);

/// <summary><c>DELETE /v1/profiles/{id}</c> (P-delete).</summary>
public sealed record ProfileDeletedDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("deleted")] bool Deleted,
    [property: JsonPropertyName("deleted_at")] string DeletedAt,
    [property: JsonPropertyName("related_data_deleted")] RelatedDataDeletedDto RelatedDataDeleted);

public sealed record RelatedDataDeletedDto(
    [property: JsonPropertyName("fortunes")] int Fortunes,
    [property: JsonPropertyName("cached_calculations")] int CachedCalculations);
