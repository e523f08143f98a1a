using System.Text.Json;
using Forge.Analysis.Documents;
using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.Domain.Engine;
using Forge.Hosting.Security;
using Microsoft.Extensions.Options;

namespace Forge.Analysis.Application;

/// <summary>Documents → text → built-in engine, for the job and the sandbox alike; the result as stored JSON.</summary>
public sealed class AnalysisRunner(DocumentTextExtractor extractor, IOptions<DocumentOptions> documents, IPiiProtector protector)
{
    private static readonly AnalysisEngine Engine = new();

    /// <exception cref="DocumentExtractionException">A document could not be read (ADR 39's codes).</exception>
    public string Run(AnalysisRun analysis, CancellationToken ct)
    {
        var resume = Extract("resumeData", analysis.ResumeType, analysis.ResumeContent, ct);
        var posting = Extract("jobPostingData", analysis.PostingType, analysis.PostingContent, ct);
        // AsOf = the day it was submitted, so a re-run (or a late job) gives the same experience figures.
        var result = Engine.Analyze(new AnalysisInput(resume, posting, DateOnly.FromDateTime(analysis.CreatedAt)));
        return JsonSerializer.Serialize(result, AnalysisProduct.Definition.JsonOptions);
    }

    private string Extract(string field, string type, string? stored, CancellationToken ct)
    {
        if (stored is null) throw new DocumentExtractionException(DocumentErrorCodes.NoText, field, $"{field} was erased before it was analysed.");
        var input = DocumentInput.Parse(field, type, protector.Unprotect(stored), documents.Value);
        return extractor.Extract(field, input, ct).Text;
    }
}
