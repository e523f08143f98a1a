using System.Text;
using Forge.Analysis.Documents;
using static Forge.Analysis.Tests.Documents.Extraction;

namespace Forge.Analysis.Tests.Documents;

public sealed class TextAndHtmlExtractionTests
{
    [Fact]
    public void Text_is_NFC_normalised_with_lines_kept_and_whitespace_tidied()
    {
        // 각 as decomposed jamo, é as e + combining acute, CRLF, a zero-width space inside "Java", runs of spaces and blank lines.
        var raw = "  \u1100\u1161\u11A8 Re\u0301sume\u0301\r\nJa\u200Bva   and\tGo  \r\n\r\n\r\n\r\nKubernetes\u00A0운영 \n";
        var document = Read(DocumentType.Text, raw);
        document.Text.ShouldBe("각 Résumé\nJava and Go\n\nKubernetes 운영");
        document.ReadAs.ShouldBe(DocumentType.Text);
    }

    [Fact]
    public void Html_drops_scripts_and_styles_and_keeps_blocks_as_lines()
    {
        const string html = """
            <html><head><title>t</title><style>body { color: red }</style><script>var token = 'abc';</script></head>
            <body><h1>Senior Backend Engineer</h1><p>서비스 설계 and <b>API</b>
            design</p><ul><li>Go</li><li>Kubernetes</li></ul>
            <table><tr><th>Skill</th><th>Years</th></tr><tr><td>Java</td><td>5</td></tr></table>
            <noscript>enable JS</noscript><script>alert(1)</script><p>Seoul&nbsp;&amp; remote<br>Full time</p></body></html>
            """;
        var document = Read(DocumentType.Html, html);
        document.Text.ShouldBe("Senior Backend Engineer\n\n서비스 설계 and API design\n\n- Go\n- Kubernetes\n\nSkill | Years\nJava | 5\n\nSeoul & remote\nFull time");
        document.ReadAs.ShouldBe(DocumentType.Html);
    }

    [Fact]
    public void Html_table_cells_holding_paragraphs_become_lines_without_stray_separators()
    {
        var document = Read(DocumentType.Html, "<table><tr><td><p>Java</p></td><td><p>5 years</p></td></tr><tr><td>Go</td><td>2 years</td></tr></table>");
        document.Text.ShouldBe("Java\n\n5 years\n\nGo | 2 years");
    }

    [Fact]
    public void Html_sent_as_text_is_read_as_html_but_a_mention_of_a_tag_is_not()
    {
        var html = Read(DocumentType.Text, "<p>Senior engineer</p><p>Kotlin</p>");
        (html.ReadAs, html.Text).ShouldBe((DocumentType.Html, "Senior engineer\n\nKotlin"));

        var text = Read(DocumentType.Text, "I write semantic HTML: <div> only for layout, never for buttons.");
        (text.ReadAs, text.Text).ShouldBe((DocumentType.Text, "I write semantic HTML: <div> only for layout, never for buttons."));
    }

    [Fact]
    public void Html_field_holding_base64_is_decoded_as_the_docs_quick_start_does()
    {
        var content = Convert.ToBase64String(Encoding.UTF8.GetBytes("<h1>Backend Engineer</h1><p>서비스 설계 경험</p>"));
        var document = Read(DocumentType.Html, content);
        (document.ReadAs, document.Text).ShouldBe((DocumentType.Html, "Backend Engineer\n\n서비스 설계 경험"));
    }

    [Fact]
    public void Text_declared_as_pdf_is_read_as_text()
    {
        var document = Read(DocumentType.Pdf, Encoding.UTF8.GetBytes("홍길동\n백엔드 개발자"));
        (document.ReadAs, document.Text).ShouldBe((DocumentType.Text, "홍길동\n백엔드 개발자"));
    }

    [Fact]
    public void Utf16_text_with_a_bom_declared_as_docx_is_read_as_text_and_rtf_is_refused()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("김철수\r\n데이터 분석가")).ToArray();
        Read(DocumentType.Docx, utf16).Text.ShouldBe("김철수\n데이터 분석가");

        var rtf = Should.Throw<DocumentExtractionException>(() => Read(DocumentType.Docx, "{\\rtf1\\ansi Jane Doe}"u8.ToArray()));
        rtf.Code.ShouldBe(DocumentErrorCodes.Unreadable);
        rtf.Message.ShouldContain("RTF");
    }

    [Fact]
    public void Binary_bytes_of_no_known_format_are_DOC002()
    {
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        noise[0] = 0x00;
        Should.Throw<DocumentExtractionException>(() => Read(DocumentType.Pdf, noise)).Code.ShouldBe(DocumentErrorCodes.Unreadable);
    }

    [Fact]
    public void Deeply_nested_html_fails_cleanly_instead_of_overflowing_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "secret-token" + string.Concat(Enumerable.Repeat("</div>", 100_000));
        var e = Should.Throw<DocumentExtractionException>(() => Read(DocumentType.Html, html));
        e.Code.ShouldBe(DocumentErrorCodes.ExceedsLimits);
        e.Message.ShouldNotContain("secret-token");
    }

    [Fact]
    public void Huge_text_fails_with_DOC004_naming_the_field_and_not_the_content()
    {
        var huge = string.Concat(Enumerable.Repeat("Kubernetes Terraform 홍길동 ", 40_000));
        var e = Should.Throw<DocumentExtractionException>(() => Extractor().Extract("jobPostingData", DocumentInput.FromText(DocumentType.Text, huge)));
        (e.Code, e.Field).ShouldBe((DocumentErrorCodes.ExceedsLimits, "jobPostingData"));
        e.Message.ShouldStartWith("jobPostingData: ");
        e.Message.ShouldNotContain("홍길동");
    }

    [Fact]
    public void Whitespace_only_or_script_only_documents_have_no_text()
    {
        Should.Throw<DocumentExtractionException>(() => Read(DocumentType.Text, " \n\u200B\t ")).Code.ShouldBe(DocumentErrorCodes.NoText);
        Should.Throw<DocumentExtractionException>(() => Read(DocumentType.Html, "<script>x()</script><style>p{}</style>")).Code.ShouldBe(DocumentErrorCodes.NoText);
    }
}
