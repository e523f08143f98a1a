namespace Forge.Fortune.Application.Events;

/// <summary><c>GET /v1/events</c> as sent: <c>events</c> (comma list), <c>profile_id</c>, <c>last_event_id</c> or the <c>Last-Event-ID</c> header.</summary>
public sealed record EventFeedQuery(string? Events, string? ProfileId, string? LastEventId, string? LastEventIdHeader);

/// <summary>One SSE frame: <c>event:</c>, <c>id:</c> and the <c>data:</c> JSON.</summary>
public sealed record EventFeedFrame(string Event, string Id, string Data);
