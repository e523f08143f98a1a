using System.Text.Json;
using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Planning;

/// <summary>Sample rows as the options ask: none, or <c>sample_count</c> of the skill's rows (repeated with a number when more are asked for).</summary>
internal static class SampleRows
{
    public static IReadOnlyList<SampleRowDto> Take(DatabaseDto db, PlanOptions options)
    {
        if (!options.IncludeSampleData || db.SampleRows.Count == 0) return [];
        var title = db.Properties.First(p => p.Type == "title").Name;
        var rows = new List<SampleRowDto>(options.SampleCount);
        for (var i = 0; i < options.SampleCount; i++)
        {
            var row = db.SampleRows[i % db.SampleRows.Count];
            var round = i / db.SampleRows.Count;
            rows.Add(round == 0 ? row : Renamed(row, title, round + 1));
        }

        return rows;
    }

    /// <summary>The secondary database's relation samples keep only titles the (possibly shortened) primary still has.</summary>
    public static DatabaseDto KeepRelatedTitles(DatabaseDto secondary, DatabaseDto primary)
    {
        var primaryTitle = primary.Properties.First(p => p.Type == "title").Name;
        var titles = primary.SampleRows.Select(r => r.Values[primaryTitle].GetString()).ToHashSet(StringComparer.Ordinal);
        var relations = secondary.Properties.Where(p => p.Type == "relation").Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return secondary with
        {
            SampleRows = secondary.SampleRows.Select(r => r with
            {
                Values = r.Values.ToDictionary(
                    kv => kv.Key,
                    kv => relations.Contains(kv.Key)
                        ? JsonSerializer.SerializeToElement(kv.Value.EnumerateArray().Select(e => e.GetString()).Where(titles.Contains).ToArray())
                        : kv.Value),
            }).ToList(),
        };
    }

    private static SampleRowDto Renamed(SampleRowDto row, string title, int number) => row with
    {
        Values = row.Values.ToDictionary(
            kv => kv.Key,
            kv => kv.Key == title ? JsonSerializer.SerializeToElement($"{kv.Value.GetString()} {number}") : kv.Value),
    };
}
