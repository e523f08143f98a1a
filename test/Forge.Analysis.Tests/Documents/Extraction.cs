using Forge.Analysis.Documents;
using Microsoft.Extensions.Options;

namespace Forge.Analysis.Tests.Documents;

/// <summary>Shorthands for the tests: an extractor with default (or adjusted) limits, and the failure a document ends in.</summary>
internal static class Extraction
{
    public static DocumentTextExtractor Extractor(Action<DocumentOptions>? adjust = null, TimeProvider? time = null)
    {
        var options = new DocumentOptions();
        adjust?.Invoke(options);
        return new DocumentTextExtractor(Options.Create(options), time ?? TimeProvider.System);
    }

    public static ExtractedDocument Read(DocumentType declared, byte[] bytes) =>
        Extractor().Extract("resumeData", DocumentInput.FromBytes(declared, bytes));

    public static ExtractedDocument Read(DocumentType declared, string text) =>
        Extractor().Extract("resumeData", DocumentInput.FromText(declared, text));

    public static DocumentExtractionException Failure(DocumentType declared, byte[] bytes, DocumentTextExtractor? extractor = null) =>
        Should.Throw<DocumentExtractionException>(() => (extractor ?? Extractor()).Extract("resumeData", DocumentInput.FromBytes(declared, bytes)));

    /// <summary>The failure a document ends in, and the bytes this thread allocated reaching it.</summary>
    public static (DocumentExtractionException Failure, long Allocated) FailureAndAllocation(DocumentType declared, byte[] bytes)
    {
        DocumentExtractionException? failure = null;
        var allocated = AllocatedBy(() => failure = Failure(declared, bytes));
        return (failure!, allocated);
    }

    /// <summary>Runs <paramref name="action"/> and returns the bytes this thread allocated meanwhile (extraction is synchronous).</summary>
    public static long AllocatedBy(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    public const long MiB = 1024 * 1024;
}
