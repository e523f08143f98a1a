namespace Forge.Fortune.Simple;

/// <summary>The v0 SajuResult (camelCase), as the simple API's docs show it.</summary>
public sealed record SimpleSajuResult(
    SimplePillars Pillars,
    SimpleDayMaster DayMaster,
    IReadOnlyDictionary<string, int> Elements,
    string WeakestElement);

public sealed record SimplePillars(SimplePillar Year, SimplePillar Month, SimplePillar Day, SimplePillar? Hour);

public sealed record SimplePillar(SimpleStem Stem, SimpleBranch Branch, string FullKr, string FullCn);

/// <param name="Kr">The stem's Korean reading with its element (경금); <paramref name="Hangul"/> is the bare syllable (경).</param>
public sealed record SimpleStem(string Kr, string Hangul, string Cn, string Element, string ElementKr, string YinYang, int Index);

public sealed record SimpleBranch(string Kr, string Hangul, string Cn, string Element, string ElementKr, string Animal, int Index);

public sealed record SimpleDayMaster(string Name, string Element, string ElementKr);

/// <summary>The simple API's success envelope: <c>{success:true, data, meta:{requestId, latency}}</c>.</summary>
public sealed record SimpleEnvelope<T>(bool Success, T Data, SimpleMeta Meta);

public sealed record SimpleMeta(string RequestId, long Latency);
