using Microsoft.EntityFrameworkCore;

namespace Forge.Hosting.Data;

/// <summary>
/// Names of the tables the kernel maps into every module context (job outbox, idempotency keys): prefixed by
/// the context's own name, so contexts sharing one database never share a kernel table.
/// </summary>
public static class ContextTables
{
    /// <summary><c>FortuneDbContext</c> (or its provider subclass <c>SqliteFortuneDbContext</c>) → <c>fortune_&lt;suffix&gt;</c>.</summary>
    public static string For(Type contextType, string suffix)
    {
        var type = contextType;
        while (type.BaseType is { } parent && parent.IsAbstract && parent != typeof(DbContext) && parent != typeof(ForgeDbContext))
            type = parent;
        var name = type.Name.EndsWith("DbContext", StringComparison.Ordinal) ? type.Name[..^"DbContext".Length] : type.Name;
        return name.ToLowerInvariant() + "_" + suffix;
    }
}
