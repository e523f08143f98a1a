namespace Forge.NotionForge.Notion.Rate;

/// <summary>
/// Hands out send times for one Notion connection so it averages <see cref="NotionOptions.RequestsPerSecond"/>
/// with bursts of <see cref="NotionOptions.Burst"/> (GCRA, ADR 41). Shared by every host when Redis is configured.
/// </summary>
public interface INotionRateGate
{
    /// <summary>Reserves the connection's next slot and returns how long to wait before sending (zero: send now).</summary>
    Task<TimeSpan> ReserveAsync(string connectionKey, CancellationToken cancellationToken);

    /// <summary>Holds back every later send of the connection for <paramref name="pause"/> (Notion's <c>Retry-After</c>).</summary>
    Task PauseAsync(string connectionKey, TimeSpan pause, CancellationToken cancellationToken);
}
