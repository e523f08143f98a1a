using Forge.Fortune.Events;
using Forge.Fortune.Webhooks;
using Forge.Hosting.Webhooks;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Webhooks;

/// <summary>
/// Validates <c>POST /v1/webhooks</c> field by field (the first problem is reported, naming its field):
/// url ≤2048 and acceptable to the kernel's target policy (https, public; ADR 12), events ≥1 of the
/// known types (duplicates dropped, order kept), description ≤200, metadata ≤20 string pairs
/// (key 1–40, value ≤500).
/// </summary>
internal static class WebhookInput
{
    public const int MaxMetadataPairs = 20;

    public sealed record Valid(string Url, IReadOnlyList<string> Events, string? Description, IReadOnlyDictionary<string, string> Metadata);

    public static async Task<Valid> ValidateAsync(WebhookCreateInput input, IWebhookTargetPolicy policy, CancellationToken ct)
    {
        var url = InputParsing.Required(input.Url, "url").Trim();
        if (url.Length > 2048) throw FortuneRefusal.Invalid("url", "url must be at most 2048 characters.");
        if (await policy.FindProblemAsync(url, ct) is { } problem) throw FortuneRefusal.Invalid("url", problem);

        if (input.Events is null || input.Events.Count == 0) throw FortuneRefusal.Missing("events");
        var events = new List<string>();
        for (var i = 0; i < input.Events.Count; i++)
        {
            var type = input.Events[i]?.Trim();
            if (type is null || !FortuneEventTypes.IsKnown(type))
                throw FortuneRefusal.Invalid($"events[{i}]", $"events[{i}] must be one of: {string.Join(", ", FortuneEventTypes.All)}.");
            if (!events.Contains(type)) events.Add(type);
        }

        var description = input.Description;
        if (description is { Length: > 200 }) throw FortuneRefusal.Invalid("description", "description must be at most 200 characters.");

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (input.Metadata is { } given)
        {
            if (given.Count > MaxMetadataPairs)
                throw FortuneRefusal.Invalid("metadata", $"metadata holds at most {MaxMetadataPairs} keys.");
            foreach (var (key, value) in given)
            {
                if (key.Length is 0 or > 40) throw FortuneRefusal.Invalid("metadata", "metadata keys must be 1 to 40 characters.");
                if (value is null) throw FortuneRefusal.Invalid($"metadata.{key}", $"metadata.{key} must be a string.");
                if (value.Length > 500) throw FortuneRefusal.Invalid($"metadata.{key}", $"metadata.{key} must be at most 500 characters.");
                metadata[key] = value;
            }
        }
        return new Valid(url, events, string.IsNullOrEmpty(description) ? null : description, metadata);
    }
}
