using System.Security.Cryptography;
using System.Text;
using Forge.Fortune.Domain.Saju;

namespace Forge.Fortune.Domain.Readings;

/// <summary>Lucky items of a reading, all from the chart's needed element.</summary>
public sealed record LuckyItems(FiveElement Element, IReadOnlyList<int> Numbers, LuckyLabel Color, LuckyLabel Direction)
{
    public const int NumberCount = 3;

    /// <summary>
    /// Three of the element's nine candidate numbers, chosen by a Fisher–Yates shuffle driven by SHA-256
    /// of <paramref name="seed"/>: stable across processes and machines (unlike string.GetHashCode, which
    /// .NET randomises per process), and different for another chart or period. Returned ascending.
    /// </summary>
    public static LuckyItems For(FiveElement needed, string seed)
    {
        var table = ElementCorrespondence.Of(needed);
        var pool = table.LuckyNumberCandidates().ToArray();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));

        for (var i = 0; i < NumberCount; i++)
        {
            var j = i + (int)(BitConverter.ToUInt32(hash, i * 4) % (uint)(pool.Length - i));
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return new(needed, pool.Take(NumberCount).Order().ToArray(), table.Color, table.Direction);
    }
}
