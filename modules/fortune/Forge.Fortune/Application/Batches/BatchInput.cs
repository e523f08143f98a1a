using Forge.Fortune.Application.Fortunes;
using Forge.Fortune.Batches;
using Forge.Hosting.Webhooks;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Batches;

/// <summary>
/// Validates <c>POST /v1/fortunes/batch</c> field by field, naming the first bad one: <c>profile_ids</c> 1–100
/// non-empty strings of ≤64 characters (more than 100 → 413 <c>payload_too_large</c>; duplicates dropped,
/// first occurrence kept), then <c>fortune_type</c>/<c>fortune_date</c>/<c>model</c> exactly as single fortunes
/// (<see cref="FortuneGenerationService.Parse"/>), then <c>webhook_url</c> by the rule registered webhooks follow.
/// </summary>
internal static class BatchInput
{
    public const int MaxProfileIdLength = 64;

    public sealed record Valid(IReadOnlyList<string> ProfileIds, FortuneRequest Request, string? WebhookUrl);

    public static async Task<Valid> ValidateAsync(
        FortuneBatchCreateInput input, FortuneGenerationService generator, IWebhookTargetPolicy targets, CancellationToken ct)
    {
        var ids = input.ProfileIds ?? throw FortuneRefusal.Missing("profile_ids");
        if (ids.Count == 0) throw FortuneRefusal.Invalid("profile_ids", "profile_ids must hold at least 1 profile id.");
        if (ids.Count > FortuneBatchOptions.MaxProfiles)
            throw new ProductApiException(ProductErrorKind.PayloadTooLarge, FortuneErrorCodes.PayloadTooLarge, $"A batch holds at most {FortuneBatchOptions.MaxProfiles} profile ids; {ids.Count} were sent. Split them into several batches.",
                "profile_ids");
        var distinct = new List<string>(ids.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i]?.Trim();
            if (string.IsNullOrEmpty(id)) throw FortuneRefusal.Invalid($"profile_ids[{i}]", $"profile_ids[{i}] must be a profile id such as prf_abc123def456.");
            if (id.Length > MaxProfileIdLength)
                throw FortuneRefusal.Invalid($"profile_ids[{i}]", $"profile_ids[{i}] must be at most {MaxProfileIdLength} characters.");
            if (seen.Add(id)) distinct.Add(id);
        }

        var request = generator.Parse(input.FortuneType, input.FortuneDate, input.Model);

        string? url = null;
        if (input.WebhookUrl is not null)
        {
            url = input.WebhookUrl.Trim();
            if (url.Length is 0 or > 2048) throw FortuneRefusal.Invalid("webhook_url", "webhook_url must be 1 to 2048 characters.");
            if (await targets.FindProblemAsync(url, ct) is { } problem) throw FortuneRefusal.Invalid("webhook_url", problem);
        }
        return new Valid(distinct, request, url);
    }
}
