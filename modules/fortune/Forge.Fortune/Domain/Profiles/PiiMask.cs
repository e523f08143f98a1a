using System.Globalization;

namespace Forge.Fortune.Domain.Profiles;

/// <summary>ADR 7 #3: the first character of a name kept, every other one <c>*</c>; a year keeps its century.</summary>
public static class PiiMask
{
    public const string Hidden = "**";

    public static string Name(string name)
    {
        var characters = new StringInfo(name);
        if (characters.LengthInTextElements == 0) return "";
        return characters.SubstringByTextElements(0, 1) + new string('*', characters.LengthInTextElements - 1);
    }

    public static string Year(int year)
    {
        var digits = year.ToString(CultureInfo.InvariantCulture);
        return digits[..2] + new string('*', digits.Length - 2);
    }
}
