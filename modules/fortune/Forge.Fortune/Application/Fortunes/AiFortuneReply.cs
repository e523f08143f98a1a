using System.Text.Json;
using System.Text.Json.Serialization;
using Forge.Fortune.Domain.Readings;
using Forge.Fortune.Fortunes;

namespace Forge.Fortune.Application.Fortunes;

/// <summary>
/// The JSON object the model is asked for (see <see cref="AiFortunePrompt"/>), and the checks it must pass
/// before anything is stored: int scores 0–100, the five categories, Korean text, sane lucky items.
/// </summary>
internal sealed record AiFortuneReply(
    [property: JsonPropertyName("score")] int? Score,
    [property: JsonPropertyName("summary")] string? Summary,
    [property: JsonPropertyName("categories")] Dictionary<string, AiFortuneReply.Category?>? Categories,
    [property: JsonPropertyName("lucky_items")] AiFortuneReply.Lucky? LuckyItems)
{
    public static readonly string[] CategoryKeys = ["overall", "wealth", "love", "health", "career"];

    /// <summary>
    /// Strict on types: a score of <c>72.5</c> or <c>"72"</c> does not fit an int and is refused (the web
    /// defaults would read numbers from strings). Property names are matched case-insensitively.
    /// </summary>
    public static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public sealed record Category(
        [property: JsonPropertyName("score")] int? Score,
        [property: JsonPropertyName("description")] string? Description);

    public sealed record Lucky(
        [property: JsonPropertyName("numbers")] List<int>? Numbers,
        [property: JsonPropertyName("color")] string? Color,
        [property: JsonPropertyName("direction")] string? Direction);

    public static IEnumerable<string> Validate(AiFortuneReply reply)
    {
        if (reply.Score is not (>= 0 and <= 100)) yield return "score must be an integer from 0 to 100";
        if (!IsKorean(reply.Summary)) yield return "summary must be non-empty Korean text";
        foreach (var key in CategoryKeys)
        {
            var category = reply.Categories?.GetValueOrDefault(key);
            if (category is null) { yield return $"categories.{key} is missing"; continue; }
            if (category.Score is not (>= 0 and <= 100)) yield return $"categories.{key}.score must be an integer from 0 to 100";
            if (!IsKorean(category.Description)) yield return $"categories.{key}.description must be non-empty Korean text";
        }
        var lucky = reply.LuckyItems;
        if (lucky is null) { yield return "lucky_items is missing"; yield break; }
        if (lucky.Numbers is not { Count: >= 1 and <= 6 } numbers || numbers.Any(n => n is < 1 or > 45) || numbers.Distinct().Count() != numbers.Count)
            yield return "lucky_items.numbers must be 1 to 6 different integers from 1 to 45";
        if (!IsKorean(lucky.Color)) yield return "lucky_items.color must be a Korean colour name";
        if (!IsKorean(lucky.Direction)) yield return "lucky_items.direction must be a Korean direction";
    }

    /// <summary>The validated reply in the wire's shape; call only after <see cref="Validate"/> found nothing.</summary>
    public (int Score, string Summary, FortuneCategoriesDto Categories, LuckyItemsDto Lucky) ToWire()
    {
        FortuneCategoryDto C(string key) => new(Categories![key]!.Score!.Value, Categories[key]!.Description!.Trim());
        var categories = new FortuneCategoriesDto(C("overall"), C("wealth"), C("love"), C("health"), C("career"));
        var lucky = new LuckyItemsDto(LuckyItems!.Numbers!.Order().ToArray(), LuckyItems.Color!.Trim(), LuckyItems.Direction!.Trim());
        return (Score!.Value, Summary!.Trim(), categories, lucky);
    }

    private static bool IsKorean(string? text) => !string.IsNullOrWhiteSpace(text) && KoreanText.IsKorean(text);
}
