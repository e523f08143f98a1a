using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Domain.Character;

/// <summary>
/// What each element brings to how a person takes decisions about money when it is strong in the chart, and
/// what its absence leaves out: 木 growth, 火 drive, 土 patience, 金 decisiveness, 水 insight.
/// </summary>
public sealed record ElementTrait(FiveElement Element, string Emoji, string Strength, string Weakness)
{
    private static readonly ElementTrait[] Table =
    [
        new(FiveElement.Wood, "🌳", "성장하는 곳을 알아보는 안목", "장기 계획 없이 눈앞의 기회만 좇는 조급함"),
        new(FiveElement.Fire, "🔥", "기회가 오면 망설이지 않는 추진력", "열정이 식으면 쉽게 손을 놓는 변덕"),
        new(FiveElement.Earth, "⛰️", "흔들리지 않고 기다리는 인내", "기준 없이 버티다 손실을 키우는 고집"),
        new(FiveElement.Metal, "⚔️", "손절과 익절을 가르는 결단력", "결정을 미루다 때를 놓치는 망설임"),
        new(FiveElement.Water, "🌊", "정보와 흐름을 읽는 통찰", "유행과 소문에 쉽게 휩쓸리는 얇은 귀"),
    ];

    public static ElementTrait Of(FiveElement element) => Table[(int)element];
}
