using System.Buffers;

namespace Forge.Analysis.Documents;

/// <summary>
/// Counts what a compressed stream really inflates to, reading at most <c>cap + 1</c> bytes into a
/// small rented buffer: a bomb is measured without ever holding its output.
/// </summary>
internal static class CappedInflation
{
    /// <summary>
    /// The inflated length, or <c>cap + 1</c> as soon as the stream goes past <paramref name="cap"/>; data that
    /// stops inflating (corrupt, or encrypted bytes that merely look like zlib) counts up to where it stopped, so a bomb
    /// with a broken tail is still measured. zlib reports most bad data as <see cref="InvalidDataException"/>, but a
    /// header asking for a preset dictionary (random bytes do, about one stream in 2,000) as the runtime's internal
    /// <c>ZLibException</c>, an <see cref="IOException"/> (the compressed bytes are in memory: no other I/O can fail here).
    /// </summary>
    public static long Measure(Stream inflating, long cap, ExtractionContext context)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        long total = 0;
        try
        {
            int read;
            while ((read = inflating.Read(buffer, 0, (int)Math.Min(buffer.Length, cap + 1 - total))) > 0)
            {
                total += read;
                if (total > cap) return total;
                if (total % (1024 * 1024) < read) context.Checkpoint();
            }
            return total;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
