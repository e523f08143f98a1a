namespace Forge.Fortune.Domain.Saju;

/// <summary>The twelve earthly branches (지지), numbered from 자 = 0.</summary>
public enum EarthlyBranch
{
    Ja = 0, Chuk = 1, In = 2, Myo = 3, Jin = 4, Sa = 5, O = 6, Mi = 7, Sin = 8, Yu = 9, Sul = 10, Hae = 11,
}

public static class EarthlyBranchInfo
{
    private static readonly string[] HangulNames = ["자", "축", "인", "묘", "진", "사", "오", "미", "신", "유", "술", "해"];
    private static readonly string[] HanjaNames = ["子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"];
    private static readonly string[] Animals = ["쥐", "소", "호랑이", "토끼", "용", "뱀", "말", "양", "원숭이", "닭", "개", "돼지"];

    // The element each branch counts as on the surface of a chart.
    private static readonly FiveElement[] Elements =
    [
        FiveElement.Water, FiveElement.Earth, FiveElement.Wood, FiveElement.Wood, FiveElement.Earth, FiveElement.Fire,
        FiveElement.Fire, FiveElement.Earth, FiveElement.Metal, FiveElement.Metal, FiveElement.Earth, FiveElement.Water,
    ];

    public static string Hangul(this EarthlyBranch branch) => HangulNames[(int)branch];
    public static string Hanja(this EarthlyBranch branch) => HanjaNames[(int)branch];
    public static string Animal(this EarthlyBranch branch) => Animals[(int)branch];
    public static FiveElement Element(this EarthlyBranch branch) => Elements[(int)branch];

    /// <summary>Even-numbered branches (子寅辰午申戌) are yang by position.</summary>
    public static bool IsYang(this EarthlyBranch branch) => (int)branch % 2 == 0;

    public static EarthlyBranch FromIndex(int index) => (EarthlyBranch)HeavenlyStemInfo.Modulo(index, 12);
}
