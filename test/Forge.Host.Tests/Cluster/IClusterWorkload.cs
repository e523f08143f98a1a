namespace Forge.Host.Tests.Cluster;

/// <summary>A figure the cluster test prints (and the README quotes), with whether it meets issue 12's acceptance.
/// <paramref name="Timing"/>: a latency or duration figure — cluster-test.sh judges it, the suite test only prints it
/// (on a shared CI machine a latency is not a pass or fail).</summary>
public sealed record ClusterFigure(string Name, string Value, bool Pass, bool Timing = false);

/// <summary>
/// One product's share of the cluster test's load. <see cref="SetUpAsync"/> creates its tenant and keys (through the
/// CLI, before the hosts start), <see cref="DriveAsync"/> sends requests through the proxy until the load stops, and
/// <see cref="VerifyAsync"/> — once every host that will run is back — waits for the accepted work to finish and
/// reports what the acceptance asks of it. Add a product by adding a workload to <see cref="ClusterWorkloads.All"/>.
/// </summary>
public interface IClusterWorkload
{
    string Name { get; }

    /// <summary>Settings every host needs for this workload (e.g. a fake upstream's address), read after <see cref="SetUpAsync"/>.</summary>
    IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>();

    Task SetUpAsync(ClusterSetup setup);

    Task DriveAsync(ClusterRun run, CancellationToken stop);

    Task<IReadOnlyList<ClusterFigure>> VerifyAsync(ClusterRun run);
}

public static class ClusterWorkloads
{
    /// <summary>The load, one entry per product.</summary>
    public static IReadOnlyList<IClusterWorkload> All() =>
    [
        new FortuneWorkload(),
        new EventFeedWorkload(),
        new AnalysisWorkload(),
        new QuotaWorkload(),
        new NotionForgeWorkload(),
    ];
}
