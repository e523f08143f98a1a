namespace Forge.Host.Tests.Cluster;

/// <summary>The figures every workload shares: errors around the kill and the graceful stop, survivors' latency, jobs left.</summary>
public static class ClusterFigures
{
    public static IEnumerable<ClusterFigure> Requests(ClusterRun run, string killed, string terminated)
    {
        // Requests, not streams: an SSE connect lasts until its host goes away. 429s are the quota doing its job.
        var records = run.Log.Records.Where(r => r.Operation != "connect" && r.Status != 429).ToList();
        var (kill, gone) = (run.Timeline["kill"], run.Timeline["killed"]);
        var restarted = run.Timeline["restarted"];
        var (drain, drained) = (run.Timeline["drain"], run.Timeline["drained"]);
        var termDone = run.Timeline["terminated"];
        var failed = records.Where(r => r.Failed).ToList();
        // In flight on the killed host: started before it was gone, ended after the signal, answered (502) for that host.
        bool InFlightOnKilled(RequestRecord r) => r.Started <= gone && r.Started + r.Elapsed >= kill && (r.Upstream == killed || r.Status == 0);
        var elsewhere = failed.Where(r => !InFlightOnKilled(r)).ToList();
        var duringStop = failed.Where(r => r.Started + r.Elapsed >= drain && r.Started <= termDone).ToList();

        var steady = records.Where(r => r.Started >= ClusterScenario.WarmUntil && r.Started < kill && !r.Failed).ToList();
        var survivors = records.Where(r => r.Started >= kill && r.Started < restarted && !r.Failed && r.Upstream != killed).ToList();
        var (p99Steady, p99Survivors) = (P99(steady), P99(survivors));
        var ratio = p99Steady > 0 ? p99Survivors / p99Steady : double.NaN;
        yield return new("requests (all / failed / in flight on the killed host)", $"{records.Count} / {failed.Count} / {failed.Count - elsewhere.Count}", true);
        yield return new("errors not in flight on the killed host", elsewhere.Count == 0 ? "0" : $"{elsewhere.Count}: " + string.Join("; ", elsewhere.Take(5).Select(Describe)), elsewhere.Count == 0);
        yield return new("errors during the graceful stop (drain + SIGTERM)", duringStop.Count == 0 ? "0" : $"{duringStop.Count}: " + string.Join("; ", duringStop.Take(5).Select(Describe)), duringStop.Count == 0);
        yield return new("p99 steady / survivors during the kill (ratio, ≤ 3×)", $"{p99Steady:0} ms / {p99Survivors:0} ms ({ratio:0.00}×; {steady.Count} / {survivors.Count} requests)", ratio <= 3, Timing: true);
        // Sent after nginx's reload took effect, a request must not reach the drained host (nor, then, its stop).
        yield return new("requests sent to the stopped host after it left nginx's rotation", records.Count(r => r.Upstream == terminated && r.Started > drained).ToString(), records.All(r => r.Upstream != terminated || r.Started <= drained));
    }

    public static async Task<IEnumerable<ClusterFigure>> JobsAsync(ClusterRun run)
    {
        // Every job handed back or taken over ran to an end: nothing is left pending or running, nothing failed for good.
        var open = 0L;
        await ClusterRun.WaitAsync(async () =>
            (open = Convert.ToInt64(await run.Database.ScalarAsync("SELECT COUNT(*) FROM platform_background_jobs WHERE \"State\" IN ('Pending', 'Running')"))) == 0,
            TimeSpan.FromSeconds(60));
        var failed = Convert.ToInt64(await run.Database.ScalarAsync("SELECT COUNT(*) FROM platform_background_jobs WHERE \"State\" = 'Failed'"));
        var all = Convert.ToInt64(await run.Database.ScalarAsync("SELECT COUNT(*) FROM platform_background_jobs"));
        return [new("jobs: all / left pending or running / failed", $"{all} / {open} / {failed}", open == 0 && failed == 0)];
    }

    private static double P99(List<RequestRecord> records)
    {
        if (records.Count == 0) return double.NaN;
        var sorted = records.Select(r => r.Elapsed.TotalMilliseconds).Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(sorted.Count * 0.99) - 1)];
    }

    private static string Describe(RequestRecord r) =>
        $"{r.Workload}/{r.Operation} at {r.Started.TotalSeconds:0.0} s → {(r.Status == 0 ? r.Error : r.Status.ToString(System.Globalization.CultureInfo.InvariantCulture))} via {r.Upstream ?? "?"}";
}
