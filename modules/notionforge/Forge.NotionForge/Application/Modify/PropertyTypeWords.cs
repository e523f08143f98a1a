using System.Text.RegularExpressions;

namespace Forge.NotionForge.Application.Modify;

/// <summary>The words a prompt uses for a property type, in English and Korean (longest first, so "multi select" beats "select").</summary>
internal static partial class PropertyTypeWords
{
    private static readonly (string Pattern, string Type)[] Words =
    [
        (@"multi[\s_-]?select|tags?|다중\s*선택|멀티\s*셀렉트|태그", "multi_select"),
        (@"rich[\s_]text|text|텍스트|글자|문자열", "rich_text"),
        (@"phone(?:[\s_]number)?|전화(?:\s*번호)?", "phone_number"),
        (@"select|dropdown|선택|셀렉트|드롭다운", "select"),
        (@"status|상태\s*유형", "status"),
        (@"number|numeric|숫자|수치", "number"),
        (@"date|날짜|일자", "date"),
        (@"checkbox|check\s*box|체크\s*박스|체크", "checkbox"),
        (@"url|link|링크", "url"),
        (@"e-?mail|이메일", "email"),
        (@"people|person|사람|담당자\s*유형", "people"),
        (@"files?|파일", "files"),
    ];

    private static readonly Regex[] Compiled = Words.Select(w => new Regex(
        $@"(?<![\p{{L}}\p{{N}}_])(?:{w.Pattern})(?![A-Za-z0-9_])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToArray();

    /// <summary>The first type named in <paramref name="text"/>, or null.</summary>
    public static string? Find(string text)
    {
        (int At, string Type)? best = null;
        for (var i = 0; i < Words.Length; i++)
            if (Compiled[i].Match(text) is { Success: true } m && (best is null || m.Index < best.Value.At)) best = (m.Index, Words[i].Type);
        return best?.Type;
    }

    public static bool IsTypeWord(string word) => Find(word) is not null && Compiled.Any(r => r.Match(word) is { Success: true } m && m.Length == word.Length);
}
