namespace Forge.Hosting.BackgroundJobs;

/// <summary>Handles jobs whose arguments are <typeparamref name="TArgs"/>.</summary>
public interface IBackgroundJob<in TArgs>
{
    Task ExecuteAsync(TArgs args, CancellationToken cancellationToken);
}
