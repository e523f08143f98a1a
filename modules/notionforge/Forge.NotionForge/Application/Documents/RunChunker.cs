using Forge.NotionForge.Contracts.Blueprints;

namespace Forge.NotionForge.Application.Documents;

/// <summary>
/// Cuts formatted text into pieces that each fit one block (ADR 52): at most 2,000 characters and 100 runs, cut after
/// the last whitespace that fits (a longer word is cut hard, never inside a surrogate pair), annotations kept.
/// The pieces concatenate to the original.
/// </summary>
internal static class RunChunker
{
    public const int MaxChars = 2000;
    public const int MaxRuns = 100;

    public static List<List<RichTextDto>> Chunk(IReadOnlyList<RichTextDto> runs)
    {
        var chunks = new List<List<RichTextDto>>();
        var current = new List<RichTextDto>();
        var length = 0;
        foreach (var run in runs.Where(r => r.Text.Length > 0))
        {
            var rest = run.Text;
            while (rest.Length > 0)
            {
                if (length == MaxChars || current.Count == MaxRuns)
                {
                    chunks.Add(current);
                    (current, length) = ([], 0);
                }

                var take = Cut(rest, MaxChars - length, atStart: length == 0);
                if (take == 0)
                {
                    chunks.Add(current);
                    (current, length) = ([], 0);
                    continue;
                }

                current.Add(run with { Text = rest[..take] });
                length += take;
                rest = rest[take..];
            }
        }

        if (current.Count > 0) chunks.Add(current);
        return chunks;
    }

    /// <summary>How much of <paramref name="text"/> fits in <paramref name="room"/>: all, up to the last whitespace, or (alone in a chunk) a hard cut.</summary>
    private static int Cut(string text, int room, bool atStart)
    {
        if (text.Length <= room) return text.Length;
        var space = text.LastIndexOfAny([' ', '\n', '\t'], room - 1);
        if (space > 0) return space + 1;
        if (!atStart) return 0; // start the word in the next chunk
        return char.IsHighSurrogate(text[room - 1]) ? room - 1 : room;
    }

    public static string Plain(IEnumerable<RichTextDto> runs) => string.Concat(runs.Select(r => r.Text));
}
