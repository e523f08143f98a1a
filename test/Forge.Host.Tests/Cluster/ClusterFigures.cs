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
        // Its idle keep-alive connection closed by a reload's old nginx worker as it went out: nginx never read it, the
        // client resent it with its idempotency key (ADR 60 addendum). The failure happened and is counted as one; it is
        // excused only inside a reload's window, and its resend is a request of its own (a failed resend is an error).
        bool ResentAtReload(RequestRecord r) => r.Resent && run.InReloadWindow(r);
        var elsewhere = failed.Where(r => !InFlightOnKilled(r) && !ResentAtReload(r)).ToList();
        var resent = failed.Where(r => r.Resent).ToList();
        var resends = records.Where(r => r.Resend).ToList();
        var duringStop = failed.Where(r => r.Started + r.Elapsed >= drain && r.Started <= termDone).ToList();
        var stopErrors = duringStop.Where(r => !ResentAtReload(r)).ToList();

        var steady = records.Where(r => r.Started >= ClusterScenario.WarmUntil && r.Started < kill && !r.Failed).ToList();
        var survivors = records.Where(r => r.Started >= kill && r.Started < restarted && !r.Failed && r.Upstream != killed).ToList();
        var (p99Steady, p99Survivors) = (P99(steady), P99(survivors));
        var ratio = p99Steady > 0 ? p99Survivors / p99Steady : double.NaN;
        yield return new("requests (all / failed / in flight on the killed host / failed then resent at a reload)",
            $"{records.Count} / {failed.Count} / {failed.Count(InFlightOnKilled)} / {resent.Count(ResentAtReload)}", true);
        yield return new($"failed before any answer, then resent with the same key (in a reload window ≤ {ClusterRun.ReloadGrace.TotalSeconds:0} s after it / resends answered)",
            resent.Count == 0 ? "0" : $"{resent.Count} ({resent.Count(ResentAtReload)} / {resends.Count(r => !r.Failed)} of {resends.Count}): " + string.Join("; ", resent.Take(5).Select(Describe)),
            resent.All(ResentAtReload) && resends.All(r => !r.Failed));
        yield return new("errors not in flight on the killed host nor resent at a reload", elsewhere.Count == 0 ? "0" : $"{elsewhere.Count}: " + string.Join("; ", elsewhere.Take(5).Select(Describe)), elsewhere.Count == 0);
        yield return new("errors during the graceful stop (drain + SIGTERM; failed then resent at the drain's reload)",
            (stopErrors.Count == 0 ? "0" : $"{stopErrors.Count}: " + string.Join("; ", stopErrors.Take(5).Select(Describe))) + $"; {duringStop.Count - stopErrors.Count}",
            stopErrors.Count == 0);
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
        $"{r.Workload}/{r.Operation} at {r.Started.TotalSeconds:0.000} s → {(r.Status == 0 ? r.Error : r.Status.ToString(System.Globalization.CultureInfo.InvariantCulture))} via {r.Upstream ?? "?"}";
}
