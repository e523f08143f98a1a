using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Domain.Readings;

/// <summary>A label in Korean with its English form, e.g. 청색 / green.</summary>
public sealed record LuckyLabel(string Korean, string English);

/// <summary>
/// The standard five-element correspondences (오행 배속): the 河圖 numbers, the colour and the direction
/// of each element — 木 3·8 청색 동, 火 2·7 적색 남, 土 5·10 황색 중앙, 金 4·9 백색 서, 水 1·6 흑색 북.
/// </summary>
public sealed record ElementCorrespondence(FiveElement Element, int[] Numbers, LuckyLabel Color, LuckyLabel Direction)
{
    private static readonly ElementCorrespondence[] Table =
    [
        new(FiveElement.Wood, [3, 8], new("청색", "green"), new("동", "east")),
        new(FiveElement.Fire, [2, 7], new("적색", "red"), new("남", "south")),
        new(FiveElement.Earth, [5, 10], new("황색", "yellow"), new("중앙", "center")),
        new(FiveElement.Metal, [4, 9], new("백색", "white"), new("서", "west")),
        new(FiveElement.Water, [1, 6], new("흑색", "black"), new("북", "north")),
    ];

    public static ElementCorrespondence Of(FiveElement element) => Table[(int)element];

    /// <summary>
    /// Lotto-range numbers (1–45) that "carry" the element: those ending in one of its two digits
    /// (10 counts as ending in 0). The two digits of every element differ by 5, so this is n ≡ d (mod 5)
    /// — nine candidates per element.
    /// </summary>
    public IReadOnlyList<int> LuckyNumberCandidates() =>
        Enumerable.Range(1, 45).Where(n => n % 5 == Numbers[0] % 5).ToArray();
}
