using Forge.Fortune.Domain.Readings;

namespace Forge.Fortune.Domain.Fortunes;

/// <summary>
/// Which stored fortune a date belongs to. A daily fortune is its own day; a monthly one is keyed by the
/// 1st of its month and a yearly one by 1 January — the same periods as <see cref="ReadingPeriod.Key"/>
/// (<c>D:2025-01-16</c>, <c>M:2025-01</c>, <c>Y:2025</c>), written as a date so it can be filtered and
/// ordered like one. Asking for a monthly fortune on the 5th and on the 20th finds the same row.
/// </summary>
public static class FortunePeriod
{
    public static DateOnly Start(FortuneType type, DateOnly date) => type switch
    {
        FortuneType.Daily => date,
        FortuneType.Monthly => new DateOnly(date.Year, date.Month, 1),
        _ => new DateOnly(date.Year, 1, 1),
    };
}
