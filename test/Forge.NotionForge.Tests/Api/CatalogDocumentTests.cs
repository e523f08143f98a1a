using System.Net.Http.Headers;
using System.Text;

namespace Forge.NotionForge.Tests.Api;

/// <summary>
/// <c>POST /api/templates/document-to-notion</c>'s refusals through the real host (seed §2, ADR 52): each names
/// <c>file</c> (or the form field at fault) in the envelope, and nothing reaches Notion.
/// </summary>
public sealed class CatalogDocumentTests(NotionForgeHostFixture fixture) : IClassFixture<NotionForgeHostFixture>
{
    private const long TenMegabytes = 10L * 1024 * 1024;

    internal static MultipartFormDataContent Form(string? fileName, byte[]? content, string? token, string? parent)
    {
        var form = new MultipartFormDataContent();
        if (fileName is not null)
        {
            var file = new ByteArrayContent(content ?? []);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", fileName);
        }
        if (token is not null) form.Add(new StringContent(token), "notion_token");
        if (parent is not null) form.Add(new StringContent(parent), "parent_page_id");
        return form;
    }

    private async Task<System.Text.Json.JsonElement> RefusedAsync(MultipartFormDataContent form, int status, string code, string token)
    {
        var (_, client, _) = await fixture.TenantAsync();
        using (form)
        using (var response = await client.PostAsync("/api/templates/document-to-notion", form))
        {
            var error = await response.ErrorAsync(status, code);
            fixture.Notion.Log.Entries.ShouldNotContain(e => e.Token == token);
            return error;
        }
    }

    public static TheoryData<string, byte[], string> NotText => new()
    {
        { "setup.md", [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00], "Windows executable" },
        { "notes.md", Encoding.Latin1.GetBytes("# Café\n\nCrème brûlée"), "not UTF-8" },
        { "table.csv", [0x41, 0x2C, 0x42, 0x0A, 0x00, 0x01, 0x02], "binary data" },
        { "empty.txt", [], "empty" },
        { "deck.pptx", "hello"u8.ToArray(), ".pptx" },
    };

    [Theory]
    [MemberData(nameof(NotText))]
    public async Task An_upload_that_is_not_a_text_document_is_INVALID_INPUT_on_file(string name, byte[] content, string message)
    {
        var token = fixture.Notion.AddToken();
        var error = await RefusedAsync(Form(name, content, token, fixture.Notion.AddPage("Docs")), 400, "INVALID_INPUT", token);
        error.GetProperty("field").GetString().ShouldBe("file");
        error.GetProperty("message").GetString()!.ShouldContain(message);
    }

    [Fact]
    public async Task Ten_megabytes_and_one_byte_is_FILE_TOO_LARGE_and_ten_megabytes_is_read()
    {
        var token = fixture.Notion.AddToken();
        var parent = fixture.Notion.AddPage("Docs");
        var tooLarge = new byte[TenMegabytes + 1];
        Array.Fill(tooLarge, (byte)'a');
        var error = await RefusedAsync(Form("big.txt", tooLarge, token, parent), 413, "FILE_TOO_LARGE", token);
        error.GetProperty("field").GetString().ShouldBe("file");

        // Exactly 10 MB passes the size check and is refused for what it is (one 10 MB word cannot fit 1,000 blocks).
        var limit = tooLarge.AsSpan(0, (int)TenMegabytes).ToArray();
        var fits = await RefusedAsync(Form("big.txt", limit, token, parent), 422, "VALIDATION_ERROR", token);
        fits.GetProperty("field").GetString().ShouldBe("file");
    }

    [Fact]
    public async Task A_body_beyond_the_products_limit_is_FILE_TOO_LARGE_too()
    {
        var token = fixture.Notion.AddToken();
        var error = await RefusedAsync(Form("huge.txt", new byte[12 * 1024 * 1024], token, fixture.Notion.AddPage("Docs")), 413, "FILE_TOO_LARGE", token);
        error.GetProperty("field").GetString().ShouldBe("file");
    }

    [Fact]
    public async Task A_parent_that_is_not_a_Notion_id_or_a_missing_token_is_INVALID_INPUT_naming_it()
    {
        var token = fixture.Notion.AddToken();
        var markdown = "# Hello\n\nWorld"u8.ToArray();
        (await RefusedAsync(Form("a.md", markdown, token, "../etc/passwd"), 400, "INVALID_INPUT", token)).GetProperty("field").GetString().ShouldBe("parent_page_id");
        (await RefusedAsync(Form("a.md", markdown, token, null), 400, "INVALID_INPUT", token)).GetProperty("field").GetString().ShouldBe("parent_page_id");
        (await RefusedAsync(Form("a.md", markdown, null, fixture.Notion.AddPage("Docs")), 400, "INVALID_INPUT", token)).GetProperty("field").GetString().ShouldBe("notion_token");
    }

    [Fact]
    public async Task No_file_or_no_multipart_body_is_VALIDATION_ERROR_on_file()
    {
        var token = fixture.Notion.AddToken();
        (await RefusedAsync(Form(null, null, token, fixture.Notion.AddPage("Docs")), 422, "VALIDATION_ERROR", token)).GetProperty("field").GetString().ShouldBe("file");

        var (_, client, _) = await fixture.TenantAsync();
        using var json = await client.PostAsync("/api/templates/document-to-notion", new StringContent("{\"file\":\"x\"}", Encoding.UTF8, "application/json"));
        (await json.ErrorAsync(422, "VALIDATION_ERROR")).GetProperty("field").GetString().ShouldBe("file");
    }
}
