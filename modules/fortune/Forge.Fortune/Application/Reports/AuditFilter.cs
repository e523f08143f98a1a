using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Forge.Fortune.Reports;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Reports;

/// <summary>The audit report's query, validated: each bad value is refused naming its field.</summary>
internal sealed partial record AuditFilter(
    string? Action, string? ResourceType, string? ResourceId, string? ActorIp, DateTime? From, DateTime? Until, bool UntilInclusive, int Limit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;
    private static readonly string[] ResourceTypes = ["profile", "fortune", "webhook"];

    public static AuditFilter Parse(AuditQuery q)
    {
        var action = Optional(q.Action);
        if (action is not null && !ActionPattern().IsMatch(action))
            throw FortuneRefusal.Invalid("action", "action must look like 'profile.deleted' (lowercase resource.verb, at most 64 characters).");
        var resourceType = Optional(q.ResourceType);
        if (resourceType is not null && !ResourceTypes.Contains(resourceType))
            throw FortuneRefusal.Invalid("resource_type", $"resource_type must be one of: {string.Join(", ", ResourceTypes)}.");
        var resourceId = Optional(q.ResourceId);
        if (resourceId is { Length: > 64 })
            throw FortuneRefusal.Invalid("resource_id", "resource_id must be at most 64 characters.");
        var actorIp = Optional(q.ActorIp);
        if (actorIp is not null)
            actorIp = IPAddress.TryParse(actorIp, out var ip)
                ? ip.ToString()
                : throw FortuneRefusal.Invalid("actor_ip", "actor_ip must be an IPv4 or IPv6 address.");

        var (from, _) = Timestamp(q.StartDate, "start_date");
        var (until, dateOnly) = Timestamp(q.EndDate, "end_date");
        // A bare end date means "through that day"; a date-time is the last instant included.
        if (until is { } u && dateOnly) until = u.AddDays(1);
        if (from is { } f && until is { } t && (dateOnly ? f >= t : f > t))
            throw FortuneRefusal.Invalid("start_date", "start_date must not be after end_date.");
        return new AuditFilter(action, resourceType, resourceId, actorIp, from, until, !dateOnly, ParseLimit(q.Limit));
    }

    private static string? Optional(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static int ParseLimit(string? value)
    {
        if (string.IsNullOrEmpty(value)) return DefaultLimit;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= MaxLimit
            ? limit
            : throw FortuneRefusal.Invalid("limit", $"limit must be an integer from 1 to {MaxLimit}.");
    }

    /// <summary>ISO 8601: a date (midnight UTC) or a date-time with <c>Z</c> or an offset (none means UTC).</summary>
    private static (DateTime? Value, bool DateOnly) Timestamp(string? value, string field)
    {
        if (string.IsNullOrEmpty(value)) return (null, false);
        if (!Iso8601().IsMatch(value)
            || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            throw new ProductApiException(ProductErrorKind.Validation, FortuneErrorCodes.InvalidDate, $"{field} must be an ISO 8601 date or date-time, e.g. 2025-01-16 or 2025-01-16T09:00:00Z.", field);
        return (parsed.UtcDateTime, value.Length == 10);
    }

    [GeneratedRegex(@"^[a-z_]{1,31}\.[a-z_]{1,32}$")]
    private static partial Regex ActionPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$")]
    private static partial Regex Iso8601();
}
