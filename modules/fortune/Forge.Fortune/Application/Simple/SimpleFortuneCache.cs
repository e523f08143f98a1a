using Forge.Fortune.Application.Fortunes;
using Microsoft.Extensions.Caching.Memory;

namespace Forge.Fortune.Application.Simple;

/// <summary>
/// The v0 daily fortunes a model wrote, kept in this process's memory (ADR 15): per tenant, pillars, date
/// and model, for 26 hours (a KST day plus slack), at most <see cref="Capacity"/> entries. Nothing of the
/// caller is in it — the name is added when answering. Several hosts each keep their own; a miss costs a
/// second generation, never a wrong answer.
/// </summary>
public sealed class SimpleFortuneCache : IDisposable
{
    public const int Capacity = 10_000;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(26);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    internal FortuneContent? Get(string key) => _cache.TryGetValue(key, out FortuneContent? content) ? content : null;

    internal void Set(string key, FortuneContent content) =>
        _cache.Set(key, content, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });

    public void Dispose() => _cache.Dispose();
}
