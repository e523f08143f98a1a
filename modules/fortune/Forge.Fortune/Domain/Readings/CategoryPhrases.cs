using static Forge.Fortune.Domain.Readings.ReadingTheme;

namespace Forge.Fortune.Domain.Readings;

/// <summary>
/// Korean phrase tables for category descriptions: one clause per (category, theme) saying WHY the
/// category moved — taken from the factor that moved it most — and one advice sentence per score band.
/// "{needed}"/"{excess}" are replaced by element names. Only pairs whose rules can move the category are
/// listed; a category nothing moved gets <see cref="Calm"/>.
/// </summary>
public static class CategoryPhrases
{
    public const int HighBand = 70;
    public const int LowBand = 50;

    public const string Calm = "특별히 두드러지는 기운 없이 잔잔한 흐름입니다.";

    private static readonly Dictionary<(FortuneCategory, ReadingTheme), string> Clauses = new()
    {
        [(FortuneCategory.Overall, Companion)] = "비견·겁재의 기운이 들어와 주변 사람들과 어깨를 나란히 하게 됩니다.",
        [(FortuneCategory.Overall, Output)] = "식상의 기운이 살아나 생각을 말과 행동으로 풀어내기 좋은 흐름입니다.",
        [(FortuneCategory.Overall, Wealth)] = "재성이 들어와 현실적인 성과를 챙기기 좋은 흐름입니다.",
        [(FortuneCategory.Overall, Officer)] = "관성이 들어와 책임과 역할이 무거워지는 흐름입니다.",
        [(FortuneCategory.Overall, Resource)] = "인성이 들어와 주변의 도움과 배움이 따르는 흐름입니다.",
        [(FortuneCategory.Overall, Clash)] = "일지와 충이 일어나 생활의 리듬이 흔들리기 쉽습니다.",
        [(FortuneCategory.Overall, Combination)] = "일지와 합이 들어 일이 순조롭게 맞물려 돌아갑니다.",
        [(FortuneCategory.Overall, OtherClash)] = "사주의 지지와 부딪히는 기운이 있어 예상치 못한 변수가 생길 수 있습니다.",
        [(FortuneCategory.Overall, OtherCombination)] = "사주의 지지와 합을 이루어 주변과 호흡이 잘 맞습니다.",
        [(FortuneCategory.Overall, StemCombination)] = "천간합이 들어 새로운 인연이나 제안이 다가옵니다.",
        [(FortuneCategory.Overall, NeededElement)] = "사주에 부족한 {needed} 기운이 채워져 균형이 잡힙니다.",
        [(FortuneCategory.Overall, ExcessElement)] = "이미 많은 {excess} 기운이 더해져 한쪽으로 치우치기 쉽습니다.",

        [(FortuneCategory.Wealth, Companion)] = "경쟁자가 늘고 나가는 돈이 많아지기 쉬운 때입니다.",
        [(FortuneCategory.Wealth, Output)] = "재능과 아이디어가 수입으로 이어질 수 있습니다.",
        [(FortuneCategory.Wealth, Wealth)] = "재성이 직접 들어와 돈의 흐름이 활발해집니다.",
        [(FortuneCategory.Wealth, Officer)] = "돈보다는 명예와 책임에 무게가 실리는 때입니다.",
        [(FortuneCategory.Wealth, Resource)] = "문서나 배움에 쓰는 지출이 생기기 쉽습니다.",
        [(FortuneCategory.Wealth, Clash)] = "마음이 흔들려 충동적인 지출이 생길 수 있습니다.",
        [(FortuneCategory.Wealth, Combination)] = "사람을 통해 금전적인 도움이 들어올 수 있습니다.",
        [(FortuneCategory.Wealth, NeededElement)] = "부족한 {needed} 기운이 보충되어 재물의 흐름도 한결 안정됩니다.",

        [(FortuneCategory.Love, Companion)] = "친구나 동료의 일에 마음을 빼앗겨 연인에게 소홀해지기 쉽습니다.",
        [(FortuneCategory.Love, Output)] = "표현력이 살아나 매력이 자연스럽게 드러납니다.",
        [(FortuneCategory.Love, Wealth)] = "현실적인 배려가 관계를 따뜻하게 만들어 줍니다.",
        [(FortuneCategory.Love, Officer)] = "책임감이 관계에도 무게를 더해 진지한 대화가 오갑니다.",
        [(FortuneCategory.Love, Resource)] = "혼자만의 시간을 원하게 되어 상대와 거리가 생길 수 있습니다.",
        [(FortuneCategory.Love, Clash)] = "일지가 충을 받아 가까운 사람과 부딪히기 쉽습니다.",
        [(FortuneCategory.Love, Combination)] = "일지와 합이 들어 가까운 사람과 마음이 잘 통합니다.",
        [(FortuneCategory.Love, OtherCombination)] = "주변과 합을 이루어 새로운 만남의 기회가 열립니다.",
        [(FortuneCategory.Love, StemCombination)] = "일간과 천간합이 들어 마음이 끌리는 인연이 나타나기 쉽습니다.",

        [(FortuneCategory.Health, Companion)] = "기운이 넘쳐 활동량을 늘리기 좋습니다.",
        [(FortuneCategory.Health, Output)] = "에너지를 밖으로 많이 쓰게 되는 때입니다.",
        [(FortuneCategory.Health, Wealth)] = "일에 쫓겨 몸이 바빠지기 쉽습니다.",
        [(FortuneCategory.Health, Officer)] = "압박과 긴장으로 피로가 쌓이기 쉽습니다.",
        [(FortuneCategory.Health, Resource)] = "몸과 마음을 회복하기 좋은 기운이 들어옵니다.",
        [(FortuneCategory.Health, Clash)] = "일지가 충을 받아 컨디션이 흔들리기 쉽고 작은 사고에도 주의해야 합니다.",
        [(FortuneCategory.Health, Combination)] = "일지와 합이 들어 몸과 마음이 편안해집니다.",
        [(FortuneCategory.Health, OtherClash)] = "부딪히는 기운 탓에 긴장이 쌓이기 쉽습니다.",
        [(FortuneCategory.Health, NeededElement)] = "부족한 {needed} 기운이 채워져 몸의 균형이 좋아집니다.",
        [(FortuneCategory.Health, ExcessElement)] = "많은 {excess} 기운이 더해져 몸의 균형이 치우치기 쉽습니다.",

        [(FortuneCategory.Career, Companion)] = "동료와 힘을 합치면 일이 수월해집니다.",
        [(FortuneCategory.Career, Output)] = "아이디어는 빛나지만 윗사람과의 마찰은 조심해야 합니다.",
        [(FortuneCategory.Career, Wealth)] = "성과가 숫자로 드러나기 좋은 때입니다.",
        [(FortuneCategory.Career, Officer)] = "관성이 들어와 승진이나 새로운 책임이 주어질 수 있습니다.",
        [(FortuneCategory.Career, Resource)] = "배움과 자격, 문서와 관련된 일에 좋은 기운이 있습니다.",
        [(FortuneCategory.Career, OtherClash)] = "업무 환경에 변화나 마찰이 생길 수 있습니다.",
        [(FortuneCategory.Career, OtherCombination)] = "협력 관계가 맺어져 일이 순조롭게 풀립니다.",
        [(FortuneCategory.Career, StemCombination)] = "좋은 제안이나 협업의 기회가 찾아옵니다.",
    };

