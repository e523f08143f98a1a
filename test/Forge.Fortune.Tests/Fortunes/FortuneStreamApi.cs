using System.Text;
using System.Text.Json;
using Forge.Fortune.Tests.Api;

namespace Forge.Fortune.Tests.Fortunes;

/// <summary>Helpers for <c>POST /v1/fortunes/stream</c>: run a stream to its end and check the event grammar.</summary>
internal static class FortuneStreamApi
{
    public const string Path = "/v1/fortunes/stream";

    public static async Task<List<SseFrame>> StreamAsync(this HttpClient client, string json)
    {
        await using var sse = await SseClient.PostAsync(client, Path, json);
        return await sse.ToEndAsync();
    }

    /// <summary>The event names in order, runs of deltas collapsed to one, e.g. start, delta, category×5, done.</summary>
    public static string Shape(this IEnumerable<SseFrame> frames)
    {
        var names = new List<string>();
        foreach (var f in frames)
            if (f.Event != "delta" || names.LastOrDefault() != "delta") names.Add(f.Event);
        return string.Join(",", names);
    }

    /// <summary>The deltas' text joined per field, in the order the fields were first written.</summary>
    public static Dictionary<string, string> Texts(this IEnumerable<SseFrame> frames)
    {
        var texts = new Dictionary<string, StringBuilder>();
        foreach (var f in frames.Where(f => f.Event == "delta"))
        {
            var field = f.Data.Str("field");
            if (!texts.TryGetValue(field, out var text)) texts[field] = text = new StringBuilder();
            text.Append(f.Data.Str("text"));
        }
        return texts.ToDictionary(t => t.Key, t => t.Value.ToString());
    }

    public const string CategoriesThenDone = "category,category,category,category,category,done";

    /// <summary>The five category events match the Fortune's categories, in key order.</summary>
    public static void CategoriesShouldMatch(this IEnumerable<SseFrame> frames, JsonElement fortune)
    {
        var categories = frames.Where(f => f.Event == "category").Select(f => f.Data).ToList();
        categories.Select(c => c.Str("name")).ShouldBe(FortuneApi.Categories);
        foreach (var c in categories)
        {
            var stored = fortune.GetProperty("categories").GetProperty(c.Str("name"));
            c.Int("score").ShouldBe(stored.Int("score"));
            c.Str("description").ShouldBe(stored.Str("description"));
        }
    }
}
