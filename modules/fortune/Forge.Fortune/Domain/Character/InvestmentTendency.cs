using Forge.Fortune.Domain.Readings;
using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Domain.Character;

/// <summary>The three tendency scores of D1's <c>investmentTendency.scores</c>, 0–100.</summary>
public readonly record struct TendencyScores(int RiskTolerance, int LongTermAptitude, int TrendSensitivity);

/// <summary>
/// The investment tendency a chart's element balance suggests (D1's <c>investmentTendency</c>): the two
/// strongest elements as strengths, the weakest as the weakness, and three scores, each the element
/// counts weighted by how much each element carries that trait — risk tolerance by 火 (drive) and 金
/// (decisiveness), long-term aptitude by 土 (patience) and 木 (growth), trend sensitivity by 水 (insight)
/// and 火 — so the same pillars always give the same profile.
/// </summary>
public sealed record InvestmentTendency(
    IReadOnlyList<ElementTrait> Strengths, ElementTrait Weakness, TendencyScores Scores, string Summary, string Warning)
{
    // Weights per element, in 목 화 토 금 수 order.
    private static readonly double[] Risk = [0.6, 1.0, 0.1, 0.7, 0.3];
    private static readonly double[] LongTerm = [0.7, 0.2, 1.0, 0.6, 0.5];
    private static readonly double[] Trend = [0.6, 0.7, 0.1, 0.3, 1.0];

    public static InvestmentTendency Of(INatalChart chart)
    {
        var elements = Enum.GetValues<FiveElement>();
        var strongest = elements.OrderByDescending(e => chart.Elements[e]).ThenBy(e => (int)e).Take(2).ToList();
        var weakest = chart.WeakestElement;
        var scores = new TendencyScores(Score(chart, Risk), Score(chart, LongTerm), Score(chart, Trend));

        var character = DayMasterCharacter.Of(chart.DayMaster);
        var first = ElementTrait.Of(strongest[0]);
        var summary = $"{chart.DayMasterName} 일간의 {character.Title} 같은 기질에 {Names(strongest)} 기운이 강해 {KoreanText.Subject(first.Strength)} 돋보입니다.";
        var warning = $"부족한 {weakest.Hangul()}({weakest.Hanja()}) 기운 탓에 {KoreanText.Subject(ElementTrait.Of(weakest).Weakness)} 나타나기 쉬우니 원칙을 미리 정해 두세요.";
        return new(strongest.Select(ElementTrait.Of).ToList(), ElementTrait.Of(weakest), scores, summary, warning);
    }

    private static int Score(INatalChart chart, double[] weights)
    {
        var total = chart.Elements.Total;
        var weighted = Enum.GetValues<FiveElement>().Sum(e => chart.Elements[e] * weights[(int)e]);
        return Math.Clamp((int)Math.Round(100 * weighted / total, MidpointRounding.AwayFromZero), 5, 95);
    }

    private static string Names(IEnumerable<FiveElement> elements) =>
        string.Join("·", elements.Select(e => $"{e.Hangul()}({e.Hanja()})"));
}
