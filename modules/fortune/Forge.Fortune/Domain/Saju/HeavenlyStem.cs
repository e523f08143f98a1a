namespace Forge.Fortune.Domain.Saju;

/// <summary>The ten heavenly stems (천간), numbered from 갑 = 0 as the product's docs number them.</summary>
public enum HeavenlyStem
{
    Gap = 0, Eul = 1, Byeong = 2, Jeong = 3, Mu = 4, Gi = 5, Gyeong = 6, Sin = 7, Im = 8, Gye = 9,
}

public static class HeavenlyStemInfo
{
    private static readonly string[] HangulNames = ["갑", "을", "병", "정", "무", "기", "경", "신", "임", "계"];
    private static readonly string[] HanjaNames = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"];

    public static string Hangul(this HeavenlyStem stem) => HangulNames[(int)stem];
    public static string Hanja(this HeavenlyStem stem) => HanjaNames[(int)stem];

    /// <summary>Stems come in yang/yin pairs per element: 甲乙 wood, 丙丁 fire, 戊己 earth, 庚辛 metal, 壬癸 water.</summary>
    public static FiveElement Element(this HeavenlyStem stem) => (FiveElement)((int)stem / 2);

    /// <summary>Even-numbered stems (甲丙戊庚壬) are yang.</summary>
    public static bool IsYang(this HeavenlyStem stem) => (int)stem % 2 == 0;

    /// <summary>Stem + element in Hangul, the product's <c>day_master</c> form, e.g. 병 → "병화".</summary>
    public static string HangulWithElement(this HeavenlyStem stem) => stem.Hangul() + stem.Element().Hangul();

    public static HeavenlyStem FromIndex(int index) => (HeavenlyStem)Modulo(index, 10);

    internal static int Modulo(int value, int modulus) => ((value % modulus) + modulus) % modulus;
}
