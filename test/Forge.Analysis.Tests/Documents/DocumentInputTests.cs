using System.Text;
using Forge.Analysis.Documents;
using Forge.Hosting.ProductApi;

namespace Forge.Analysis.Tests.Documents;

/// <summary>The synchronous checks of a document field: the product's VAL codes, naming the exact field.</summary>
public sealed class DocumentInputTests
{
    private static readonly DocumentOptions Defaults = new();

    [Fact]
    public void Bad_base64_is_VAL003_naming_the_content_field()
    {
        var e = Should.Throw<ProductApiException>(() => DocumentInput.Parse("jobPostingData", "pdf", "not base64 at all!", Defaults));
        e.Code.ShouldBe("VAL003");
        e.Field.ShouldBe("jobPostingData.content");
        e.Status.ShouldBe(400);
    }

    [Fact]
    public void Base64_that_decodes_to_nothing_is_VAL003()
    {
        var e = Should.Throw<ProductApiException>(() => DocumentInput.Parse("resumeData", "docx", "====", Defaults));
        (e.Code, e.Field).ShouldBe(("VAL003", "resumeData.content"));
    }

    [Fact]
    public void Unknown_type_is_VAL003_and_missing_fields_VAL002()
    {
        var wrongType = Should.Throw<ProductApiException>(() => DocumentInput.Parse("resumeData", "odt", "x", Defaults));
        (wrongType.Code, wrongType.Field).ShouldBe(("VAL003", "resumeData.type"));

        var noType = Should.Throw<ProductApiException>(() => DocumentInput.Parse("resumeData", null, "x", Defaults));
        (noType.Code, noType.Field).ShouldBe(("VAL002", "resumeData.type"));

        var noContent = Should.Throw<ProductApiException>(() => DocumentInput.Parse("analyses[2].resumeData", "text", "  ", Defaults));
        (noContent.Code, noContent.Field).ShouldBe(("VAL002", "analyses[2].resumeData.content"));
    }

    [Fact]
    public void Decoded_document_over_the_limit_is_VAL004()
    {
        var options = new DocumentOptions { MaxDocumentBytes = 2048 };
        var content = Convert.ToBase64String(new byte[2049]);
        var e = Should.Throw<ProductApiException>(() => DocumentInput.Parse("resumeData", "docx", content, options));
        (e.Code, e.Field).ShouldBe(("VAL004", "resumeData.content"));
    }

    [Theory]
    [InlineData("JVBERi0xLjQK\nJeLjz9M=")]              // MIME line breaks
    [InlineData("data:application/pdf;base64,JVBERi0xLjQKJeLjz9M=")]
    [InlineData("JVBERi0xLjQKJeLjz9M")]                // padding left off
    public void Base64_is_read_leniently(string content)
    {
        var input = DocumentInput.Parse("resumeData", " PDF ", content, Defaults);
        input.DeclaredType.ShouldBe(DocumentType.Pdf);
        Encoding.ASCII.GetString(input.Bytes!).ShouldStartWith("%PDF-1.4");
    }

    [Fact]
    public void Text_types_keep_their_content_as_a_string()
    {
        var input = DocumentInput.Parse("resumeData", "html", "<p>안녕하세요</p>", Defaults);
        (input.DeclaredType, input.Text, input.Bytes).ShouldBe((DocumentType.Html, "<p>안녕하세요</p>", (byte[]?)null));
    }
}
