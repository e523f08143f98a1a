using System.Globalization;
using Forge.Fortune.Domain.Webhooks;
using Forge.Hosting.Security;
using Forge.Hosting.Webhooks;

namespace Forge.Fortune.Application.Webhooks;

/// <summary>
/// A Fortune event as the kernel sender's message (ADR 7 #11): the envelope as body, signed with the
/// hook's secret in <c>X-Webhook-Signature</c>; <c>X-Webhook-Event</c> = type, <c>X-Webhook-Id</c> = the
/// event's <c>evt_</c> id (the same on every retry, for de-duplication), <c>X-Webhook-Timestamp</c> =
/// the event's time in unix milliseconds.
/// </summary>
public sealed class WebhookMessages(IPiiProtector protector)
{
    private const string ReferencePrefix = "fortune:";

    public WebhookMessage For(Webhook hook, string eventId, string eventType, DateTime createdAt, string body, string? reference) =>
        new(hook.Url, eventType, body, protector.Unprotect(hook.SecretEncrypted),
            new Dictionary<string, string>
            {
                ["X-Webhook-Event"] = eventType,
                ["X-Webhook-Id"] = eventId,
                ["X-Webhook-Timestamp"] = new DateTimeOffset(DateTime.SpecifyKind(createdAt, DateTimeKind.Utc)).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            },
            "X-Webhook-Signature",
            reference);

    /// <summary><c>fortune:whk_…:evt_…</c>: lets the outcome observer find the hook again.</summary>
    public static string Reference(string webhookId, string eventId) => ReferencePrefix + webhookId + ":" + eventId;

    public static string? WebhookIdOf(string? reference)
    {
        if (reference is null || !reference.StartsWith(ReferencePrefix, StringComparison.Ordinal)) return null;
        var rest = reference[ReferencePrefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? rest[..colon] : null;
    }
}
