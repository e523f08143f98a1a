using System.Collections.Concurrent;
using System.Text.Json;

namespace Forge.Host.Tests.Cluster;

/// <summary>
/// Fortune's event feed through the proxy: three clients that reconnect with <c>Last-Event-ID</c> whenever their stream
/// ends or breaks (their host died, or stopped and ended the feed). Each must see a <c>profile.created</c> for every
/// profile created after it first connected, and no event twice.
/// </summary>
public sealed class EventFeedWorkload : IClusterWorkload
{
    private const int Clients = 3;
    private readonly ConcurrentDictionary<int, FeedClient> _feeds = new();

    public string Name => "events";

    public Task SetUpAsync(ClusterSetup setup) => Task.CompletedTask; // the Fortune workload's tenant and key

    /// <summary>The feeds outlive the load: events of the last profiles arrive after it stops (the feed polls every second).</summary>
    private readonly CancellationTokenSource _feedsStop = new();
    private Task _feedsDone = Task.CompletedTask;
    private HttpClient? _client;

    public async Task DriveAsync(ClusterRun run, CancellationToken stop)
    {
        _client = run.Client("X-API-Key", FortuneWorkload.Key);
        _client.Timeout = Timeout.InfiniteTimeSpan;
        _feedsDone = Task.WhenAll(Enumerable.Range(0, Clients).Select(i => (_feeds[i] = new FeedClient()).RunAsync(run, _client, _feedsStop.Token)));
        try { await Task.Delay(Timeout.Infinite, stop); } catch (OperationCanceledException) { }
    }

    public async Task<IReadOnlyList<ClusterFigure>> VerifyAsync(ClusterRun run)
    {
        await ClusterRun.WaitAsync(() => Task.FromResult(_feeds.Values.All(f => Missing(f).Count == 0)), TimeSpan.FromSeconds(20));
        await _feedsStop.CancelAsync();
        await _feedsDone;
        _client?.Dispose();
        var figures = new List<ClusterFigure>();
        foreach (var (i, feed) in _feeds.OrderBy(f => f.Key))
        {
            var expected = Expected(feed);
            var missing = Missing(feed).Count;
            figures.Add(new($"events: feed {i + 1} missed / duplicate events (of {expected.Count} profiles; reconnects {feed.Reconnects})",
                $"{missing} / {feed.Duplicates}" + (feed.DuplicateNotes.IsEmpty ? "" : ": " + string.Join("; ", feed.DuplicateNotes.Take(3))), missing == 0 && feed.Duplicates == 0));
        }
        return figures;
    }

    private static HashSet<string> Expected(FeedClient feed) =>
        FortuneWorkload.Profiles.Where(p => p.Value > feed.FirstConnected).Select(p => p.Key).ToHashSet();

    private static List<string> Missing(FeedClient feed) => Expected(feed).Where(p => !feed.ProfilesSeen.ContainsKey(p)).ToList();

    private sealed class FeedClient
    {
        /// <summary>Where each event id was first received: (connection, position on it), to explain a duplicate.</summary>
        private readonly ConcurrentDictionary<string, (int Connection, int Position)> _ids = new();
        private int _connection, _position;
        private string? _resumedAfter;
        public ConcurrentQueue<string> DuplicateNotes { get; } = new();
        public ConcurrentDictionary<string, byte> ProfilesSeen { get; } = new();
        public TimeSpan FirstConnected { get; private set; } = TimeSpan.MaxValue;
        public int Reconnects { get; private set; }
        public int Duplicates { get; private set; }
        private string? _lastEventId;

        public async Task RunAsync(ClusterRun run, HttpClient client, CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "/v1/events");
                    request.Headers.Accept.ParseAdd("text/event-stream");
                    if (_lastEventId is not null) request.Headers.Add("Last-Event-ID", _lastEventId);
                    (_connection, _position, _resumedAfter) = (_connection + 1, 0, _lastEventId);
                    using var response = await run.Log.SendAsync(client, "events", "connect", request, stop);
                    if (!response.IsSuccessStatusCode) { await Task.Delay(200, stop); continue; }
                    // Live from here: profiles whose creation was sent after this are owed to this client.
                    if (FirstConnected == TimeSpan.MaxValue) FirstConnected = run.Log.Now;
                    await ReadAsync(await response.Content.ReadAsStreamAsync(stop), stop);
                }
                catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or OperationCanceledException)
                {
                    // The stream broke (its host died): reconnect below, resuming after the last event seen.
                }
                if (stop.IsCancellationRequested) break;
                Reconnects++;
                try { await Task.Delay(200, stop); } catch (OperationCanceledException) { }
            }
        }

        private async Task ReadAsync(Stream stream, CancellationToken stop)
        {
            using var reader = new StreamReader(stream);
            string? name = null, id = null, data = null;
            while (await reader.ReadLineAsync(stop) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                else if (line.StartsWith("id: ", StringComparison.Ordinal)) id = line[4..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
                else if (line.Length == 0)
                {
                    if (id is not null) Record(name, id, data);
                    name = id = data = null;
                }
            }
        }

        private void Record(string? name, string id, string? data)
        {
            _lastEventId = id;
            _position++;
            if (!_ids.TryAdd(id, (_connection, _position)))
            {
                // Which frame the resume point was, relative to this one: a resume point received after this event on
                // the earlier connection means the server sent a later event before an earlier one (a late commit).
                var first = _ids[id];
                var resume = _resumedAfter is not null && _ids.TryGetValue(_resumedAfter, out var r) ? $"connection {r.Connection} #{r.Position}" : "not an event";
                DuplicateNotes.Enqueue($"{id} first on connection {first.Connection} #{first.Position}, again on {_connection} #{_position} resumed after {_resumedAfter} ({resume})");
                Duplicates++;
                return;
            }
            if (name != "profile.created" || data is null) return;
            var profile = JsonDocument.Parse(data).RootElement.GetProperty("data").GetProperty("profile_id").GetString();
            if (profile is not null) ProfilesSeen[profile] = 0;
        }
    }
}
