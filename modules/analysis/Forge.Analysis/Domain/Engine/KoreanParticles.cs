namespace Forge.Analysis.Domain.Engine;

/// <summary>
/// Korean attaches particles and light verb endings to the word: 도커를, 파이썬으로, 협업하여. A Hangul word
/// is looked up as written and then with each known ending removed (and the role suffix 자: 기획자 → 기획); a stripped form only counts when the
/// dictionary knows it, so stripping never invents a word (자바스크립트 stays itself, never 자바 + 스크립트).
/// </summary>
internal static class KoreanParticles
{
    // Longest first, so 으로 is tried before 로 and 에서 before 에.
    private static readonly string[] Endings =
    [
        "했습니다", "하였습니다", "합니다", "하였고", "하였으며", "했으며", "했고", "했던", "하였던", "하면서", "하여", "하고", "하며",
        "해서", "하는", "능력", "경험", "팀", "파트", "자로서", "자로", "자를", "자가", "자는", "자의", "자", "으로써", "으로서", "에서는", "에서의", "에서도", "으로는", "으로도", "이라는", "에서", "으로",
        "로는", "로서", "로써", "로도", "라는", "이나", "이랑", "까지", "부터", "보다", "처럼", "만큼", "에게", "와의", "과의", "와는",
        "과는", "에는", "을", "를", "이", "가", "은", "는", "의", "에", "도", "만", "와", "과", "로", "나", "랑", "한", "할", "함", "된",
    ];

    /// <summary>The word without each ending it carries, longest ending first; never an empty stem.</summary>
    public static IEnumerable<string> Stems(string word)
    {
        foreach (var ending in Endings)
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal))
                yield return word[..^ending.Length];
        }
    }
}
