using System.Globalization;

namespace Forge.Hosting.Webhooks;

/// <summary>
/// The standard event headers both products document (Fortune ADR 7 #11, Analysis §6): event name,
/// timestamp in unix milliseconds as a decimal string, an optional delivery id to de-duplicate on, and the
/// signature header the sender fills with the HMAC. Modules build messages with <see cref="Message"/>
/// instead of assembling the headers by hand.
/// </summary>
public static class WebhookEventHeaders
{
    public const string Event = "X-Webhook-Event";
    public const string Id = "X-Webhook-Id";
    public const string Timestamp = "X-Webhook-Timestamp";
    public const string Signature = "X-Webhook-Signature";

    /// <param name="eventId">Sent as <see cref="Id"/> when given: the same on every attempt of one event, for receivers to de-duplicate on.</param>
    public static IReadOnlyDictionary<string, string> Create(string eventType, DateTimeOffset timestamp, string? eventId = null)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [Event] = eventType,
            [Timestamp] = timestamp.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        };
        if (eventId is not null) headers[Id] = eventId;
        return headers;
    }

    /// <summary>A signed event message (no signature header when <paramref name="secret"/> is null, as documented).</summary>
    public static WebhookMessage Message(
        string url, string eventType, string body, string? secret, DateTimeOffset timestamp, string? eventId = null,
        WebhookOwner? owner = null, string? reference = null, WebhookRetryPolicy? retryPolicy = null) =>
        new(url, eventType, body, secret, Create(eventType, timestamp, eventId), Signature, reference, owner, retryPolicy);
}
