using System.Text.Json.Serialization;
using Forge.Fortune.Fortunes;

namespace Forge.Fortune.Simple;

/// <summary>
/// The v0 daily fortune (ADR 15), in D1's sections: <c>character</c> and <c>investmentTendency</c> from the
/// pillars (omitted for <c>type: fortune_only</c>) and <c>todayFortune</c>, written by <c>engine</c>.
/// </summary>
public sealed record SimpleDailyFortune(
    string UserName,
    string Date,
    string Type,
    string Model,
    string Engine,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SimpleCharacter? Character,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SimpleTendency? InvestmentTendency,
    SimpleTodayFortune TodayFortune,
    string Disclaimer);

public sealed record SimpleCharacter(string Title, string DayMaster, string DayMasterHanja, string Emoji, string Identity, string InvestmentIdentity);

public sealed record SimpleTendency(IReadOnlyList<SimpleTrait> Strengths, SimpleTrait Weakness, SimpleTendencyScores Scores, string Summary, string Warning);

public sealed record SimpleTrait(string Element, string Emoji, string Trait);

public sealed record SimpleTendencyScores(int RiskTolerance, int LongTermAptitude, int TrendSensitivity);

/// <param name="Greeting">The only place <c>userName</c> appears: it is never sent to a model nor cached.</param>
public sealed record SimpleTodayFortune(
    string Date,
    string FormattedDate,
    string DayPillar,
    string Greeting,
    int Score,
    string Summary,
    FortuneCategoriesDto Categories,
    SimpleDeficiency Deficiency,
    IReadOnlyList<string> ActionItems,
    LuckyItemsDto LuckyItems);

public sealed record SimpleDeficiency(string Element, string ElementKr, string Advice);

/// <summary>The simple API's success envelope for generated answers: <c>{success, data, meta{requestId, model, cached, cost, latency}}</c>.</summary>
public sealed record SimpleFortuneEnvelope<T>(bool Success, T Data, SimpleFortuneMeta Meta);

/// <param name="Cost">US dollars this call spent on the model (0 for the built-in engine and cached answers).</param>
/// <param name="Latency">Milliseconds.</param>
public sealed record SimpleFortuneMeta(string RequestId, string Model, bool Cached, decimal Cost, long Latency);
