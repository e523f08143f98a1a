using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Domain.Readings;

/// <summary>
/// What each ten god of the period's stem and branch adds to each category (overall, wealth, love,
/// health, career) — the textbook readings in numbers: 재성 brings money, 관성 brings duty and pressure on
/// the body, 식상 brings expression and charm (상관 against authority), 비겁 competes for money, 인성
/// supports and heals. The 정 member is the steadier one, the 편 member the stronger but rougher one.
/// Love and health stay within ±6 so that a clash or combination with the day branch (−16/+14 on love)
/// outweighs the ten gods there, as the tradition reads the day branch.
/// </summary>
public static class TenGodEffects
{
    private static readonly CategoryScores[] Table =
    [
        new(2, -8, -2, 4, 3),    // 비견: peers at your side, money shared
        new(-3, -12, -3, 3, 0),  // 겁재: rivals, money going out
        new(6, 5, 6, 4, 0),      // 식신: ease, appetite, expression that earns
        new(0, 2, 6, -2, -8),    // 상관: charm and wit that chafe against superiors
        new(4, 13, 3, -3, 3),    // 편재: big but irregular money, busy body
        new(6, 10, 4, 0, 4),     // 정재: steady income
        new(-4, -2, -2, -6, 7),  // 편관: pressure and challenge, strain on health
        new(4, 2, 3, 0, 12),     // 정관: recognition, promotion, order
        new(0, -4, -4, 3, 3),    // 편인: odd ideas, withdrawal
        new(6, -2, 0, 6, 6),     // 정인: help from above, study, recovery
    ];

    public static CategoryScores Of(TenGod god) => Table[(int)god];

    public static ReadingTheme Theme(TenGod god) => (ReadingTheme)((int)god / 2);
}
