using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Forge.Hosting.Data;

/// <summary>
/// The state an interceptor needs to announce something a <c>SaveChanges</c> staged once it is committed: at once
/// after the save, or after the commit of the explicit transaction around it (nothing on a rollback or a failed save).
/// Kept per <see cref="DbContext"/> (weakly) rather than in the interceptor, so one interceptor instance can serve
/// every context built from shared options — a pooled context's options are built once (ADR 35).
/// </summary>
public sealed class PulseAfterCommit(Action pulse)
{
    private readonly ConditionalWeakTable<DbContext, State> _states = new();

    /// <summary>Before a save: whether it carries something to announce.</summary>
    public void Saving(DbContext? context, bool staged)
    {
        if (context is not null) _states.GetOrCreateValue(context).Staged = staged;
    }

    /// <summary>After a save: announce now, or once the open transaction commits.</summary>
    public void Saved(DbContext? context)
    {
        if (context is null || !_states.TryGetValue(context, out var state) || !state.Staged) return;
        state.Staged = false;
        if (context.Database.CurrentTransaction is not null) state.AwaitingCommit = true;
        else pulse();
    }

    public void Failed(DbContext? context)
    {
        if (context is not null && _states.TryGetValue(context, out var state)) state.Staged = false;
    }

    public void Committed(DbContext? context)
    {
        if (context is null || !_states.TryGetValue(context, out var state) || !state.AwaitingCommit) return;
        state.AwaitingCommit = false;
        pulse();
    }

    public void RolledBack(DbContext? context)
    {
        if (context is not null && _states.TryGetValue(context, out var state)) state.AwaitingCommit = false;
    }

    private sealed class State
    {
        public bool Staged;
        public bool AwaitingCommit;
    }
}
