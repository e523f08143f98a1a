using Forge.Analysis.Documents;
using Forge.Analysis.HttpApi;
using Forge.Hosting.ProductApi;
using Forge.Hosting.Webhooks;
using Microsoft.Extensions.Options;

namespace Forge.Analysis.Application;

/// <summary>A request that passed ADR 40's validation, in the order the fields appear (first fault wins, named).</summary>
public sealed record ValidatedSubmission(DocumentData Resume, DocumentData Posting, string? WebhookUrl, string? WebhookSecret);

/// <summary>Checks a submission the same way for production, sandbox and batch items (ADR 40: integrators see production's errors).</summary>
public sealed class SubmissionValidator(IOptions<DocumentOptions> documents, IWebhookTargetPolicy targets)
{
    public const int MaxSecretLength = 256;

    public async Task<ValidatedSubmission> ValidateAsync(AnalysisRequest request, CancellationToken ct)
    {
        var (resume, posting) = ValidateDocuments(request.ResumeData, request.JobPostingData, "");
        var (url, secret) = await ValidateWebhookAsync(request.Options?.Webhook, ct);
        return new(resume, posting, url, secret);
    }

    /// <param name="prefix">Prepended to the field names, e.g. <c>analyses[2].</c> for a batch item.</param>
    public (DocumentData Resume, DocumentData Posting) ValidateDocuments(DocumentData? resume, DocumentData? posting, string prefix)
    {
        if (resume is null) throw Missing($"{prefix}resumeData");
        if (posting is null) throw Missing($"{prefix}jobPostingData");
        // Parsed here for its refusals (type, base64, size); the job parses the stored copy again.
        DocumentInput.Parse($"{prefix}resumeData", resume.Type, resume.Content, documents.Value);
        DocumentInput.Parse($"{prefix}jobPostingData", posting.Type, posting.Content, documents.Value);
        return (resume, posting);
    }

    public async Task<(string? Url, string? Secret)> ValidateWebhookAsync(WebhookData? webhook, CancellationToken ct)
    {
        if (webhook is null) return (null, null);
        if (string.IsNullOrWhiteSpace(webhook.Url)) throw Missing("options.webhook.url");
        if (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out _))
            throw ProductApiException.Invalid(AnalysisErrorCodes.InvalidField, "options.webhook.url", "options.webhook.url must be an absolute HTTPS URL.");
        if (await targets.FindProblemAsync(webhook.Url, ct) is { } problem)
            throw ProductApiException.Invalid(AnalysisErrorCodes.InvalidField, "options.webhook.url", problem);
        if (webhook.Secret is { Length: > MaxSecretLength })
            throw ProductApiException.Invalid(AnalysisErrorCodes.InvalidField, "options.webhook.secret",
                $"options.webhook.secret is at most {MaxSecretLength} characters.");
        return (webhook.Url, string.IsNullOrEmpty(webhook.Secret) ? null : webhook.Secret);
    }

    public static ProductApiException Missing(string field) =>
        ProductApiException.Invalid(AnalysisErrorCodes.MissingField, field, $"{field} is required.");
}
