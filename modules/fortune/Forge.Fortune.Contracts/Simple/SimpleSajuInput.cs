namespace Forge.Fortune.Simple;

/// <summary><c>POST /api/saju</c> (v0, camelCase): the birth data of the simple API.</summary>
public sealed record SimpleSajuInput
{
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    public int? Hour { get; init; }
    public int? Minute { get; init; }
    public string? Gender { get; init; }
    public string? CalendarType { get; init; }
    public bool? IsLeapMonth { get; init; }
    public string? TimeCorrection { get; init; }
    public string? JasiConvention { get; init; }
    public double? Longitude { get; init; }
}
