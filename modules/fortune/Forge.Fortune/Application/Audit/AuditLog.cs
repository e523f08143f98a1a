using Forge.Hosting.Identity;
using Forge.Fortune.Domain;
using Forge.Fortune.Domain.Audit;
using Forge.Fortune.EntityFrameworkCore;

namespace Forge.Fortune.Application.Audit;

/// <summary>Adds an audit entry to the unit of work; the caller's <c>SaveChangesAsync</c> commits it with the change.</summary>
internal static class AuditLog
{
    public static void Add(FortuneDbContext db, CallerInfo caller, string action, string resourceType, string resourceId, DateTime at) =>
        db.AuditEntries.Add(new AuditEntry
        {
            Id = PrefixedId.AuditEntry(),
            Action = action,
            ResourceType = resourceType,
            ResourceId = resourceId,
            ActorIp = Clip(caller.Ip, 64),
            ActorApiKey = Clip(caller.MaskedApiKey, 64),
            ActorClientId = Clip(caller.ClientId, 100),
            RequestId = Clip(caller.RequestId, 64),
            UserAgent = Clip(caller.UserAgent, 512),
            Endpoint = Clip(caller.Endpoint, 512),
            CreatedAt = at,
        });

    private static string? Clip(string? value, int max) => value is { Length: > 0 } v && v.Length > max ? v[..max] : value;
}
