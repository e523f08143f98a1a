using Forge.Fortune.Application.Profiles;
using Forge.Fortune.Domain;
using Forge.Fortune.Domain.Status;
using Forge.Fortune.EntityFrameworkCore;
using Forge.Fortune.Status;
using Microsoft.EntityFrameworkCore;
using Forge.Hosting.Data;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Status;

/// <summary>
/// Keeps <c>fortune_incidents</c> in step with the measured components: a component that is not operational
/// has exactly one open (<c>investigating</c>) incident, which is resolved when the component is operational
/// again. Safe under concurrent evaluations and several hosts: the unique index on the open component
/// refuses a second open incident, and resolving is one conditional UPDATE. When every component is operational and
/// no incident is open (asked over a plain connection), there is nothing to do and no EF model is built (ADR 77).
/// </summary>
public sealed class IncidentTracker(Lazy<FortuneDbContext> context, IEnumerable<ContextDatabase> databases, TimeProvider clock)
{
    /// <summary>Resolved on first use: a call with nothing to do builds no context (ADR 79).</summary>
    private FortuneDbContext Db => context.Value;

    private const string Open = $"\"{nameof(Incident.OpenComponent)}\" IS NOT NULL";

    public async Task SyncAsync(IReadOnlyList<ComponentReading> readings, CancellationToken ct)
    {
        if (readings.All(r => ComponentStatus.Severity(r.Status) == 0)
            && !await databases.Of<FortuneDbContext>().AnyRowAsync(FortuneModel.IncidentsTable, ct, Open))
            return;
        var open = await Db.Incidents.AsNoTracking().Where(i => i.OpenComponent != null).ToListAsync(ct);
        foreach (var reading in readings)
        {
            var current = open.FirstOrDefault(i => i.Component == reading.Component);
            var healthy = ComponentStatus.Severity(reading.Status) == 0;
            if (!healthy && current is null) await OpenAsync(reading, ct);
            else if (healthy && current is not null) await ResolveAsync(current.Id, ct);
        }
    }

    public async Task<(IReadOnlyList<IncidentDto> Active, IncidentDto? LastResolved)> ReadAsync(CancellationToken ct)
    {
        var active = await Db.Incidents.AsNoTracking().Where(i => i.OpenComponent != null)
            .OrderByDescending(i => i.StartedAt).ThenBy(i => i.Id).ToListAsync(ct);
        var last = await Db.Incidents.AsNoTracking().Where(i => i.Status == IncidentStatus.Resolved)
            .OrderByDescending(i => i.ResolvedAt).ThenByDescending(i => i.Id).FirstOrDefaultAsync(ct);
        return (active.Select(Map).ToList(), last is null ? null : Map(last));
    }

    private async Task OpenAsync(ComponentReading reading, CancellationToken ct)
    {
        var message = reading.Message ?? $"{reading.Component} is {reading.Status}.";
        Db.Incidents.Add(new Incident
        {
            Id = PrefixedId.Incident(),
            Component = reading.Component,
            Status = IncidentStatus.Investigating,
            Message = message.Length > 512 ? message[..512] : message,
            OpenComponent = reading.Component,
            StartedAt = WireTime.Now(clock),
        });
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another evaluation opened this component's incident first; the unique index kept it single.
        }
        finally
        {
            Db.ChangeTracker.Clear();
        }
    }

    private Task ResolveAsync(string id, CancellationToken ct)
    {
        var now = WireTime.Now(clock);
        return Db.Incidents.Where(i => i.Id == id && i.OpenComponent != null).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Status, IncidentStatus.Resolved)
            .SetProperty(i => i.ResolvedAt, now)
            .SetProperty(i => i.OpenComponent, (string?)null), ct);
    }

    private static IncidentDto Map(Incident i) => new(i.Id, i.Component, i.Status, i.Message, WireTime.ToWire(i.StartedAt),
        i.ResolvedAt is { } r ? WireTime.ToWire(r) : null);
}
