using System.Text.Json;
using Forge.Host.Data;
using Forge.Hosting.BackgroundJobs;
using Forge.Hosting.MultiTenancy;
using Hangfire;

namespace Forge.Host.BackgroundJobs;

/// <summary>
/// Writes the job's record first, then hands its id to Hangfire. If the process dies between the
/// two, or Hangfire's storage is in memory, start-up recovery re-enqueues from the record.
/// </summary>
public sealed class BackgroundJobManager(
    PlatformDbContext db,
    IBackgroundJobClient hangfire,
    BackgroundJobTypes types,
    ICurrentTenant currentTenant,
    TimeProvider clock) : IBackgroundJobManager
{
    public async Task<Guid> EnqueueAsync<TArgs>(TArgs args, TimeSpan? delay = null, CancellationToken cancellationToken = default)
        where TArgs : notnull
    {
        var type = types.ForArgs(typeof(TArgs));
        var now = clock.GetUtcNow().UtcDateTime;
        var record = new BackgroundJobRecord
        {
            Id = Guid.CreateVersion7(),
            TenantId = currentTenant.Id,
            JobName = type.Name,
            ArgsJson = JsonSerializer.Serialize(args, types.SerializerOptions),
            State = BackgroundJobState.Pending,
            NotBefore = now + (delay ?? TimeSpan.Zero),
            CreatedAt = now,
        };
        db.BackgroundJobs.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        Dispatch(hangfire, record.Id, delay);
        return record.Id;
    }

    internal static void Dispatch(IBackgroundJobClient hangfire, Guid jobId, TimeSpan? delay)
    {
        if (delay is { } d && d > TimeSpan.Zero)
            hangfire.Schedule<BackgroundJobDispatcher>(x => x.RunAsync(jobId, CancellationToken.None), d);
        else
            hangfire.Enqueue<BackgroundJobDispatcher>(x => x.RunAsync(jobId, CancellationToken.None));
    }
}

/// <summary>The registered job types by name and by argument type.</summary>
public sealed class BackgroundJobTypes(IEnumerable<BackgroundJobType> types)
{
    private readonly Dictionary<string, BackgroundJobType> _byName = types.ToDictionary(t => t.Name);

    public JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web);

    public BackgroundJobType ForArgs(Type argsType) =>
        _byName.Values.FirstOrDefault(t => t.ArgsType == argsType)
        ?? throw new InvalidOperationException($"No background job handler is registered for {argsType.Name}; call AddBackgroundJob.");

    public BackgroundJobType? ForName(string name) => _byName.GetValueOrDefault(name);
}
