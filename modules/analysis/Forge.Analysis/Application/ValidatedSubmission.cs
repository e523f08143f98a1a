using Forge.Analysis.Documents;
using Forge.Analysis.HttpApi;
using Forge.Hosting.ProductApi;
using Forge.Hosting.Webhooks;
using Microsoft.Extensions.Options;

namespace Forge.Analysis.Application;

/// <summary>A request that passed ADR 40's validation, in the order the fields appear (first fault wins, named).</summary>
public sealed record ValidatedSubmission(DocumentData Resume, DocumentData Posting, string? WebhookUrl, string? WebhookSecret);

/// <summary>Checks a submission the same way for production and sandbox (ADR 40: integrators see production's errors).</summary>
public sealed class SubmissionValidator(IOptions<DocumentOptions> documents, IWebhookTargetPolicy targets)
{
    public const int MaxSecretLength = 256;

    public async Task<ValidatedSubmission> ValidateAsync(AnalysisRequest request, CancellationToken ct)
    {
        var resume = request.ResumeData ?? throw Missing("resumeData");
        var posting = request.JobPostingData ?? throw Missing("jobPostingData");
        // Parsed here for its refusals (type, base64, size); the job parses the stored copy again.
        DocumentInput.Parse("resumeData", resume.Type, resume.Content, documents.Value);
        DocumentInput.Parse("jobPostingData", posting.Type, posting.Content, documents.Value);

        if (request.Options?.Webhook is not { } webhook) return new(resume, posting, null, null);
        if (string.IsNullOrWhiteSpace(webhook.Url)) throw Missing("options.webhook.url");
        if (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out _))
            throw ProductApiException.Invalid(AnalysisErrorCodes.InvalidField, "options.webhook.url", "options.webhook.url must be an absolute HTTPS URL.");
        if (await targets.FindProblemAsync(webhook.Url, ct) is { } problem)
            throw ProductApiException.Invalid(AnalysisErrorCodes.InvalidField, "options.webhook.url", problem);
        if (webhook.Secret is { Length: > MaxSecretLength })
            throw ProductApiException.Invalid(AnalysisErrorCodes.InvalidField, "options.webhook.secret",
                $"options.webhook.secret is at most {MaxSecretLength} characters.");
        return new(resume, posting, webhook.Url, string.IsNullOrEmpty(webhook.Secret) ? null : webhook.Secret);
    }

    private static ProductApiException Missing(string field) =>
        ProductApiException.Invalid(AnalysisErrorCodes.MissingField, field, $"{field} is required.");
}
