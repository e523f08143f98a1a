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

    // A role noun names its field: 콘텐츠 마케터 = 콘텐츠 마케팅, UX 디자이너 = UX 디자인 (ADR 57).
    private static readonly (string Role, string Field)[] RoleNouns =
    [
        ("마케터", "마케팅"), ("디자이너", "디자인"), ("리크루터", "리크루팅"), ("엔지니어", "엔지니어링"), ("컨설턴트", "컨설팅"),
        // A therapist names the therapy (물리치료사 = 물리치료, 작업치료사 = 작업치료; ADR 71).
        ("치료사", "치료"),
    ];

    /// <summary>How much of <paramref name="word"/> the stem <paramref name="form"/> covers: 마케터로 read as 마케팅 covers 마케터.</summary>
    public static int WrittenLength(string word, string form)
    {
        if (word.StartsWith(form, StringComparison.Ordinal)) return form.Length;
        foreach (var (role, field) in RoleNouns)
        {
            if (!form.EndsWith(field, StringComparison.Ordinal)) continue;
            var written = form[..^field.Length] + role;
            if (word.StartsWith(written, StringComparison.Ordinal)) return written.Length;
        }
        return word.Length;
    }

    /// <summary>
    /// The word without each ending it carries, longest ending first, never an empty stem; then, for the word
    /// and each stem that ends in a role noun, the same with its field.
    /// </summary>
    public static IEnumerable<string> Stems(string word)
    {
        foreach (var (role, field) in RoleNouns)
            if (word.EndsWith(role, StringComparison.Ordinal)) yield return word[..^role.Length] + field;
        foreach (var ending in Endings)
        {
            if (word.Length <= ending.Length || !word.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = word[..^ending.Length];
            yield return stem;
            foreach (var (role, field) in RoleNouns)
                if (stem.EndsWith(role, StringComparison.Ordinal)) yield return stem[..^role.Length] + field;
        }
    }
}
