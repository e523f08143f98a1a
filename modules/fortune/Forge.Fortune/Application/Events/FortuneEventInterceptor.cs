using Forge.Fortune.Domain.Events;
using Forge.Hosting.Data;
using Microsoft.EntityFrameworkCore;

namespace Forge.Fortune.Application.Events;

/// <summary>
/// After a <c>SaveChanges</c> that committed events (or the commit of the transaction around it), pulses the SSE
/// feed so this host's streams send them at once. Delivery needs nothing here: each event's dispatch job is staged
/// with it in the kernel's job outbox (<see cref="FortuneEvents.Add"/>, ADR 20). One instance serves every pooled
/// context (ADR 35).
/// </summary>
internal sealed class FortuneEventInterceptor(FortuneEventSignal signal) : CommitPulseInterceptor(signal.Pulse)
{
    protected override bool Stages(DbContext context) =>
        context.ChangeTracker.Entries<FortuneEvent>().Any(e => e.State == EntityState.Added);
}
