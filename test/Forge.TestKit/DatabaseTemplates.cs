using System.Collections.Concurrent;

namespace Forge.TestKit;

/// <summary>
/// One migrated database per module set and test process, cloned for every test host that asks for a
/// fresh database: a host then finds nothing to migrate instead of running every migration again.
/// The template is this process's own (no lock between test assemblies running side by side), made
/// on first use and dropped when the process exits.
/// </summary>
internal static class DatabaseTemplates
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<TestDatabase>>> Templates = new();

    /// <param name="key">What decides the schema: the modules the host loads.</param>
    /// <param name="migrate">Applies every migration to the (empty) template database.</param>
    public static async Task<TestDatabase> CloneAsync(string key, Func<TestDatabase, Task> migrate)
    {
        var lazy = Templates.GetOrAdd(key, _ => new Lazy<Task<TestDatabase>>(() => CreateTemplateAsync(migrate)));
        TestDatabase template;
        try
        {
            template = await lazy.Value;
        }
        catch
        {
            // Not cached: the next host tries again (and reports its own failure).
            Templates.TryRemove(new KeyValuePair<string, Lazy<Task<TestDatabase>>>(key, lazy));
            throw;
        }
        return await TestDatabase.CloneAsync(template);
    }

    private static async Task<TestDatabase> CreateTemplateAsync(Func<TestDatabase, Task> migrate)
    {
        var template = await TestDatabase.CreateAsync();
        try
        {
            await migrate(template);
            await template.SealAsTemplateAsync();
        }
        catch
        {
            await template.DisposeAsync();
            throw;
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return template;
    }
}
