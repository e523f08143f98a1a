using System.Collections.Concurrent;

namespace Forge.Host.BackgroundJobs;

/// <summary>
/// The jobs this process is running, by id, so a cancel made on this host trips the handler's token at
/// once; a cancel made elsewhere arrives through the record (<see cref="JobLease"/>).
/// </summary>
public sealed class RunningJobs
{
    private readonly ConcurrentDictionary<Guid, JobLease> _running = new();

    public IDisposable Track(JobLease lease)
    {
        _running[lease.JobId] = lease;
        return new Registration(this, lease);
    }

    public void Cancel(Guid jobId)
    {
        if (!_running.TryGetValue(jobId, out var lease)) return;
        try
        {
            lease.CancelLocally();
        }
        catch (ObjectDisposedException)
        {
            // It finished meanwhile.
        }
    }

    private sealed class Registration(RunningJobs owner, JobLease lease) : IDisposable
    {
        public void Dispose() => owner._running.TryRemove(new KeyValuePair<Guid, JobLease>(lease.JobId, lease));
    }
}
