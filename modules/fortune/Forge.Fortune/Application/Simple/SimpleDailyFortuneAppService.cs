using System.Globalization;
using System.Runtime.CompilerServices;
using Forge.Fortune.Application.Fortunes;
using Forge.Fortune.Application.Status;
using Forge.Fortune.Domain.Character;
using Forge.Fortune.Domain.Readings;
using Forge.Fortune.Domain.Saju;
using Forge.Fortune.Fortunes;
using Forge.Fortune.Simple;
using Forge.Hosting.AI;
using Forge.Hosting.MultiTenancy;
using Microsoft.Extensions.Logging;
using Forge.Hosting.ProductApi;

namespace Forge.Fortune.Application.Simple;

/// <summary>What the v0 daily fortune answered with, and what it cost.</summary>
public sealed record SimpleDailyAnswer(SimpleDailyFortune Data, string Model, bool Cached, decimal Cost);

/// <summary>One event of <c>/api/daily-fortune-stream</c> (FS): <c>character</c>, <c>tendency</c>, <c>fortune</c>, <c>complete</c> or <c>error</c>.</summary>
public sealed record SimpleStreamEvent(string Name, object Data);

public sealed record SimpleStreamComplete(string RequestId, string Model, string Engine, bool Cached, decimal Cost, long Latency);

public sealed record SimpleStreamError(string Code, string Type, string Message);

