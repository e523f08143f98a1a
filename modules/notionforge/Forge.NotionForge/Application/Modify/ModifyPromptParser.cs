using System.Text;
using System.Text.RegularExpressions;

namespace Forge.NotionForge.Application.Modify;

/// <summary>
/// Reads the changes a modify prompt asks for, deterministically, in Korean and English (ADR 52): add, rename or
/// remove a property, add N rows, optionally naming the database ("in the 'Tasks' database", "'업무' DB에").
/// Names are best quoted ('우선순위', "Due Date"); a single unquoted word is accepted. Clauses are split at line
/// breaks, ';', '.', "and"/"그리고" before a verb. Views are added, renamed or removed too (<see cref="ModifyViewParser"/>).
/// Anything it cannot read is <c>INVALID_INPUT</c> on <c>prompt</c> saying what it understands.
/// </summary>
public static partial class ModifyPromptParser
{
    public const string Field = "prompt";
    public const int MaxRows = 50;

    private const string Hint = "Try e.g. \"add a 'Priority' select property with options High, Medium, Low\", \"rename 'Status' to 'Stage'\", "
        + "\"remove the 'Notes' property\", \"add 3 rows\", \"add a board view grouped by 'Status'\", \"rename the 'Board' view to 'Kanban'\", \"'우선순위' select 속성 추가해줘\", \"'상태'를 '단계'로 바꿔줘\".";

    public static ModifyIntent Parse(string prompt)
    {
        var text = Quotes(prompt.Normalize(NormalizationForm.FormC).Trim());
        var korean = text.Any(c => c is >= '\uAC00' and <= '\uD7A3');
        string? database = null;
        var commands = new List<ModifyCommand>();
        foreach (var raw in Clauses().Split(text).Select(c => c.Trim()).Where(c => c.Length > 0))
        {
            var clause = raw;
            if (DatabaseHint().Match(clause) is { Success: true } db)
            {
                if (Name(db.Groups["db"].Value) is var named && !Filler.Contains(named.ToLowerInvariant())) database ??= named;
                clause = clause.Remove(db.Index, db.Length).Insert(db.Index, " ");
            }

            if (string.IsNullOrWhiteSpace(clause)) continue;
            commands.Add(Command(clause) ?? throw NotionForgeErrors.InvalidInput(Field, $"Could not read a change from \"{raw}\". {Hint}"));
        }

        if (commands.Count == 0) throw NotionForgeErrors.InvalidInput(Field, $"The prompt asks for no change. {Hint}");
        return new ModifyIntent(commands, database, korean);
    }

    private static ModifyCommand? Command(string clause)
    {
        var quoted = Quoted().Matches(clause).Select(m => m.Groups["q"].Value.Trim()).Where(q => q.Length > 0).ToList();
        var unquoted = Quoted().Replace(clause, " ");
        if (ModifyViewParser.IsView(unquoted))
            return ModifyViewParser.Parse(clause, unquoted, quoted, Rename().IsMatch(clause), Remove().IsMatch(clause), Add().IsMatch(clause));
        if (Rename().IsMatch(clause)) return RenameOf(clause, quoted);
        if (Remove().IsMatch(clause)) return (quoted.FirstOrDefault() ?? UnquotedName(clause)) is { } name ? new RemoveProperty(name) : null;
        if (!Add().IsMatch(clause)) return null;
        if (RowsOf(clause) is { } rows) return rows;
        var property = quoted.FirstOrDefault() ?? UnquotedName(clause);
        if (property is null) return null;
        var rest = Quoted().Replace(clause, " ");
        var options = OptionsOf(rest);
        var type = PropertyTypeWords.Find(OptionList().Replace(rest, " ").Replace(property, " ", StringComparison.OrdinalIgnoreCase));
        return new AddProperty(property, type, options);
    }

    private static RenameProperty? RenameOf(string clause, List<string> quoted)
    {
        if (quoted.Count >= 2) return new RenameProperty(quoted[0], quoted[1]);
        var m = RenameEnglish().Match(clause);
        if (!m.Success) m = RenameKorean().Match(clause);
        return m.Success ? new RenameProperty(Name(m.Groups["from"].Value), Name(m.Groups["to"].Value)) : null;
    }

    private static AddRows? RowsOf(string clause)
    {
        var m = RowsEnglish().Match(clause);
        if (!m.Success) m = RowsKorean().Match(clause);
        if (!m.Success) return null;
        var n = m.Groups["n"].Success ? (int.TryParse(m.Groups["n"].Value, out var count) ? count : int.MaxValue) : 1;
        if (n is < 1 or > MaxRows) throw NotionForgeErrors.InvalidInput(Field, $"Between 1 and {MaxRows} rows can be added at once.");
        return new AddRows(n);
    }

