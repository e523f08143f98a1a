using Forge.Fortune.Domain.Readings;

namespace Forge.Fortune.Tests.Readings;

public class HandCheckedReadingTests
{
    [Fact]
    public void Gyeongjin_chart_on_2026_03_01_scores_as_worked_out_by_hand()
    {
        // Chart 庚午 辛巳 庚辰 癸未, day master 庚 (metal). Elements: metal 3, fire 2, earth 2, water 1,
        // wood 0 → needed wood, excess metal. The day 2026-03-01 is 甲戌 in the 庚寅 month:
        //   甲 → 편재 (+4 +13 +3 −3 +3)   戌 (main stem 戊) → 편인 (0 −4 −4 +3 +3)
        //   戌 clashes the day branch 辰 (−8 −3 −16 −12 0); no other branch or stem relation
        //   甲 supplies wood once (+5 +2 0 +3 0); 寅 in the month adds the background +2 overall
        // From 60: overall 63, wealth 68, love 43, health 51, career 66; headline (2·63+68+43+51+66)/6 = 59.
        var reading = BuiltinReadingEngine.Read(ReadingSamples.Gyeongjin(), FortuneType.Daily, new DateOnly(2026, 3, 1));

        reading.Period.Focus.Hanja.ShouldBe("甲戌");
        reading.Factors.Select(f => f.Label).ShouldBe([
            "천간 甲: 편재(偏財)", "지지 戌: 편인(偏印)", "일지 충 (戌辰)", "필요 오행 목(木) 보충 ×1", "배경 기운에 목(木) 있음",
        ]);
        reading.Categories.Overall.Score.ShouldBe(63);
        reading.Categories.Wealth.Score.ShouldBe(68);
        reading.Categories.Love.Score.ShouldBe(43);
        reading.Categories.Health.Score.ShouldBe(51);
        reading.Categories.Career.Score.ShouldBe(66);
        reading.Score.ShouldBe(59);

        // Text follows the dominant factor per category: the clash for love, 편재 for wealth.
        reading.Categories.Love.Description.ShouldStartWith("일지가 충을 받아");
        reading.Categories.Wealth.Description.ShouldStartWith("재성이 직접 들어와");
        reading.Summary.ShouldStartWith("2026년 3월 1일(갑술일)은 경금 일간에게 편재와 편인의 기운이 함께 들어오는 날입니다.");
        reading.LuckyItems.Color.Korean.ShouldBe("청색");
        reading.LuckyItems.Direction.English.ShouldBe("east");
    }
}
