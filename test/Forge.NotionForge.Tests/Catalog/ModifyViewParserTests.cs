using Forge.NotionForge.Application.Modify;

namespace Forge.NotionForge.Tests.Catalog;

/// <summary>View clauses of a modify prompt, English and Korean (ADR 58).</summary>
public sealed class ModifyViewParserTests
{
    [Theory]
    [InlineData("add a board view grouped by 'Status'", "view+ board - Status")]
    [InlineData("add a calendar view 'Deadlines' by 'Due'", "view+ calendar Deadlines Due")]
    [InlineData("add a gallery view", "view+ gallery - -")]
    [InlineData("rename the 'Board' view to 'Kanban'", "view Board>Kanban")]
    [InlineData("remove the 'Calendar' view", "view- Calendar")]
    [InlineData("'상태' 기준 보드 뷰 추가해줘", "view+ board - 상태")]
    [InlineData("'보드' 뷰 이름을 '칸반'으로 바꿔줘", "view 보드>칸반")]
    [InlineData("'캘린더' 뷰 삭제해줘", "view- 캘린더")]
    [InlineData("add a 'Priority' select property and add a board view by 'Priority'", "add Priority select; view+ board - Priority")]
    public void View_changes_are_read(string prompt, string expected) =>
        string.Join("; ", ModifyPromptParser.Parse(prompt).Commands.Select(Describe)).ShouldBe(expected);

    private static string Describe(ModifyCommand c) => c switch
    {
        AddProperty a => $"add {a.Name} {a.Type ?? "-"}",
        AddView v => $"view+ {v.Type} {v.Name ?? "-"} {v.Property ?? "-"}",
        RenameView r => $"view {r.From}>{r.To}",
        RemoveView r => $"view- {r.Name}",
        _ => "?",
    };
}
