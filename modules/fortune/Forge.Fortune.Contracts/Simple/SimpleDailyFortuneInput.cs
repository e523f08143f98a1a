using System.Text.Json.Serialization;

namespace Forge.Fortune.Simple;

/// <summary>
/// <c>POST /api/daily-fortune[-stream]</c> (v0, camelCase): a saju object the caller already has (e.g. from
/// <c>/api/saju</c> or SajuCalculator.js), the name to address, and the day. Validated by the application.
/// </summary>
public sealed record SimpleDailyFortuneInput
{
    public SimpleSajuObject? Saju { get; init; }
    public string? UserName { get; init; }
    public string? Model { get; init; }
    public string? Date { get; init; }

    /// <summary><c>full</c> (default: character, tendency and fortune) or <c>fortune_only</c>.</summary>
    public string? Type { get; init; }
}

/// <summary>
/// Lenient where the rest of the API is strict: clients pass <c>/api/saju</c>'s whole result here, whose
/// pillars carry more than we read (kr, cn, element, index…), so unknown fields inside <c>saju</c> are skipped.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record SimpleSajuObject
{
    public SimpleSajuPillarsInput? Pillars { get; init; }
    public SimpleDayMasterInput? DayMaster { get; init; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record SimpleSajuPillarsInput
{
    public SimplePillarInput? Year { get; init; }
    public SimplePillarInput? Month { get; init; }
    public SimplePillarInput? Day { get; init; }
    public SimplePillarInput? Hour { get; init; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record SimplePillarInput
{
    public SimpleCharacterInput? Stem { get; init; }
    public SimpleCharacterInput? Branch { get; init; }
}

/// <summary>A stem or branch: <c>hangul</c> (갑, or 갑목 with its element) and/or <c>hanja</c> (甲).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record SimpleCharacterInput
{
    public string? Hangul { get; init; }
    public string? Hanja { get; init; }
}

/// <summary>Optional; when sent it must agree with the day pillar's stem.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record SimpleDayMasterInput
{
    public string? Element { get; init; }
    public string? Name { get; init; }
}
