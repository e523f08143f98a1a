using System.Globalization;
using Forge.Fortune.Application.Profiles;
using Forge.Fortune.Domain.Fortunes;
using Forge.Fortune.Domain.Readings;
using Forge.Fortune.Fortunes;
using Forge.Fortune.Profiles;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>Stored fortunes → the wire's Fortune object and list item.</summary>
internal static class FortuneMapper
{
    public static FortuneDto Full(StoredFortune f, bool includeLuckyItems, bool cached, UnmaskedProfileDto? profile = null) => new(
        f.Id, f.ProfileId, f.FortuneType, Date(f.FortuneDate), f.Model, f.Engine, f.Score, f.Summary,
        FortuneContent.ReadCategories(f.CategoriesJson),
        includeLuckyItems ? FortuneContent.ReadLuckyItems(f.LuckyItemsJson) : null,
        f.Engine == BuiltinReadingEngine.EngineName ? BuiltinReadingEngine.Disclaimer : null,
        cached, WireTime.ToWire(f.GeneratedAt), profile);

    public static FortuneListItemDto Item(FortuneListRow f) => new(
        f.Id, f.ProfileId, f.FortuneType, Date(f.FortuneDate), f.Model, f.Engine, f.Score, f.Summary,
        f.CacheHits > 0, WireTime.ToWire(f.GeneratedAt));

    /// <summary>On reads (get, list; the list's own copy is in <see cref="Item"/>), <c>cached</c> says whether a later request was answered with this fortune.</summary>
    public static bool WasServedFromCache(StoredFortune f) => f.CacheHits > 0;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
