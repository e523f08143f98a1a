using Forge.Fortune.Domain.Readings;
using Forge.Fortune.Domain.Saju;
using Forge.Fortune.Fortunes;
using Forge.Hosting.AI;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>
/// The fortune when no AI provider is configured: the rule engine's reading, labelled as such
/// (ADR 7 #8: <c>model</c> and <c>engine</c> are <c>builtin</c>, never the alias that was asked for).
/// </summary>
internal static class BuiltinFortuneWriter
{
    public const string ModelName = BuiltinReadingEngine.EngineName;

    /// <param name="periodStart">The period's first day, so any date of a month or year reads the same.</param>
    public static FortuneContent Write(INatalChart chart, FortuneType type, DateOnly periodStart)
    {
        var reading = BuiltinReadingEngine.Read(chart, type, periodStart);
        static FortuneCategoryDto Category(CategoryReading c) => new(c.Score, c.Description);
        var c = reading.Categories;
        var categories = new FortuneCategoriesDto(Category(c.Overall), Category(c.Wealth), Category(c.Love), Category(c.Health), Category(c.Career));
        var lucky = new LuckyItemsDto(reading.LuckyItems.Numbers, reading.LuckyItems.Color.Korean, reading.LuckyItems.Direction.Korean);
        return new FortuneContent(reading.Score, reading.Summary, categories, lucky,
            ModelName, BuiltinReadingEngine.EngineName, BuiltinReadingEngine.RulesVersion, AiUsage.None);
    }
}