    // [category][band]: high, middle, low.
    private static readonly string[][] Advice =
    [
        ["적극적으로 움직이면 좋은 결과를 얻을 수 있습니다.", "무리하지 않고 흐름을 따르면 무난합니다.", "중요한 결정은 미루고 신중하게 지내는 것이 좋습니다."],
        ["투자나 거래를 검토해 볼 만합니다.", "계획한 범위 안에서 쓰면 무난합니다.", "큰 지출과 보증은 피하는 것이 좋습니다."],
        ["마음을 솔직하게 표현해 보세요.", "상대의 이야기에 귀 기울이면 관계가 깊어집니다.", "말 한마디로 오해가 생기지 않도록 조심하세요."],
        ["새로운 운동을 시작하기에도 좋습니다.", "규칙적인 생활을 유지하세요.", "충분히 쉬고 무리한 일정은 줄이세요."],
        ["맡은 일에서 능력을 보여 줄 기회입니다.", "기본에 충실하면 인정받을 수 있습니다.", "새 일을 벌이기보다 맡은 일을 마무리하세요."],
    ];

    public static string Clause(FortuneCategory category, ReadingTheme? theme) =>
        theme is { } t && Clauses.TryGetValue((category, t), out var clause) ? clause : Calm;

    public static string AdviceFor(FortuneCategory category, int score) =>
        Advice[(int)category][score >= HighBand ? 0 : score >= LowBand ? 1 : 2];

    /// <summary>Whether a clause exists for the pair — a test checks every rule that can fire has text.</summary>
    public static bool Has(FortuneCategory category, ReadingTheme theme) => Clauses.ContainsKey((category, theme));
}
