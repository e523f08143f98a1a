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
            // Offsets, not substrings of the rest: a 10 MB upload must not be copied once per chunk.
            var text = run.Text;
            var at = 0;
            while (at < text.Length)
            {
                if (length == MaxChars || current.Count == MaxRuns)
                {
                    chunks.Add(current);
                    (current, length) = ([], 0);
                }

                var take = Cut(text, at, MaxChars - length, atStart: length == 0);
                if (take == 0)
                {
                    chunks.Add(current);
                    (current, length) = ([], 0);
                    continue;
                }

                current.Add(run with { Text = text.Substring(at, take) });
                length += take;
                at += take;
            }
        }

        if (current.Count > 0) chunks.Add(current);
        return chunks;
    }

    /// <summary>How much of <paramref name="text"/> from <paramref name="at"/> fits in <paramref name="room"/>: all, up to the last whitespace, or (alone in a chunk) a hard cut.</summary>
    private static int Cut(string text, int at, int room, bool atStart)
    {
        if (text.Length - at <= room) return text.Length - at;
        var space = text.LastIndexOfAny([' ', '\n', '\t'], at + room - 1, room);
        if (space > at) return space - at + 1;
        if (!atStart) return 0; // start the word in the next chunk
        return char.IsHighSurrogate(text[at + room - 1]) ? room - 1 : room;
    }

    public static string Plain(IEnumerable<RichTextDto> runs) => string.Concat(runs.Select(r => r.Text));
}
