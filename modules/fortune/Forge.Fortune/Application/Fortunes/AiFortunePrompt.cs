using System.Text;
using Forge.Fortune.Domain.Readings;
using Forge.Fortune.Domain.Saju;
using Microsoft.Extensions.AI;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>
/// The conversation that asks a model for a fortune: the computed chart (pillars, day master, element
/// counts, ten gods) and the period's pillar with its ten gods, so the model interprets the engine's
/// numbers instead of inventing a chart. No name or birth date is sent: the chart is all it needs.
/// </summary>
internal static class AiFortunePrompt
{
    private const string System =
        "당신은 한국 명리학(사주팔자) 전문가입니다. 주어진 사주 원국과 운의 기간 간지를 바탕으로 운세를 작성합니다. " +
        "모든 설명은 자연스러운 한국어로, 과장 없이 구체적으로 씁니다. 의료·투자 결정을 단정하지 마십시오.";

    public static IReadOnlyList<ChatMessage> Messages(INatalChart chart, ReadingPeriod period) =>
        [new(ChatRole.System, System), new(ChatRole.User, Describe(chart, period))];

    private static string Describe(INatalChart chart, ReadingPeriod period)
    {
        var text = new StringBuilder();
        text.AppendLine($"운세 종류: {period.Type.Key()} ({period.KoreanName})");
        text.AppendLine("사주 원국:");
        foreach (var p in chart.Pillars)
        {
            var stemGod = p.StemTenGod is { } god ? god.Hangul() : "일간";
            text.AppendLine($"- {Position(p.Position)}: {p.Pillar.Hangul}({p.Pillar.Hanja}) 천간 십신 {stemGod}, 지지 십신 {p.BranchTenGod.Hangul()}");
        }
        if (chart.Hour is null) text.AppendLine("- 시주: 모름");
        text.AppendLine($"일간(day master): {chart.DayMasterName}");
        var e = chart.Elements;
        text.AppendLine($"오행 개수: 목 {e.Wood}, 화 {e.Fire}, 토 {e.Earth}, 금 {e.Metal}, 수 {e.Water}; 가장 약한 오행: {chart.WeakestElement.Hangul()}");
        var focus = period.Focus;
        text.AppendLine($"기간의 간지: {focus.Hangul}({focus.Hanja}) — 천간 십신 {TenGods.Of(chart.DayMaster, focus.Stem).Hangul()}, " +
                        $"지지 십신 {TenGods.Of(chart.DayMaster, focus.Branch).Hangul()}");
        if (period.Context.Count > 0)
            text.AppendLine($"함께 작용하는 간지: {string.Join(", ", period.Context.Select(p => $"{p.Hangul}({p.Hanja})"))}");
        text.AppendLine();
        text.AppendLine("다음 형식의 JSON 객체 하나로 답하십시오. 점수는 0~100 사이의 정수입니다.");
        text.AppendLine("""{"score": 정수, "summary": "한두 문장 요약", "categories": {"overall": {"score": 정수, "description": "설명"}, "wealth": {...}, "love": {...}, "health": {...}, "career": {...}}, "lucky_items": {"numbers": [1~45 사이 서로 다른 정수 3개], "color": "색 이름(예: 청색)", "direction": "방위(예: 동)"}}""");
        text.AppendLine($"행운의 아이템은 부족한 오행({chart.WeakestElement.Hangul()})을 보완하는 방향으로 고르십시오.");
        return text.ToString();
    }

    private static string Position(PillarPosition position) => position switch
    {
        PillarPosition.Year => "연주",
        PillarPosition.Month => "월주",
        PillarPosition.Day => "일주",
        _ => "시주",
    };
}
