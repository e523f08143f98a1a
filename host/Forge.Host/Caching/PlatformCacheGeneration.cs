using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Forge.Host.Caching;

/// <summary>
/// Ties every cached credential, tenant, feature and client-revocation entry of this process to
/// one generation: when anything of that kind changes anywhere (ADR 24), the whole generation is
/// dropped at once. Changes are rare operator actions, so dropping everything costs a handful of
/// reads and saves tracking which host cached what.
/// </summary>
public sealed class PlatformCacheGeneration
{
    private static readonly TimeSpan SafetyNetLifetime = TimeSpan.FromMinutes(10);
    private CancellationTokenSource _current = new();

    /// <summary>
    /// Entry options for a value about to be read from the database. Take them <em>before</em> the
    /// read: if the generation ends during the read, the entry is born expired and the stale value
    /// is not kept.
    /// </summary>
    public MemoryCacheEntryOptions EntryOptions() =>
        new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = SafetyNetLifetime }
            .AddExpirationToken(new CancellationChangeToken(Volatile.Read(ref _current).Token));

    /// <summary>Drops every entry of the current generation.</summary>
    public void Invalidate()
    {
        // Not disposed: a reader may still be taking its token (a disposed source throws there).
        Interlocked.Exchange(ref _current, new CancellationTokenSource()).Cancel();
    }
}

/// <summary>Reads through <see cref="IMemoryCache"/> under the current generation.</summary>
public static class GenerationCacheExtensions
{
    public static async Task<T?> GetOrReadAsync<T>(this IMemoryCache cache, PlatformCacheGeneration generation, object key,
        Func<Task<T?>> read, bool cacheMissing = true)
    {
        if (cache.TryGetValue(key, out T? cached)) return cached;
        var options = generation.EntryOptions();
        var value = await read();
        if (value is not null || cacheMissing) cache.Set(key, value, options);
        return value;
    }
}
