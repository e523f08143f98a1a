namespace Forge.Analysis.Application;

/// <summary>The body of <c>POST /analyses</c> and <c>/analyses/test-run</c> (seed; unknown members ignored).</summary>
public sealed record AnalysisRequest(DocumentData? ResumeData, DocumentData? JobPostingData, AnalysisRequestOptions? Options);

/// <param name="Type"><c>text</c>, <c>html</c>, <c>pdf</c> or <c>docx</c>.</param>
/// <param name="Content">UTF-8 text for text/html, base64 for pdf/docx.</param>
public sealed record DocumentData(string? Type, string? Content);

public sealed record AnalysisRequestOptions(WebhookData? Webhook);

/// <param name="Url">HTTPS endpoint receiving <c>analysis.completed</c> / <c>analysis.failed</c>.</param>
/// <param name="Secret">Optional HMAC-SHA256 key for <c>X-Webhook-Signature</c>.</param>
public sealed record WebhookData(string? Url, string? Secret);
