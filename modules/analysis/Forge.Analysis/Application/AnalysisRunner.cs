using System.Text.Json;
using Forge.Analysis.Contracts.Results;
using Forge.Analysis.Documents;
using Forge.Analysis.Domain.Analyses;
using Forge.Analysis.Domain.Engine;
using Forge.Hosting.Security;
using Microsoft.Extensions.Options;

namespace Forge.Analysis.Application;

/// <summary>Documents → text → built-in engine, for the job and the sandbox alike (the job may then have a model rewrite the text, ADR 47).</summary>
public sealed class AnalysisRunner(DocumentTextExtractor extractor, IOptions<DocumentOptions> documents, IPiiProtector protector)
{
    private static readonly AnalysisEngine Engine = new();

    /// <summary>The built-in engine's result as stored JSON (the sandbox's whole analysis).</summary>
    /// <exception cref="DocumentExtractionException">A document could not be read (ADR 39's codes).</exception>
    public string Run(AnalysisRun analysis, CancellationToken ct) => Serialize(Analyze(analysis, ct));

    /// <exception cref="DocumentExtractionException">A document could not be read (ADR 39's codes).</exception>
    public AnalysisResult Analyze(AnalysisRun analysis, CancellationToken ct)
    {
        var resume = Extract("resumeData", analysis.ResumeType, analysis.ResumeContent, ct);
        var posting = Extract("jobPostingData", analysis.PostingType, analysis.PostingContent, ct);
        // AsOf = the day it was submitted, so a re-run (or a late job) gives the same experience figures.
        return Engine.Analyze(new AnalysisInput(resume, posting, DateOnly.FromDateTime(analysis.CreatedAt)));
    }

    public static string Serialize(AnalysisResult result) => JsonSerializer.Serialize(result, AnalysisProduct.Definition.JsonOptions);

    private string Extract(string field, string type, string? stored, CancellationToken ct)
    {
        if (stored is null) throw new DocumentExtractionException(DocumentErrorCodes.NoText, field, $"{field} was erased before it was analysed.");
        var input = DocumentInput.Parse(field, type, protector.Unprotect(stored), documents.Value);
        return extractor.Extract(field, input, ct).Text;
    }
}
