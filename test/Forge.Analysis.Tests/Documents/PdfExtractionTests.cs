using Forge.Analysis.Documents;
using Forge.Analysis.Tests.Documents.Samples;
using static Forge.Analysis.Tests.Documents.Extraction;

namespace Forge.Analysis.Tests.Documents;

public sealed class PdfExtractionTests
{
    [Fact]
    public void Multi_page_pdf_is_read_in_page_and_line_order()
    {
        var pdf = SamplePdfs.Text(["Jane Doe", "Senior Backend Engineer"], ["Skills", "C#, PostgreSQL, Kubernetes"], ["Education", "B.Sc. 2015"]);
        var document = Read(DocumentType.Pdf, pdf);
        document.ReadAs.ShouldBe(DocumentType.Pdf);
        document.PageCount.ShouldBe(3);
        document.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .ShouldBe(["Jane Doe", "Senior Backend Engineer", "Skills", "C#, PostgreSQL, Kubernetes", "Education", "B.Sc. 2015"]);
        document.Text.ShouldContain("Senior Backend Engineer\n\nSkills");
    }

    [Fact]
    public void A_10_MB_pdf_is_read_with_allocations_linear_in_its_size()
    {
        var pdf = SamplePdfs.ResumeWithImages(pages: 50, imageSide: 275);
        pdf.Length.ShouldBeInRange(9_000_000, 10_485_760);
        ExtractedDocument? document = null;
        var allocated = AllocatedBy(() => document = Read(DocumentType.Pdf, pdf));
        document!.PageCount.ShouldBe(50);
        document.Text.ShouldContain("Jane Doe - Senior Backend Engineer - page 50");
        // Measured: PdfPig allocates ~3x the file on open and ~1.4 MB per page read (transient, freed page by page;
        // images are never decoded), ~10.5x in all. The bound is linear in the file, which MaxDocumentBytes caps.
        allocated.ShouldBeLessThan(pdf.Length * 16L);
    }

    [Fact]
    public void Korean_pdf_text_is_read_through_its_ToUnicode_map()
    {
        var document = Read(DocumentType.Pdf, KoreanPdf.Write("홍길동 백엔드 개발자", "도커를 활용한 배포 경험 5년"));
        document.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["홍길동 백엔드 개발자", "도커를 활용한 배포 경험 5년"]);
    }

    [Fact]
    public void Pdf_labelled_docx_is_read_as_pdf()
    {
        var document = Read(DocumentType.Docx, SamplePdfs.Text(["Jane Doe"]));
        (document.ReadAs, document.Text).ShouldBe((DocumentType.Pdf, "Jane Doe"));
    }

    [Fact]
    public void Image_only_scanned_pdf_has_no_extractable_text()
    {
        var e = Failure(DocumentType.Pdf, SamplePdfs.ImageOnly());
        e.Code.ShouldBe(DocumentErrorCodes.NoText);
        e.Message.ShouldContain("scanned");
    }

    [Fact]
    public void Password_protected_pdf_is_DOC003()
    {
        var e = Failure(DocumentType.Pdf, SamplePdfs.PasswordProtected(["Jane Doe", "secret-salary 9000"]));
        e.Code.ShouldBe(DocumentErrorCodes.Protected);
        e.Field.ShouldBe("resumeData");
        e.Message.ShouldNotContain("secret-salary");
    }

    [Fact]
    public void Pdf_with_only_an_owner_password_opens_without_one_and_is_read()
    {
        var document = Read(DocumentType.Pdf, SamplePdfs.PasswordProtected(["Jane Doe", "Kotlin, Spring"], userPassword: null));
        document.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["Jane Doe", "Kotlin, Spring"]);
    }

    [Fact]
    public void Garbage_after_a_pdf_header_is_DOC002_without_the_parser_message()
    {
        var bytes = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> Jane Doe salary 9000 \u0001\u0002"u8.ToArray();
        var e = Failure(DocumentType.Pdf, bytes);
        e.Code.ShouldBe(DocumentErrorCodes.Unreadable);
        e.Message.ShouldNotContain("Jane");
        e.CauseType.ShouldNotBeNull();
    }
}
