using Forge.Fortune.Domain.Saju;
using static Forge.Fortune.Domain.Readings.KoreanText;

namespace Forge.Fortune.Domain.Readings;

/// <summary>
/// Assembles the Korean text from the scored factors: each category's description names the factor that
/// moved it most, then gives advice for its score band; the summary names the period's ten gods, the
/// strongest clash/combination/element factor, the overall tone, and the best and weakest life area.
/// </summary>
public static class ReadingText
{
    /// <summary>Below this gap between the best and weakest area, singling them out would be noise.</summary>
    public const int NotableSpread = 8;

    /// <summary>A factor lighter than this (e.g. the needed element only in the background month) is not headline news.</summary>
    public const int KeyFactorMinimumWeight = 4;

    private static readonly Dictionary<ReadingTheme, string> KeyFactorSentences = new()
    {
        [ReadingTheme.Clash] = "일지와 충(沖)이 들어 가까운 관계와 몸 상태가 흔들리기 쉽습니다.",
        [ReadingTheme.Combination] = "일지와 육합이 들어 사람 사이의 일이 부드럽게 풀립니다.",
        [ReadingTheme.OtherClash] = "사주의 다른 지지와 충이 있어 뜻밖의 변화에 대비하는 것이 좋습니다.",
        [ReadingTheme.OtherCombination] = "사주의 지지와 합을 이루어 주변의 협조를 얻기 쉽습니다.",
        [ReadingTheme.StemCombination] = "천간합이 들어 새로운 인연과 제안에 마음이 열립니다.",
        [ReadingTheme.NeededElement] = "사주에 부족한 {needed} 기운이 보충되어 균형이 좋아집니다.",
        [ReadingTheme.ExcessElement] = "이미 많은 {excess} 기운이 더해지니 지나침을 경계하세요.",
    };

    public static string Description(FortuneCategory category, ScoredReading scored, INatalChart chart)
    {
        var dominant = scored.Factors
            .Where(f => f.Adjustment[category] != 0)
            .OrderByDescending(f => Math.Abs(f.Adjustment[category]))
            .FirstOrDefault(); // OrderByDescending is stable: ties keep rule order (ten gods first)
        var clause = CategoryPhrases.Clause(category, dominant?.Theme);
        return Fill(clause, chart) + " " + CategoryPhrases.AdviceFor(category, scored.Categories[category]);
    }

    public static string Summary(INatalChart chart, ReadingPeriod period, ScoredReading scored)
    {
        var unit = period.Type switch { FortuneType.Daily => "날", FortuneType.Monthly => "달", _ => "해" };
        var sentences = new List<string>();

        var stemGod = TenGods.Of(chart.DayMaster, period.Focus.Stem).Hangul();
        var branchGod = TenGods.Of(chart.DayMaster, period.Focus.Branch).Hangul();
        var gods = stemGod == branchGod ? $"{stemGod}의 기운이 겹쳐" : $"{And(stemGod, branchGod)}의 기운이 함께";
        sentences.Add($"{Topic(period.KoreanName)} {chart.DayMasterName} 일간에게 {gods} 들어오는 {unit}입니다.");

        var key = scored.Factors.Where(f => !f.IsTenGod).OrderByDescending(f => f.Weight).FirstOrDefault();
        if (key is not null && key.Weight >= KeyFactorMinimumWeight && KeyFactorSentences.TryGetValue(key.Theme, out var keySentence))
            sentences.Add(Fill(keySentence, chart));

        sentences.Add(scored.Score >= CategoryPhrases.HighBand
            ? $"전반적으로 기운이 좋은 {unit}이니 계획한 일을 밀고 나가 보세요."
            : scored.Score >= CategoryPhrases.LowBand
                ? $"큰 굴곡 없이 무난한 {unit}입니다."
                : $"기운이 다소 약한 {unit}이니 속도를 늦추고 몸과 마음을 살피세요.");

        var areas = new[] { FortuneCategory.Wealth, FortuneCategory.Love, FortuneCategory.Health, FortuneCategory.Career };
        var best = areas.OrderByDescending(c => scored.Categories[c]).First();
        var worst = areas.OrderBy(c => scored.Categories[c]).First();
        if (scored.Categories[best] - scored.Categories[worst] >= NotableSpread)
            sentences.Add($"특히 {Subject(best.Korean())} 돋보이고, {Topic(worst.Korean())} 조심하는 것이 좋습니다.");

        return string.Join(" ", sentences);
    }

    private static string Fill(string text, INatalChart chart)
    {
        var needed = ElementFactors.Needed(chart);
        var excess = ElementFactors.Excess(chart);
        return text
            .Replace("{needed}", $"{needed.Hangul()}({needed.Hanja()})")
            .Replace("{excess}", excess is { } e ? $"{e.Hangul()}({e.Hanja()})" : "");
    }
}
