using System.Diagnostics.CodeAnalysis;

namespace Forge.Analysis.Documents;

/// <summary>
/// One document's extraction: its field, the limits, the caller's cancellation and the time budget.
/// Readers call <see cref="Checkpoint"/> between pages, parts and elements, so a slow document stops
/// at the next checkpoint rather than running on.
/// </summary>
internal sealed class ExtractionContext(string field, DocumentOptions options, TimeProvider time, CancellationToken cancellationToken)
{
    private readonly long _started = time.GetTimestamp();

    public string Field { get; } = field;
    public DocumentOptions Options { get; } = options;
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Throws on the caller's cancellation (the work is retried elsewhere) or when the budget is spent (DOC005).</summary>
    public void Checkpoint()
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (time.GetElapsedTime(_started) > TimeSpan.FromSeconds(Options.TimeBudgetSeconds))
            Fail(DocumentErrorCodes.TimedOut, $"reading the document took longer than the {Options.TimeBudgetSeconds} s budget.");
    }

    /// <summary>A text sink that fails with DOC004 once the extracted text passes <see cref="DocumentOptions.MaxTextChars"/>.</summary>
    public TextSink NewSink() => new(this);

    [DoesNotReturn]
    public void Fail(string code, string reason) => throw Error(code, reason);

    /// <summary>The failure to throw; <paramref name="cause"/> contributes its type name only (its message may quote the document).</summary>
    public DocumentExtractionException Error(string code, string reason, Exception? cause = null) =>
        new(code, Field, $"{Field}: {reason}", cause?.GetType().FullName);
}
