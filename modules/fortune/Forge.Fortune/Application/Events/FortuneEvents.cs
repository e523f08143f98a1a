using System.Text.Json;
using Forge.Fortune.Domain;
using Forge.Fortune.Domain.Events;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Events;
using Forge.Hosting.BackgroundJobs;

namespace Forge.Fortune.Application.Events;

/// <summary>
/// Stages an event in the unit of work, like <c>AuditLog.Add</c>, with its delivery job beside it in the
/// kernel's job outbox (ADR 20): the caller's <c>SaveChangesAsync</c> commits the change, its event and the
/// event's dispatch together (no change without its event, no event without its delivery), and
/// <see cref="FortuneEventInterceptor"/> wakes the SSE feed.
/// <code>FortuneEvents.Add(db, FortuneEventTypes.FortuneGenerated, profileId, new { fortune_id, profile_id, score, model }, now);</code>
/// </summary>
public static class FortuneEvents
{
    /// <param name="data">The event's <c>data</c> object; serialized with snake_case names.</param>
    public static FortuneEvent Add(FortuneDbContext db, string type, string? profileId, object data, DateTime now)
    {
        if (!FortuneEventTypes.IsKnown(type) || type == FortuneEventTypes.TestPing)
            throw new ArgumentException($"'{type}' is not an event type of the outbox.", nameof(type));
        var evt = new FortuneEvent
        {
            Id = PrefixedId.Event(),
            Type = type,
            ProfileId = profileId,
            DataJson = JsonSerializer.Serialize(data, FortuneEventEnvelope.JsonOptions),
            CreatedAt = DateTime.SpecifyKind(now, DateTimeKind.Utc),
        };
        db.Events.Add(evt);
        db.StageJob(new FortuneEventDispatchArgs(evt.Id));
        return evt;
    }
}
