using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Domain.Readings;

/// <summary>
/// What each ten god of the period's stem and branch adds to each category (overall, wealth, love,
/// health, career) — the textbook readings in numbers: 재성 brings money, 관성 brings duty and pressure on
/// the body, 식상 brings expression and charm (상관 against authority), 비겁 competes for money, 인성
/// supports and heals. The 정 member is the steadier one, the 편 member the stronger but rougher one.
/// Love and health stay within ±4 so that a clash or combination with the day branch (±8 to ±12) decides
/// those two categories, as the tradition reads them.
/// </summary>
public static class TenGodEffects
{
    private static readonly CategoryScores[] Table =
    [
        new(1, -5, -1, 3, 2),    // 비견: peers at your side, money shared
        new(-2, -8, -2, 2, 0),   // 겁재: rivals, money going out
        new(4, 3, 4, 3, 0),      // 식신: ease, appetite, expression that earns
        new(0, 1, 4, -1, -5),    // 상관: charm and wit that chafe against superiors
        new(3, 9, 2, -2, 2),     // 편재: big but irregular money, busy body
        new(4, 7, 3, 0, 3),      // 정재: steady income
        new(-3, -1, -1, -4, 5),  // 편관: pressure and challenge, strain on health
        new(3, 1, 2, 0, 8),      // 정관: recognition, promotion, order
        new(0, -3, -3, 2, 2),    // 편인: odd ideas, withdrawal
        new(4, -1, 0, 4, 4),     // 정인: help from above, study, recovery
    ];

    public static CategoryScores Of(TenGod god) => Table[(int)god];

    public static ReadingTheme Theme(TenGod god) => (ReadingTheme)((int)god / 2);
}
