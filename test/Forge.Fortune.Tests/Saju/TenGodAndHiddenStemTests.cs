using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Tests.Saju;

public class TenGodAndHiddenStemTests
{
    [Theory]
    // From 甲 (yang wood) every stem in order gives the ten gods in their canonical order.
    [InlineData(HeavenlyStem.Gap, "비견 겁재 식신 상관 편재 정재 편관 정관 편인 정인")]
    // From 乙 (yin wood) each pair swaps: same polarity is now the yin member.
    [InlineData(HeavenlyStem.Eul, "겁재 비견 상관 식신 정재 편재 정관 편관 정인 편인")]
    // From 庚 (yang metal): 甲乙 wood it controls (재), 丙丁 fire controls it (관), 戊己 earth produces it (인).
    [InlineData(HeavenlyStem.Gyeong, "편재 정재 편관 정관 편인 정인 비견 겁재 식신 상관")]
    public void Ten_gods_of_every_stem(HeavenlyStem dayMaster, string expected) =>
        string.Join(' ', Enum.GetValues<HeavenlyStem>().Select(s => TenGods.Of(dayMaster, s).Hangul())).ShouldBe(expected);

    [Fact]
    public void Ten_god_names_in_hanja() =>
        string.Join(' ', Enum.GetValues<TenGod>().Select(g => g.Hanja())).ShouldBe("比肩 劫財 食神 傷官 偏財 正財 偏官 正官 偏印 正印");

    [Fact]
    public void Hidden_stems_follow_the_korean_table()
    {
        string Row(EarthlyBranch b) => string.Concat(HiddenStems.Of(b).Select(h => h.Stem.Hanja()));

        string.Join(' ', Enum.GetValues<EarthlyBranch>().Select(b => $"{b.Hanja()}{Row(b)}"))
            .ShouldBe("子壬癸 丑癸辛己 寅戊丙甲 卯甲乙 辰乙癸戊 巳戊庚丙 午丙己丁 未丁乙己 申戊壬庚 酉庚辛 戌辛丁戊 亥戊甲壬");
    }

    [Fact]
    public void A_branchs_ten_god_is_that_of_its_main_hidden_stem()
    {
        string.Concat(Enum.GetValues<EarthlyBranch>().Select(b => HiddenStems.MainStem(b).Hanja())).ShouldBe("癸己甲乙戊丙丁己庚辛戊壬");
        foreach (var b in Enum.GetValues<EarthlyBranch>())
        {
            HiddenStems.Of(b)[^1].Role.ShouldBe(HiddenStemRole.Main);
            // The main stem always shares the branch's surface element.
            HiddenStems.MainStem(b).Element().ShouldBe(b.Element());
        }
        TenGods.Of(HeavenlyStem.Byeong, EarthlyBranch.Ja).ShouldBe(TenGod.JeongGwan); // 丙 vs 癸: water controls fire, other polarity
    }

    [Fact]
    public void Chart_positions_carry_hidden_stems_with_their_ten_gods()
    {
        var chart = Charts.Of("1990-05-15 14:30"); // 庚午 辛巳 庚辰 癸未, day master 庚
        var yearBranch = chart.Year.HiddenStems; // 午: 丙 편관, 己 정인, 丁 정관
        yearBranch.Select(h => (h.Stem.Hangul(), h.Role, h.TenGod.Hangul())).ShouldBe(
        [
            ("병", HiddenStemRole.Residual, "편관"), ("기", HiddenStemRole.Middle, "정인"), ("정", HiddenStemRole.Main, "정관"),
        ]);
        chart.Day.StemTenGod.ShouldBeNull();
    }

    [Fact]
    public void Names_in_hangul_and_hanja()
    {
        new Pillar(HeavenlyStem.Gyeong, EarthlyBranch.O).Hangul.ShouldBe("경오");
        new Pillar(HeavenlyStem.Gyeong, EarthlyBranch.O).Hanja.ShouldBe("庚午");
        string.Concat(Enum.GetValues<FiveElement>().Select(e => e.Hangul())).ShouldBe("목화토금수");
        string.Join(',', Enum.GetValues<FiveElement>().Select(e => e.English())).ShouldBe("wood,fire,earth,metal,water");
        string.Join(' ', Enum.GetValues<HeavenlyStem>().Select(s => s.HangulWithElement()))
            .ShouldBe("갑목 을목 병화 정화 무토 기토 경금 신금 임수 계수");
    }

    [Fact]
    public void The_sixty_cycle_round_trips()
    {
        for (var i = 0; i < 60; i++)
            Pillar.FromSexagenaryIndex(i).SexagenaryIndex.ShouldBe(i);
        Pillar.FromSexagenaryIndex(0).Hangul.ShouldBe("갑자");
        Pillar.FromSexagenaryIndex(59).Hangul.ShouldBe("계해");
        Pillar.FromSexagenaryIndex(0).Shift(-1).Hangul.ShouldBe("계해");
        Should.Throw<ArgumentException>(() => new Pillar(HeavenlyStem.Gap, EarthlyBranch.Chuk));
    }
}