/// <summary>
/// <c>POST /api/daily-fortune</c> and <c>/api/daily-fortune-stream</c> (v0, every plan; ADR 15): a daily fortune
/// from a saju object, no profile stored. Character and tendency come from the pillars by rule; the day's
/// reading from the model when its provider is configured (checked as stored fortunes are, kept in
/// <see cref="SimpleFortuneCache"/>), else from the built-in engine. The name only addresses the reader.
/// </summary>
public sealed class SimpleDailyFortuneAppService(
    IAiChatClientFactory ai, ModelCallOutcomes outcomes, SimpleFortuneCache cache, ICurrentTenant tenant, TimeProvider clock,
    ILogger<SimpleDailyFortuneAppService> logger)
{
    public const string Full = "full";
    public const string FortuneOnly = "fortune_only";
    public const string AiDisclaimer = "성격·투자 성향·실천 항목은 명리학 규칙에 따라 계산되었고, 오늘의 풀이는 AI 모델이 작성했습니다.";

    private sealed record Parsed(NatalChart Chart, string UserName, DateOnly Date, string Alias, string Type);

    public async Task<SimpleDailyAnswer> AnswerAsync(SimpleDailyFortuneInput input, CancellationToken ct)
    {
        var parsed = Parse(input);
        var (content, cached) = await ContentAsync(parsed, ct);
        var full = parsed.Type == Full;
        var data = new SimpleDailyFortune(parsed.UserName, FortuneMapper.Date(parsed.Date), parsed.Type, content.Model, content.Engine,
            full ? Character(parsed.Chart) : null, full ? Tendency(parsed.Chart) : null, Today(parsed, content), Disclaimer(content));
        return new SimpleDailyAnswer(data, content.Model, cached, cached ? 0m : content.Usage.CostUsd);
    }

    /// <summary>Validates now (a 400 before the stream begins); the events follow as they are ready.</summary>
    public IAsyncEnumerable<SimpleStreamEvent> OpenStream(SimpleDailyFortuneInput input, string requestId, CancellationToken ct) =>
        StreamAsync(Parse(input), requestId, clock.GetTimestamp(), ct);

    private async IAsyncEnumerable<SimpleStreamEvent> StreamAsync(Parsed parsed, string requestId, long started, [EnumeratorCancellation] CancellationToken ct)
    {
        if (parsed.Type == Full)
        {
            yield return new("character", Character(parsed.Chart));
            yield return new("tendency", Tendency(parsed.Chart));
        }
        var (content, cached, failure) = await TryContentAsync(parsed, ct);
        if (failure is not null)
        {
            yield return new("error", failure);
            yield break;
        }
        yield return new("fortune", Today(parsed, content!));
        yield return new("complete", new SimpleStreamComplete(requestId, content!.Model, content.Engine, cached,
            cached ? 0m : content.Usage.CostUsd, (long)clock.GetElapsedTime(started).TotalMilliseconds));
    }

    private async Task<(FortuneContent? Content, bool Cached, SimpleStreamError? Failure)> TryContentAsync(Parsed parsed, CancellationToken ct)
    {
        try
        {
            var (content, cached) = await ContentAsync(parsed, ct);
            return (content, cached, null);
        }
        catch (ProductApiException e)
        {
            return (null, false, new SimpleStreamError(e.Code, FortuneRefusal.TypeOf(e.Kind), e.Message));
        }
    }

    private async Task<(FortuneContent Content, bool Cached)> ContentAsync(Parsed parsed, CancellationToken ct)
    {
        if (!ai.IsConfigured(parsed.Alias))
            return (BuiltinFortuneWriter.Write(parsed.Chart, FortuneType.Daily, parsed.Date), false);

        var c = parsed.Chart;
        var key = $"{tenant.Id}|{c.Year.Pillar.Hanja}{c.Month.Pillar.Hanja}{c.Day.Pillar.Hanja}{c.Hour?.Pillar.Hanja ?? "--"}|{parsed.Date:yyyy-MM-dd}|{parsed.Alias}";
        if (cache.Get(key) is { } stored) return (stored, true);
        var content = await new AiFortuneWriter(ai, outcomes, logger).WriteAsync(parsed.Alias, c, ReadingPeriod.For(FortuneType.Daily, parsed.Date), ct);
        cache.Set(key, content);
        return (content, false);
    }

    private Parsed Parse(SimpleDailyFortuneInput input)
    {
        var chart = SimpleSajuParser.Parse(input.Saju);
        var name = InputParsing.Required(input.UserName, "userName").Trim();
        if (new StringInfo(name).LengthInTextElements > 20) throw FortuneRefusal.Invalid("userName", "userName must be at most 20 characters.");
        var date = FortuneDates.Parse(input.Date, "date") ?? FortuneDates.TodayInKorea(clock);
        var alias = ModelAlias.Parse(ai, input.Model);
        var type = (input.Type?.Trim().ToLowerInvariant()) switch
        {
            null or Full => Full,
            FortuneOnly => FortuneOnly,
            _ => throw FortuneRefusal.Invalid("type", $"type must be one of: {Full}, {FortuneOnly}."),
        };
        return new Parsed(chart, name, date, alias, type);
    }

    private static SimpleCharacter Character(INatalChart chart)
    {
        var c = DayMasterCharacter.Of(chart.DayMaster);
        return new SimpleCharacter(c.Title, chart.DayMasterName, chart.DayMaster.Hanja(), c.Emoji, c.Identity, c.InvestmentIdentity);
    }

    private static SimpleTendency Tendency(INatalChart chart)
    {
        var t = InvestmentTendency.Of(chart);
        static SimpleTrait Trait(ElementTrait e, string text) => new(e.Element.English(), e.Emoji, text);
        return new SimpleTendency(t.Strengths.Select(s => Trait(s, s.Strength)).ToList(), Trait(t.Weakness, t.Weakness.Weakness),
            new SimpleTendencyScores(t.Scores.RiskTolerance, t.Scores.LongTermAptitude, t.Scores.TrendSensitivity), t.Summary, t.Warning);
    }

    private static SimpleTodayFortune Today(Parsed parsed, FortuneContent content)
    {
        var formatted = FormattedDate(parsed.Date);
        var needed = parsed.Chart.WeakestElement;
        var table = ElementCorrespondence.Of(needed);
        var deficiency = new SimpleDeficiency(needed.English(), needed.Hangul(),
            $"{table.Color.Korean} 소품과 {Place(table.Direction.Korean)}을 가까이해 부족한 {needed.Hangul()}({needed.Hanja()}) 기운을 보완하세요.");
        return new SimpleTodayFortune(FortuneMapper.Date(parsed.Date), formatted, PillarRules.DayPillar(parsed.Date).Hangul,
            $"{parsed.UserName}님, {formatted}의 운세입니다.", content.Score, content.Summary, content.Categories, deficiency,
            ActionItems(content), content.LuckyItems);
    }

    /// <summary>Three things to do today: lean on the best life area, mind the weakest, carry the lucky colour.</summary>
    private static IReadOnlyList<string> ActionItems(FortuneContent content)
    {
        var c = content.Categories;
        var areas = new[] { (FortuneCategory.Wealth, c.Wealth.Score), (FortuneCategory.Love, c.Love.Score),
                            (FortuneCategory.Health, c.Health.Score), (FortuneCategory.Career, c.Career.Score) };
        var best = areas.OrderByDescending(a => a.Score).First();
        var worst = areas.OrderBy(a => a.Score).First();
        return
        [
            $"{best.Item1.Korean()}: {CategoryPhrases.AdviceFor(best.Item1, best.Score)}",
            $"{worst.Item1.Korean()}: {CategoryPhrases.AdviceFor(worst.Item1, worst.Score)}",
            $"행운의 색 {content.LuckyItems.Color}을 몸에 지니고 {Place(content.LuckyItems.Direction)}에서 하루를 시작해 보세요.",
        ];
    }

    private static string Place(string direction) => direction == "중앙" ? "집의 중심" : direction + "쪽";

    private static string FormattedDate(DateOnly date) =>
        $"{date.Year}년 {date.Month}월 {date.Day}일 ({"일월화수목금토"[(int)date.DayOfWeek]})";

    private static string Disclaimer(FortuneContent content) =>
        content.Engine == BuiltinReadingEngine.EngineName ? BuiltinReadingEngine.Disclaimer : AiDisclaimer;
}
