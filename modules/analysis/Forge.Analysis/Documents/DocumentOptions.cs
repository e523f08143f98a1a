using System.ComponentModel.DataAnnotations;

namespace Forge.Analysis.Documents;

/// <summary>
/// <c>Forge:Analysis:Documents</c>: the limits that keep a hostile document's cost bounded (ADR 39).
/// The defaults fit resumes and job postings with a wide margin; every limit is a hard refusal, never a truncation.
/// </summary>
public sealed class DocumentOptions
{
    public const string Section = "Forge:Analysis:Documents";

    /// <summary>Decoded size of a <c>pdf</c>/<c>docx</c> document (the request itself is capped at 10 MB).</summary>
    [Range(1024, 64L * 1024 * 1024)]
    public long MaxDocumentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Characters of <c>text</c>/<c>html</c> content read at all (markup included).</summary>
    [Range(1000, 20_000_000)]
    public int MaxInputChars { get; set; } = 4_000_000;

    /// <summary>Characters of extracted text; a longer document fails rather than being analysed in part.</summary>
    [Range(1000, 10_000_000)]
    public int MaxTextChars { get; set; } = 200_000;

    /// <summary>Pages of a PDF; checked before any page is read.</summary>
    [Range(1, 10_000)]
    public int MaxPages { get; set; } = 100;

    /// <summary>Entries of a DOCX (ZIP) package; a real one has a few dozen.</summary>
    [Range(10, 100_000)]
    public int MaxZipEntries { get; set; } = 1000;

    /// <summary>Uncompressed bytes of one DOCX part and of all parts together (declared and actually inflated).</summary>
    [Range(1024 * 1024, 1024L * 1024 * 1024)]
    public long MaxUncompressedBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>
    /// Uncompressed bytes of one DOCX XML part: OpenXml loads a part into a DOM many times its size, so this is
    /// far below <see cref="MaxUncompressedBytes"/> (a long resume's <c>document.xml</c> is a few hundred KB).
    /// </summary>
    [Range(64 * 1024, 256L * 1024 * 1024)]
    public long MaxXmlPartBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Uncompressed ÷ compressed size above which a DOCX part larger than 1 MiB is taken for a bomb.</summary>
    [Range(10, 10_000)]
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>Nesting depth of a DOCX XML part or an HTML document.</summary>
    [Range(16, 4096)]
    public int MaxNestingDepth { get; set; } = 256;

    /// <summary>Wall-clock budget of one document's extraction, checked between pages and parts.</summary>
    [Range(1, 600)]
    public int TimeBudgetSeconds { get; set; } = 20;
}
