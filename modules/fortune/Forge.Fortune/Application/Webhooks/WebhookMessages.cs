using Forge.Fortune.Domain.Webhooks;
using Forge.Hosting.Security;
using Forge.Hosting.Webhooks;

namespace Forge.Fortune.Application.Webhooks;

/// <summary>
/// A Fortune event as the kernel sender's message (ADR 7 #11): the envelope as body, signed with the
/// hook's secret in <c>X-Webhook-Signature</c>; <c>X-Webhook-Event</c> = type, <c>X-Webhook-Id</c> = the
/// event's <c>evt_</c> id (the same on every retry, for de-duplication), <c>X-Webhook-Timestamp</c> =
/// the event's time in unix milliseconds (the kernel's standard event headers). The delivery is owned by
/// the hook (<see cref="HookOwner"/>), so the outcome observer finds it without parsing the reference.
/// </summary>
public sealed class WebhookMessages(IPiiProtector protector)
{
    public const string Product = "fortune";
    public const string HookKind = "webhook";
    public const string BatchKind = "batch";

    public WebhookMessage For(Webhook hook, string eventId, string eventType, DateTime createdAt, string body, string? reference) =>
        WebhookEventHeaders.Message(hook.Url, eventType, body, protector.Unprotect(hook.SecretEncrypted),
            new DateTimeOffset(DateTime.SpecifyKind(createdAt, DateTimeKind.Utc)), eventId, HookOwner(hook.Id), reference);

    /// <summary><c>fortune:whk_…:evt_…</c>: one delivery per hook and event, however often dispatch runs.</summary>
    public static string Reference(string webhookId, string eventId) => Product + ":" + webhookId + ":" + eventId;

    public static WebhookOwner HookOwner(string webhookId) => new(Product, HookKind, webhookId);

    public static WebhookOwner BatchOwner(string batchId) => new(Product, BatchKind, batchId);
}
