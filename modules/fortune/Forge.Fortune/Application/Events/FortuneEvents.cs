using System.Text.Json;
using Forge.Fortune.Domain;
using Forge.Fortune.Domain.Events;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Events;

namespace Forge.Fortune.Application.Events;

/// <summary>
/// Stages an event in the unit of work, like <c>AuditLog.Add</c>: the caller's <c>SaveChangesAsync</c>
/// commits it together with the change it describes (no change without its event), and
/// <see cref="FortuneEventInterceptor"/> then hands it to delivery and wakes the SSE feed.
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
        return evt;
    }
}
