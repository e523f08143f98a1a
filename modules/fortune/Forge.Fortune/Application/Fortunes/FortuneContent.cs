using System.Text.Json;
using Forge.Fortune.Fortunes;
using Forge.Hosting.AI;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>What an engine wrote for one fortune, before it is stored, with what it cost.</summary>
internal sealed record FortuneContent(
    int Score,
    string Summary,
    FortuneCategoriesDto Categories,
    LuckyItemsDto LuckyItems,
    string Model,
    string Engine,
    string EngineModel,
    AiUsage Usage)
{
    // The DTOs carry their snake_case names, so the stored JSON is the wire's own shape.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public string CategoriesJson => JsonSerializer.Serialize(Categories, Json);

    public string LuckyItemsJson => JsonSerializer.Serialize(LuckyItems, Json);

    public static FortuneCategoriesDto ReadCategories(string json) =>
        JsonSerializer.Deserialize<FortuneCategoriesDto>(json, Json) ?? throw new InvalidOperationException("Stored categories are empty.");

    public static LuckyItemsDto ReadLuckyItems(string json) =>
        JsonSerializer.Deserialize<LuckyItemsDto>(json, Json) ?? throw new InvalidOperationException("Stored lucky items are empty.");
}
