using Forge.Fortune.Domain.Readings;

namespace Forge.Fortune.Tests.Readings;

public class TextAndMarkerTests
{
    [Fact]
    public void Readings_are_marked_builtin_with_a_korean_disclaimer()
    {
        var reading = BuiltinReadingEngine.Read(ReadingSamples.Gyeongjin(), FortuneType.Daily, new DateOnly(2026, 3, 1));

        reading.Engine.ShouldBe("builtin");
        KoreanText.IsKorean(reading.Disclaimer).ShouldBeTrue();
        reading.Disclaimer.ShouldContain("AI");
    }

    [Fact]
    public void Summary_and_descriptions_are_korean_sentences()
    {
        foreach (var chart in ReadingSamples.RandomCharts(30))
        foreach (var type in Enum.GetValues<FortuneType>())
        {
            var reading = BuiltinReadingEngine.Read(chart, type, new DateOnly(2026, 7, 10));

            KoreanText.IsKorean(reading.Summary).ShouldBeTrue();
            var sentences = reading.Summary.Split(". ").Length;
            sentences.ShouldBeInRange(2, 4, reading.Summary);
            reading.Summary.ShouldNotContain("{");
            foreach (var (key, category) in reading.Categories.All)
            {
                KoreanText.IsKorean(category.Description).ShouldBeTrue(key);
                category.Description.ShouldNotContain("{");
                category.Description.ShouldNotContain("()");
            }
            reading.Factors.Count.ShouldBeGreaterThanOrEqualTo(2);
            reading.Factors.ShouldAllBe(f => KoreanText.IsKorean(f.Label));
        }
    }

    [Fact]
    public void Every_rule_that_can_move_a_category_has_a_phrase_for_it()
    {
        var candidates = Enum.GetValues<Forge.Fortune.Domain.Saju.TenGod>()
            .Select(g => (TenGodEffects.Theme(g), TenGodEffects.Of(g)))
            .Concat([
                (ReadingTheme.Clash, RelationFactors.DayBranchClash),
                (ReadingTheme.Combination, RelationFactors.DayBranchCombination),
                (ReadingTheme.OtherClash, RelationFactors.OtherBranchClash),
                (ReadingTheme.OtherCombination, RelationFactors.OtherBranchCombination),
                (ReadingTheme.StemCombination, RelationFactors.DayMasterCombination),
                (ReadingTheme.StemCombination, RelationFactors.OtherStemCombination),
                (ReadingTheme.NeededElement, ElementFactors.NeededPerCharacter),
                (ReadingTheme.NeededElement, ElementFactors.NeededInContext),
                (ReadingTheme.ExcessElement, ElementFactors.ExcessPerCharacter),
            ]);

        foreach (var (theme, adjustment) in candidates)
        foreach (var category in Enum.GetValues<FortuneCategory>().Where(c => adjustment[c] != 0))
            CategoryPhrases.Has(category, theme).ShouldBeTrue($"{category} × {theme}");
    }

    [Theory]
    [InlineData("재물운", "재물운은", "재물운이")]
    [InlineData("편재", "편재는", "편재가")]
    [InlineData("2026년(병오년)", "2026년(병오년)은", "2026년(병오년)이")]
    public void Particles_follow_the_final_consonant(string word, string topic, string subject)
    {
        KoreanText.Topic(word).ShouldBe(topic);
        KoreanText.Subject(word).ShouldBe(subject);
    }
}
