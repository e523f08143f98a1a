namespace Forge.Fortune.Domain.Saju;

/// <summary>
/// The five elements (오행) in generating order: each generates the next (木→火→土→金→水→木) and controls
/// the one two steps ahead (木→土→水→火→金→木). Ten gods are read off these two cycles.
/// </summary>
public enum FiveElement
{
    Wood = 0,
    Fire = 1,
    Earth = 2,
    Metal = 3,
    Water = 4,
}

public static class FiveElementNames
{
    private static readonly string[] HangulNames = ["목", "화", "토", "금", "수"];
    private static readonly string[] HanjaNames = ["木", "火", "土", "金", "水"];
    private static readonly string[] EnglishNames = ["wood", "fire", "earth", "metal", "water"];

    public static string Hangul(this FiveElement element) => HangulNames[(int)element];
    public static string Hanja(this FiveElement element) => HanjaNames[(int)element];

    /// <summary>Lower-case English, as the product's profile examples use (<c>day_master_element: "fire"</c>).</summary>
    public static string English(this FiveElement element) => EnglishNames[(int)element];
}
