using Forge.Hosting.ProductApi;
using Forge.NotionForge.Application.Modify;

namespace Forge.NotionForge.Tests.Catalog;

/// <summary>Modify prompts read deterministically in Korean and English (ADR 52).</summary>
public class ModifyPromptParserTests
{
    public static TheoryData<string, string> Prompts => new()
    {
        { "DB에 '우선순위' select 속성 추가해줘", "add 우선순위 select" },
        { "'우선순위' 선택 속성 추가, 옵션은 높음, 보통, 낮음으로 추가", "add 우선순위 select [높음|보통|낮음]" },
        { "마감일 날짜 속성 추가해줘", "add 마감일 date" },
        { "add a Priority select property", "add Priority select" },
        { "add a column called Budget of type number", "add Budget number" },
        { "add a \"Due Date\" date property", "add Due Date date" },
        { "add a 'Tags' multi-select property with options a, b or c", "add Tags multi_select [a|b|c]" },
        { "add a Notes property", "add Notes -" },
        { "rename Status to Stage", "rename Status>Stage" },
        { "rename the 'Due' property to 'Deadline'", "rename Due>Deadline" },
        { "'상태'를 '단계'로 바꿔줘", "rename 상태>단계" },
        { "상태 이름을 단계로 변경해줘", "rename 상태>단계" },
        { "상태를 단계로 바꿔줘", "rename 상태>단계" },
        { "remove the Notes property", "remove Notes" },
        { "delete Notes", "remove Notes" },
        { "'메모' 속성 삭제해줘", "remove 메모" },
        { "메모를 삭제해줘", "remove 메모" },
        { "add 3 rows", "rows 3" },
        { "add a row", "rows 1" },
        { "3개 행 추가해줘", "rows 3" },
        { "항목 5개 추가", "rows 5" },
        { "add a 'Priority' select property and rename Status to Stage", "add Priority select; rename Status>Stage" },
        { "'우선순위' 속성 추가해줘 그리고 '메모' 속성 삭제해줘", "add 우선순위 -; remove 메모" },
        { "'리뷰' 텍스트 속성 추가", "add 리뷰 rich_text" },
    };

    [Theory]
    [MemberData(nameof(Prompts))]
    public void A_prompt_reads_as_its_changes(string prompt, string expected) =>
        string.Join("; ", ModifyPromptParser.Parse(prompt).Commands.Select(Describe)).ShouldBe(expected);

    [Theory]
    [InlineData("add 2 rows to the Tasks database", "Tasks")]
    [InlineData("in the 'Reading list' database add a 'Rating' number property", "Reading list")]
    [InlineData("'업무' DB에 '우선순위' select 속성 추가해줘", "업무")]
    [InlineData("DB에 '우선순위' select 속성 추가해줘", null)]
    public void A_named_database_is_read(string prompt, string? database) =>
        ModifyPromptParser.Parse(prompt).Database.ShouldBe(database);

    [Theory]
    [InlineData("make it prettier")]
    [InlineData("add a view")]
    [InlineData("뷰 추가해줘")]
    [InlineData("add 51 rows")]
    [InlineData("rename it")]
    public void What_it_cannot_read_is_INVALID_INPUT_on_the_prompt(string prompt)
    {
        var error = Should.Throw<ProductApiException>(() => ModifyPromptParser.Parse(prompt));
        error.Code.ShouldBe("INVALID_INPUT");
        error.Field.ShouldBe("prompt");
    }

    private static string Describe(ModifyCommand c) => c switch
    {
        AddProperty a => $"add {a.Name} {a.Type ?? "-"}" + (a.Options.Count > 0 ? $" [{string.Join('|', a.Options)}]" : ""),
        RenameProperty r => $"rename {r.From}>{r.To}",
        RemoveProperty r => $"remove {r.Name}",
        AddRows r => $"rows {r.Count}",
        AddView v => $"view+ {v.Type} {v.Name ?? "-"} {v.Property ?? "-"}",
        RenameView r => $"view {r.From}>{r.To}",
        RemoveView r => $"view- {r.Name}",
        _ => "?",
    };
}
