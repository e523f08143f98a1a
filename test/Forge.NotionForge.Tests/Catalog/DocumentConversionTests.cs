using System.Text;
using System.Text.Json;
using Forge.Hosting.ProductApi;
using Forge.NotionForge.Application.Documents;
using Forge.NotionForge.Blueprints;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Tests.Catalog;

/// <summary>Uploads into blueprints (ADR 52): Markdown through Markdig, CSV through CsvHelper with inferred types, text as paragraphs.</summary>
public class DocumentConversionTests
{
    private static BlueprintDto Convert(string name, string text) => DocumentToNotion.Blueprint(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Markdown_becomes_headings_formatted_paragraphs_nested_lists_quotes_code_and_dividers()
    {
        var blueprint = Convert("notes.md", """
            # Release notes

            Intro with **bold**, *italic*, `code`, ~~gone~~ and a [link](https://example.com/a).

            ## Steps
            - one
              - one.a
                - one.a.i
            - two
            1. first
            2. second

            > quoted **text**

            ```cs
            var x = 1;
            ```

            ---
            #### Deep heading
            """);

        blueprint.Title.ShouldBe("Release notes");
        blueprint.Blocks.Select(b => b.Type).ShouldBe(["paragraph", "heading_2", "bulleted_list", "bulleted_list", "numbered_list", "numbered_list", "quote", "code", "divider", "heading_3"]);
        var intro = blueprint.Blocks[0];
        intro.Text.ShouldBe("Intro with bold, italic, code, gone and a link.");
        intro.RichText!.Single(r => r.Bold == true).Text.ShouldBe("bold");
        intro.RichText!.Single(r => r.Italic == true).Text.ShouldBe("italic");
        intro.RichText!.Single(r => r.Code == true).Text.ShouldBe("code");
        intro.RichText!.Single(r => r.Strikethrough == true).Text.ShouldBe("gone");
        intro.RichText!.Single(r => r.Link is not null).ShouldBe(new RichTextDto { Text = "link", Link = "https://example.com/a" });
        var one = blueprint.Blocks[2];
        one.Text.ShouldBe("one");
        one.Children!.Single().Text.ShouldBe("one.a");
        one.Children![0].Children!.Single().Text.ShouldBe("one.a.i");
        blueprint.Blocks[6].RichText!.Single(r => r.Bold == true).Text.ShouldBe("text");
        blueprint.Blocks[7].ShouldBe(new BlockDto { Type = "code", Text = "var x = 1;", Language = "c#" });
        BlueprintValidator.Validate(blueprint).ShouldBeEmpty();
    }

    [Fact]
    public void A_Markdown_table_becomes_an_inline_database_named_by_its_heading()
    {
        var blueprint = Convert("budget.md", """
            Some text.

            ## Expenses
            | Item | Amount | Paid |
            |------|-------:|------|
            | Rent | 1,200 | yes |
            | Food | 300.5 | no |
            """);

        blueprint.Title.ShouldBe("budget");
        blueprint.Blocks.Select(b => b.Type).ShouldBe(["paragraph", "heading_2", "database_ref"]);
        var db = blueprint.Databases.Single();
        db.Title.ShouldBe("Expenses");
        db.Properties.Select(p => $"{p.Name}:{p.Type}").ShouldBe(["Item:title", "Amount:number", "Paid:checkbox"]);
        db.SampleRows[0].Values["Amount"].GetDouble().ShouldBe(1200);
        db.SampleRows[1].Values["Paid"].GetBoolean().ShouldBeFalse();
        BlueprintValidator.Validate(blueprint).ShouldBeEmpty();
    }

    [Fact]
    public void A_CSV_becomes_a_database_with_inferred_column_types_and_every_row()
    {
        var csv = new StringBuilder("Name,Score,Joined,Active,Site,Email,Team,Comment\n");
        for (var i = 0; i < 8; i++)
            csv.Append($"Person {i},{i * 1.5},2026-01-0{i + 1},{(i % 2 == 0 ? "true" : "false")},https://example.com/{i},p{i}@example.com,{(i < 4 ? "Red" : "Blue")},\"note, {i}\"\n");
        var blueprint = Convert("people.csv", csv.ToString());

        blueprint.TemplateType.ShouldBe("database");
        blueprint.Blocks.Single().Type.ShouldBe("database_ref");
        var db = blueprint.Databases.Single();
        db.Properties.Select(p => $"{p.Name}:{p.Type}").ShouldBe(
            ["Name:title", "Score:number", "Joined:date", "Active:checkbox", "Site:url", "Email:email", "Team:select", "Comment:rich_text"]);
        db.Properties.Single(p => p.Name == "Team").Options!.Select(o => o.Name).ShouldBe(["Red", "Blue"]);
        db.SampleRows.Count.ShouldBe(8);
        db.SampleRows[3].Values["Comment"].GetString().ShouldBe("note, 3");
        db.SampleRows[2].Values["Joined"].GetString().ShouldBe("2026-01-03");
        BlueprintValidator.Validate(blueprint).ShouldBeEmpty();
    }

    [Fact]
    public void CSV_headers_are_made_unique_and_a_semicolon_file_is_read_too()
    {
        var db = Convert("x.csv", "name;;Name;note\nA;1;b;\n;2;c;d\n").Databases.Single();
        db.Properties.Select(p => p.Name).ShouldBe(["name", "Column 2", "Name 2", "note"]);
        db.SampleRows[1].Values["name"].GetString().ShouldBe("Row 2");
        db.SampleRows[0].Values.ContainsKey("note").ShouldBeFalse();
    }

    [Fact]
    public void Text_becomes_paragraphs_and_a_long_paragraph_continues_in_blocks_of_at_most_2000_characters()
    {
        var words = string.Join(' ', Enumerable.Repeat("lorem", 900));
        var blueprint = Convert("essay.txt", $"First paragraph\nsecond line\n\n{words}\n");

        blueprint.Blocks[0].Text.ShouldBe("First paragraph\nsecond line");
        var rest = blueprint.Blocks.Skip(1).ToList();
        rest.Count.ShouldBe(3);
        rest.ShouldAllBe(b => b.Type == "paragraph" && b.Text!.Length <= 2000);
        string.Concat(rest.Select(b => b.Text)).ShouldBe(words);
        BlueprintValidator.Validate(blueprint).ShouldBeEmpty();
    }

    public static TheoryData<string, byte[], string> BadUploads => new()
    {
        { "tool.md", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0], "Windows executable" },
        { "data.md", [(byte)'a', (byte)'b', 0, (byte)'c'], "binary data" },
        { "latin1.txt", Encoding.Latin1.GetBytes("café crème"), "not UTF-8" },
        { "utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("hello")).ToArray(), "UTF-16" },
        { "empty.csv", [], "empty" },
        { "blank.md", "  \n\t\n"u8.ToArray(), "no content" },
        { "report.pdf", "hello"u8.ToArray(), ".pdf" },
        { "noextension", "hello"u8.ToArray(), "no extension" },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public void What_is_not_a_text_document_is_INVALID_INPUT_on_file(string name, byte[] content, string message)
    {
        var error = Should.Throw<ProductApiException>(() => DocumentToNotion.Blueprint(name, content));
        error.Code.ShouldBe("INVALID_INPUT");
        error.Field.ShouldBe("file");
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void A_CSV_beyond_Notions_block_limit_is_VALIDATION_ERROR_on_file_with_the_findings()
    {
        var csv = "Name\n" + string.Join('\n', Enumerable.Range(0, 1200).Select(i => $"row {i}"));
        var error = Should.Throw<ProductApiException>(() => Convert("big.csv", csv));
        error.Code.ShouldBe("VALIDATION_ERROR");
        error.Field.ShouldBe("file");
        JsonSerializer.Serialize(error.Metadata["details"]).ShouldContain("blocks");
    }
}
