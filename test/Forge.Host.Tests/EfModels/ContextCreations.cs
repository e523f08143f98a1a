using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.EfModels;

/// <summary>
/// Counts, per context type, how often a host built a context's options — once per context instance, once per pool
/// for a pooled context — through EF's own per-context options hook. A context never built never built its model,
/// so a count of 0 shows that this host did not build that context's model (ADR 67). Resolving a context (a job
/// handler's constructor) builds its options without using it; <see cref="UsedOf{TContext}"/> counts the contexts this
/// host initialised — EF's <c>ContextInitialized</c> event, raised when a context is first used and gets its model
/// (ADR 77).
/// </summary>
public sealed class ContextCreations : IDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly ConcurrentDictionary<Type, int> _counts = new();
    private readonly ConcurrentDictionary<Type, int> _used = new();
    private readonly List<IDisposable> _subscriptions = [];

    public static ContextCreations AddTo(WebApplicationBuilder builder)
    {
        var creations = new ContextCreations();
        // Through a factory, so the host disposes it (and its diagnostic subscription) when it stops.
        builder.Services.AddSingleton(_ => creations);
        builder.Services.AddSingleton(typeof(IDbContextOptionsConfiguration<>), typeof(Counting<>));
        lock (creations._subscriptions) creations._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(creations));
        return creations;
    }

    /// <summary>Contexts built whose type is (or derives from) <typeparamref name="TContext"/>.</summary>
    public int Of<TContext>() where TContext : DbContext =>
        _counts.Where(c => c.Key.IsAssignableTo(typeof(TContext))).Sum(c => c.Value);

    public int Of(Type context) => _counts.Where(c => c.Key.IsAssignableTo(context)).Sum(c => c.Value);

    /// <summary>Contexts of this host, of <typeparamref name="TContext"/> or a subclass, initialised for use.</summary>
    public int UsedOf<TContext>() where TContext : DbContext =>
        _used.Where(c => c.Key.IsAssignableTo(typeof(TContext))).Sum(c => c.Value);

    public int UsedOf(Type context) => _used.Where(c => c.Key.IsAssignableTo(context)).Sum(c => c.Value);

    /// <summary>The types of the contexts this host used, for a failure's message.</summary>
    public string Used => string.Join(", ", _used.Select(u => $"{u.Key.Name} × {u.Value}"));

    public void Dispose()
    {
        lock (_subscriptions)
        {
            foreach (var subscription in _subscriptions) subscription.Dispose();
            _subscriptions.Clear();
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name != DbLoggerCategory.Name) return;
        lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this, name => name == CoreEventId.ContextInitialized.Name));
    }

    // EF's listener is process-wide: a context counts only when its options were built by this host's services.
    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> e)
    {
        if (e.Value is not ContextInitializedEventData { Context: var context }) return;
        var services = context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        ContextCreations? owner;
        try
        {
            owner = services?.GetService<ContextCreations>();
        }
        catch (ObjectDisposedException)
        {
            // The host it belongs to is gone (a host built but never started never resolves it, so is never disposed).
            Dispose();
            return;
        }
        if (ReferenceEquals(owner, this)) _used.AddOrUpdate(context.GetType(), 1, (_, n) => n + 1);
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    private sealed class Counting<TContext>(ContextCreations creations) : IDbContextOptionsConfiguration<TContext> where TContext : DbContext
    {
        public void Configure(IServiceProvider serviceProvider, DbContextOptionsBuilder optionsBuilder) =>
            creations._counts.AddOrUpdate(typeof(TContext), 1, (_, n) => n + 1);
    }
}
