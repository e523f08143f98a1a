namespace Forge.Host.Usage;

/// <summary>
/// The fixed latency buckets kept per daily aggregate row, so percentiles over a month come from
/// a few hundred summed counters instead of a scan of every raw call. Bucket i counts calls with
/// latency in (Bounds[i-1], Bounds[i]] ms (the first starts at 0); the last bucket counts calls
/// above the last bound. Roughly 1-2.5-5 steps: the error of an estimate is bounded by the width
/// of the bucket it falls in, which is small where most API calls land (under 100 ms).
/// </summary>
public static class LatencyHistogram
{
    public static readonly IReadOnlyList<double> Bounds = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000];

    /// <summary>Number of buckets: one per bound plus the overflow bucket.</summary>
    public static int BucketCount => Bounds.Count + 1;

    public static int BucketOf(double latencyMs)
    {
        for (var i = 0; i < Bounds.Count; i++)
            if (latencyMs <= Bounds[i]) return i;
        return Bounds.Count;
    }

    public static long[] Count(IEnumerable<double> latenciesMs)
    {
        var counts = new long[BucketCount];
        foreach (var latency in latenciesMs) counts[BucketOf(latency)]++;
        return counts;
    }

    /// <summary>
    /// Estimates the <paramref name="quantile"/> (0..1) of the latencies the counts describe:
    /// find the bucket holding the call of rank quantile × total, then interpolate linearly inside
    /// it, i.e. assume the bucket's calls are spread evenly between its bounds. The overflow
    /// bucket has no upper bound, so a percentile that falls there is reported as its lower bound
    /// (10 000 ms): "at least", never an invented figure. Null when there are no counts (days
    /// without calls, or rows written before the histogram existed).
    /// </summary>
    public static double? Percentile(IReadOnlyList<long> counts, double quantile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantile, 1);
        if (counts.Count != BucketCount) throw new ArgumentException($"Expected {BucketCount} bucket counts.", nameof(counts));
        var total = counts.Sum();
        if (total == 0) return null;

        var rank = quantile * total;
        long before = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            var count = counts[i];
            if (count > 0 && before + count >= rank)
            {
                if (i == Bounds.Count) return Bounds[^1];
                var lower = i == 0 ? 0 : Bounds[i - 1];
                var fraction = Math.Clamp((rank - before) / count, 0, 1);
                return lower + (Bounds[i] - lower) * fraction;
            }
            before += count;
        }
        return Bounds[^1]; // unreachable: the last non-empty bucket always reaches the total
    }

    /// <summary>The row's counters in bucket order.</summary>
    public static long[] Of(UsageDailyRow row) =>
    [
        row.LatencyUpTo5Ms, row.LatencyUpTo10Ms, row.LatencyUpTo25Ms, row.LatencyUpTo50Ms, row.LatencyUpTo100Ms,
        row.LatencyUpTo250Ms, row.LatencyUpTo500Ms, row.LatencyUpTo1000Ms, row.LatencyUpTo2500Ms, row.LatencyUpTo5000Ms,
        row.LatencyUpTo10000Ms, row.LatencyOver10000Ms,
    ];

    /// <summary>Sets the row's counters from bucket-ordered counts (a new aggregate row).</summary>
    public static void Set(UsageDailyRow row, IReadOnlyList<long> c)
    {
        (row.LatencyUpTo5Ms, row.LatencyUpTo10Ms, row.LatencyUpTo25Ms, row.LatencyUpTo50Ms) = (c[0], c[1], c[2], c[3]);
        (row.LatencyUpTo100Ms, row.LatencyUpTo250Ms, row.LatencyUpTo500Ms, row.LatencyUpTo1000Ms) = (c[4], c[5], c[6], c[7]);
        (row.LatencyUpTo2500Ms, row.LatencyUpTo5000Ms, row.LatencyUpTo10000Ms, row.LatencyOver10000Ms) = (c[8], c[9], c[10], c[11]);
    }
}
