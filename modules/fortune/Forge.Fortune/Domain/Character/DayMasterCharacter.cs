using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Domain.Character;

/// <summary>
/// The day master's character as the simple API shows it (D1's <c>character</c>): the image each stem is
/// traditionally given (甲 the tall tree, 乙 the vine, 丙 the sun, 丁 the candle, 戊 the mountain, 己 the
/// field, 庚 the ore, 辛 the jewel, 壬 the sea, 癸 the rain) and what that image says about how the person
/// works and handles money.
/// </summary>
public sealed record DayMasterCharacter(HeavenlyStem Stem, string Title, string Emoji, string Identity, string InvestmentIdentity)
{
    private static readonly DayMasterCharacter[] Table =
    [
        new(HeavenlyStem.Gap, "곧게 뻗는 큰 나무", "🌳", "한번 정한 방향으로 꾸준히 자라는 개척자입니다. 책임감이 강하고 앞장서는 것을 두려워하지 않습니다.",
            "성장성이 분명한 곳에 오래 머무는 장기 투자형입니다."),
        new(HeavenlyStem.Eul, "바람에 휘는 덩굴", "🌿", "환경에 맞춰 유연하게 길을 찾는 생존가입니다. 사람 사이에서 기회를 잘 발견합니다.",
            "분산과 적응에 능한 유연한 분할 매수형입니다."),
        new(HeavenlyStem.Byeong, "세상을 비추는 태양", "☀️", "밝고 솔직하며 주변을 끌어당기는 리더입니다. 생각이 곧 행동이 됩니다.",
            "흐름을 먼저 읽고 과감하게 들어가는 공격형입니다."),
        new(HeavenlyStem.Jeong, "어둠을 밝히는 촛불", "🕯️", "섬세하고 집중력이 깊은 전략가입니다. 작은 것에서 큰 의미를 찾아냅니다.",
            "깊이 공부한 소수 종목에 집중하는 분석형입니다."),
        new(HeavenlyStem.Mu, "묵직하게 선 큰 산", "⛰️", "흔들림 없이 중심을 지키는 버팀목입니다. 신뢰를 쌓는 데 시간을 아끼지 않습니다.",
            "급등락에 흔들리지 않는 가치 보유형입니다."),
        new(HeavenlyStem.Gi, "생명을 기르는 논밭", "🌾", "실속 있고 세심하게 가꾸는 관리자입니다. 주변을 챙기며 차근차근 쌓아 갑니다.",
            "꾸준한 적립으로 자산을 키우는 안정 적립형입니다."),
        new(HeavenlyStem.Gyeong, "단단한 원석", "⚔️", "결단력 있고 원칙이 분명한 승부사입니다. 필요하면 과감히 잘라 냅니다.",
            "손절과 익절의 기준이 분명한 원칙 매매형입니다."),
        new(HeavenlyStem.Sin, "빛나는 보석", "💎", "예리한 감각과 높은 기준을 지닌 완벽주의자입니다. 품질과 가치를 알아봅니다.",
            "좋은 자산을 골라 제값을 기다리는 선별 투자형입니다."),
        new(HeavenlyStem.Im, "넓고 깊은 바다", "🌊", "큰 그림을 그리며 흐름을 타는 전략가입니다. 변화 속에서 기회를 찾습니다.",
            "거시 흐름과 추세를 타는 추세 추종형입니다."),
        new(HeavenlyStem.Gye, "대지를 적시는 비", "💧", "조용히 스며들어 결과를 만드는 지략가입니다. 직관과 정보력이 뛰어납니다.",
            "정보를 모아 때를 기다리는 신중한 관망형입니다."),
    ];

    public static DayMasterCharacter Of(HeavenlyStem stem) => Table[(int)stem];
}
