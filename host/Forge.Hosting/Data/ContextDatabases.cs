namespace Forge.Hosting.Data;

public static class ContextDatabases
{
    /// <summary>The database registered for <typeparamref name="TContext"/> (one per registered context).</summary>
    public static ContextDatabase Of<TContext>(this IEnumerable<ContextDatabase> databases) =>
        databases.Of(typeof(TContext));

    public static ContextDatabase Of(this IEnumerable<ContextDatabase> databases, Type contextType) =>
        databases.Single(d => d.ContextType == contextType);
}