    /// <summary>Options after "with options"/"옵션", or in parentheses: split at commas, slashes and "or"/"and".</summary>
    private static IReadOnlyList<string> OptionsOf(string clause)
    {
        var m = OptionList().Match(clause);
        if (!m.Success) return [];
        return OptionSplit().Split(m.Groups["list"].Value).Select(o => o.Trim(' ', '\'', '"', '.')).Where(o => o.Length > 0)
            .Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A single unquoted word: "called X"; the word before "property"/"속성" (type words skipped: "Priority select
    /// property"); the word after "add a"/"remove the"; a Korean object (메모를 → 메모).
    /// </summary>
    private static string? UnquotedName(string clause)
    {
        if (NamedEnglish().Match(clause) is { Success: true } named) return Usable(named.Groups["name"].Value);
        if (PropertyWord().Match(clause) is { Success: true } word)
        {
            var before = Words().Matches(clause[..word.Index]).Select(m => m.Value).Reverse().SkipWhile(PropertyTypeWords.IsTypeWord).FirstOrDefault();
            if (Usable(before) is { } name) return name;
        }

        foreach (var pattern in new[] { AfterVerbEnglish(), KoreanObject() })
            if (pattern.Match(clause) is { Success: true } m && Usable(m.Groups["name"].Value) is { } name)
                return name;
        return null;
    }

    private static string? Usable(string? word) =>
        word is { Length: > 0 } && !PropertyTypeWords.IsTypeWord(word) && !Filler.Contains(word.ToLowerInvariant()) ? word : null;

    private static readonly string[] Filler =
        ["a", "an", "the", "new", "property", "column", "field", "속성", "컬럼", "필드", "이름", "db", "it", "this", "that", "my", "add", "remove", "delete", "drop"];

    private static string Name(string value) => value.Trim().Trim('\'', '"').Trim();

    private static string Quotes(string text) => text
        .Replace('‘', '\'').Replace('’', '\'').Replace('“', '"').Replace('”', '"')
        .Replace('「', '\'').Replace('」', '\'').Replace('『', '\'').Replace('』', '\'');

    [GeneratedRegex(@"\r?\n|;|(?<=[^\d\s'""])\.\s+|\s+(?:and|then|and then)\s+(?=(?:add|rename|remove|delete|drop|change|create)\b)|\s*그리고\s*|,\s*(?=(?:add|rename|remove|delete|drop)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Clauses();

    [GeneratedRegex(@"(?:\b(?:in|to|on|from|of)\s+(?:the\s+)?(?<db>'[^']+'|""[^""]+""|[\p{L}\p{N}_-]+)\s+(?:database|db|table)\b)|(?:(?<db>'[^']+'|""[^""]+""|[\p{L}\p{N}_-]+)\s*(?:DB|데이터베이스|디비)\s*(?:에서|에|의))", RegexOptions.IgnoreCase)]
    private static partial Regex DatabaseHint();

    [GeneratedRegex(@"'(?<q>[^']+)'|""(?<q>[^""]+)""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\brename\b|\bchange\b.*\b(?:to|into)\b|이름.*(?:바꿔|바꾸|변경|수정)|(?:으로|로)\s*(?:바꿔|바꾸|변경|수정)", RegexOptions.IgnoreCase)]
    private static partial Regex Rename();

    [GeneratedRegex(@"\b(?:remove|delete|drop)\b|삭제|제거|지워|지우|없애|빼", RegexOptions.IgnoreCase)]
    private static partial Regex Remove();

    [GeneratedRegex(@"\b(?:add|create|insert)\b|추가|만들어|넣어|생성", RegexOptions.IgnoreCase)]
    private static partial Regex Add();

    [GeneratedRegex(@"\b(?:add|create|insert)\s+(?:(?<n>\d+)|an?|one)\s+(?:new\s+|more\s+|sample\s+|empty\s+)?(?:rows?|items?|entries|entry|records?|pages?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RowsEnglish();

    [GeneratedRegex(@"(?:(?<n>\d+)\s*개?\s*(?:의\s*)?(?:새\s*)?(?:행|항목|레코드|줄|row)|(?:새\s*)?(?:행|항목|레코드|줄)\s*(?:을|를)?\s*(?<n>\d+)\s*개|(?:새\s*)?(?:행|항목|레코드)\s*(?:하나|한\s*개)?\s*(?:를|을)?\s*추가)", RegexOptions.IgnoreCase)]
    private static partial Regex RowsKorean();

    [GeneratedRegex(@"(?:(?:with\s+)?(?:the\s+)?options?\s*[:：]?\s*|옵션\s*(?:은|는|:|：)?\s*|\()(?<list>[^()]+?)(?:\)|\s*(?:으로|로)?\s*(?:추가|만들|넣어)|$)", RegexOptions.IgnoreCase)]
    private static partial Regex OptionList();

    [GeneratedRegex(@"\s*(?:,|/|、|\bor\b|\band\b|또는|및)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex OptionSplit();

    [GeneratedRegex(@"\b(?:rename|change)\s+(?:the\s+)?(?:(?:property|column|field)\s+)?(?<from>[\p{L}\p{N}_-]+)\s+(?:(?:property|column|field)\s+)?(?:to|into|as)\s+(?<to>[\p{L}\p{N}_-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex RenameEnglish();

    [GeneratedRegex(@"(?<from>[\p{L}\p{N}_-]+?)\s*(?:속성|컬럼|필드)?\s*(?:의\s*)?(?:이름)?\s*(?:을|를)\s+(?:이름\s*)?(?<to>[\p{L}\p{N}_-]+?)\s*(?:으로|로)\s")]
    private static partial Regex RenameKorean();

    [GeneratedRegex(@"\b(?:called|named)\s+(?<name>[\p{L}\p{N}_-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex NamedEnglish();

    [GeneratedRegex(@"(?<![\p{L}])(?:property|column|field|속성|컬럼|필드)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex PropertyWord();

    [GeneratedRegex(@"[\p{L}\p{N}_-]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:add|remove|delete|drop)\s+(?:(?:a|an|the|new)\s+)*(?<name>[\p{L}\p{N}_-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex AfterVerbEnglish();

    [GeneratedRegex(@"(?<name>[\p{L}\p{N}_-]+?)(?:을|를)\s")]
    private static partial Regex KoreanObject();

}
