using System.Text.RegularExpressions;

namespace Forge.NotionForge.Application.Modify;

/// <summary>
/// The view clauses of a modify prompt (ADR 58), English and Korean: "add a board view grouped by 'Status'",
/// "add a calendar view 'Deadlines' by 'Due'", "rename the 'Board' view to 'Kanban'", "remove the 'Calendar' view",
/// "'상태' 기준 보드 뷰 추가", "'보드' 뷰 이름을 '칸반'으로 바꿔줘", "'캘린더' 뷰 삭제".
/// </summary>
internal static partial class ModifyViewParser
{
    private static readonly (string Pattern, string Type)[] TypeWords =
    [
        (@"board|kanban|보드|칸반", "board"),
        (@"calendar|캘린더|달력", "calendar"),
        (@"timeline|gantt|타임라인|간트", "timeline"),
        (@"gallery|갤러리", "gallery"),
        (@"list|리스트|목록", "list"),
        (@"table|표|테이블", "table"),
    ];

    /// <summary>Whether the clause is about a view (the word outside quotes).</summary>
    public static bool IsView(string unquoted) => ViewWord().IsMatch(unquoted);

    /// <summary>The view command, or null when the clause cannot be read; <paramref name="quoted"/> are its quoted names in order.</summary>
    public static ModifyCommand? Parse(string clause, string unquoted, IReadOnlyList<string> quoted, bool rename, bool remove, bool add)
    {
        if (rename)
        {
            if (quoted.Count >= 2) return new RenameView(quoted[0], quoted[1]);
            var m = RenameEnglish().Match(clause);
            return m.Success ? new RenameView(m.Groups["from"].Value, m.Groups["to"].Value) : null;
        }
        if (remove)
            return (quoted.FirstOrDefault() ?? WordBeforeView(unquoted)) is { } removed ? new RemoveView(removed) : null;
        if (!add) return null;

        var type = TypeWords.FirstOrDefault(w => Regex.IsMatch(unquoted, $@"(?<![\p{{L}}])(?:{w.Pattern})(?![\p{{L}}])", RegexOptions.IgnoreCase)).Type;
        if (type is null) return null;
        var property = PropertyOf(clause);
        var name = quoted.FirstOrDefault(q => !string.Equals(q, property, StringComparison.Ordinal));
        return new AddView(type, name, property);
    }

    /// <summary>"by 'Due'", "grouped by Status", "using 'When'", "'상태' 기준", "'상태'별", "'상태'로 그룹".</summary>
    private static string? PropertyOf(string clause)
    {
        var m = ByEnglish().Match(clause);
        if (!m.Success) m = ByKorean().Match(clause);
        return m.Success ? m.Groups["p"].Value.Trim().Trim('\'', '"').Trim() : null;
    }

    private static string? WordBeforeView(string unquoted)
    {
        var m = ViewWord().Match(unquoted);
        var words = Words().Matches(unquoted[..m.Index]).Select(w => w.Value).Reverse()
            .FirstOrDefault(w => w.ToLowerInvariant() is not ("the" or "a" or "remove" or "delete" or "drop"));
        return words;
    }

    [GeneratedRegex(@"\bviews?\b|(?<![\p{L}])뷰|보기(?=\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ViewWord();

    [GeneratedRegex(@"\b(?:grouped\s+by|group\s+by|by|using|on)\s+(?:the\s+)?(?<p>'[^']+'|""[^""]+""|[\p{L}\p{N}_-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ByEnglish();

    [GeneratedRegex(@"(?<p>'[^']+'|""[^""]+""|[\p{L}\p{N}_-]+?)\s*(?:기준|별로?|(?:으로|로)\s*그룹)")]
    private static partial Regex ByKorean();

    [GeneratedRegex(@"\brename\s+(?:the\s+)?(?:view\s+)?(?<from>[\p{L}\p{N}_-]+)\s+(?:view\s+)?(?:to|into|as)\s+(?<to>[\p{L}\p{N}_-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex RenameEnglish();

    [GeneratedRegex(@"[\p{L}\p{N}_-]+")]
    private static partial Regex Words();
}
