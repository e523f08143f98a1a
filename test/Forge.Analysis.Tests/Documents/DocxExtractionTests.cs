using System.Text;
using Forge.Analysis.Documents;
using Forge.Analysis.Tests.Documents.Samples;
using static Forge.Analysis.Tests.Documents.Extraction;
using static Forge.Analysis.Tests.Documents.Samples.SampleDocx;

namespace Forge.Analysis.Tests.Documents;

public sealed class DocxExtractionTests
{
    [Fact]
    public void Docx_paragraphs_bullets_tables_headers_and_korean_keep_their_structure()
    {
        var docx = Build(
        [
            Para("홍길동 — 백엔드 개발자"),
            Bullet("Kubernetes 운영"),
            Bullet("도커를 활용한 배포"),
            Table(["기간", "회사"], ["2019-2024", "네이버"]),
            Para("Skills: C#, Go"),
        ], header: "hong@example.com | 010-0000-0000", footer: "page 1");

        var document = Read(DocumentType.Docx, docx);
        document.ReadAs.ShouldBe(DocumentType.Docx);
        document.Text.ShouldBe(
            "hong@example.com | 010-0000-0000\n\n홍길동 — 백엔드 개발자\n- Kubernetes 운영\n- 도커를 활용한 배포\n기간 | 회사\n2019-2024 | 네이버\n\nSkills: C#, Go\n\npage 1");
    }

    [Fact]
    public void Table_cells_with_several_paragraphs_keep_their_lines()
    {
        var document = Read(DocumentType.Docx, Build([Table(["Acme (2019-2024)", "Built payment APIs\nRan on-call"])]));
        document.Text.ShouldBe("Acme (2019-2024)\nBuilt payment APIs\nRan on-call");
    }

    [Fact]
    public void Decomposed_hangul_in_a_docx_is_composed()
    {
        var document = Read(DocumentType.Docx, Build([Para("\u1103\u1169\u110F\u1165")]));   // 도커 as jamo
        document.Text.ShouldBe("도커");
    }

    [Fact]
    public void Docx_labelled_pdf_is_read_as_docx()
    {
        var document = Read(DocumentType.Pdf, Build([Para("Jane Doe, data engineer")]));
        (document.ReadAs, document.Text).ShouldBe((DocumentType.Docx, "Jane Doe, data engineer"));
    }

    [Fact]
    public void The_docs_own_pdf_sample_is_a_zip_fragment_and_fails_as_unreadable_not_as_a_500()
    {
        // The request sample of the analysis page (seed 003): "type": "pdf" with content that decodes to "PK\x03\x04…".
        var input = DocumentInput.Parse("resumeData", "pdf",
            "UEsDBBQABgAIAAAAIQAAAAAAAAAAAAAAAAAJAAAAdXJsLnR4dFxTZW5pb3IgcmVzdW1lIHNhbXBsZS4uLg==", new DocumentOptions());
        Encoding.ASCII.GetString(input.Bytes!, 0, 2).ShouldBe("PK");
        var e = Should.Throw<DocumentExtractionException>(() => Extractor().Extract("resumeData", input));
        e.Code.ShouldBe(DocumentErrorCodes.Unreadable);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_DOC002()
    {
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            using (var writer = new StreamWriter(zip.CreateEntry("notes.txt").Open())) writer.Write("Jane Doe");
        Failure(DocumentType.Docx, output.ToArray()).Code.ShouldBe(DocumentErrorCodes.Unreadable);
    }

    [Fact]
    public void Truncated_docx_is_DOC002()
    {
        var docx = Resume(200);
        Failure(DocumentType.Docx, HostileDocuments.Truncated(docx, 0.6)).Code.ShouldBe(DocumentErrorCodes.Unreadable);
    }

    [Fact]
    public void Encrypted_office_file_is_DOC003_and_a_legacy_doc_DOC002()
    {
        Failure(DocumentType.Docx, HostileDocuments.EncryptedOfficeFile()).Code.ShouldBe(DocumentErrorCodes.Protected);
        Failure(DocumentType.Pdf, HostileDocuments.EncryptedOfficeFile()).Code.ShouldBe(DocumentErrorCodes.Protected);
        var legacy = Failure(DocumentType.Docx, HostileDocuments.LegacyDoc());
        legacy.Code.ShouldBe(DocumentErrorCodes.Unreadable);
        legacy.Message.ShouldContain(".doc");
    }
}
