using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Forge.Host.Tests.EfModels;

/// <summary>
/// Counts, per context type, how often a host built a context's options — once per context instance, once per pool
/// for a pooled context — through EF's own per-context options hook. A context never built never built its model,
/// so a count of 0 shows that this host did not build that context's model (ADR 67).
/// </summary>
public sealed class ContextCreations
{
    private readonly ConcurrentDictionary<Type, int> _counts = new();

    public static ContextCreations AddTo(WebApplicationBuilder builder)
    {
        var creations = new ContextCreations();
        builder.Services.AddSingleton(creations);
        builder.Services.AddSingleton(typeof(IDbContextOptionsConfiguration<>), typeof(Counting<>));
        return creations;
    }

    /// <summary>Contexts built whose type is (or derives from) <typeparamref name="TContext"/>.</summary>
    public int Of<TContext>() where TContext : DbContext =>
        _counts.Where(c => c.Key.IsAssignableTo(typeof(TContext))).Sum(c => c.Value);

    public int Of(Type context) => _counts.Where(c => c.Key.IsAssignableTo(context)).Sum(c => c.Value);

    private sealed class Counting<TContext>(ContextCreations creations) : IDbContextOptionsConfiguration<TContext> where TContext : DbContext
    {
        public void Configure(IServiceProvider serviceProvider, DbContextOptionsBuilder optionsBuilder) =>
            creations._counts.AddOrUpdate(typeof(TContext), 1, (_, n) => n + 1);
    }
}
