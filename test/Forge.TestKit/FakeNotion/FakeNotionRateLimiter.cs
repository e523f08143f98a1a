namespace Forge.TestKit.FakeNotion;

/// <summary>
/// Notion's "3 requests per second on average, some bursting" per connection as a GCRA: a request earlier than
/// its theoretical arrival time less the burst tolerance is refused with the seconds to wait.
/// </summary>
internal sealed class FakeNotionRateLimiter(double perSecond, int burst)
{
    private readonly Dictionary<string, double> _tats = [];
    private readonly double _interval = 1 / perSecond;

    /// <summary>Null when the request may pass; otherwise the whole seconds for <c>Retry-After</c>.</summary>
    public int? Check(string token, double nowSeconds)
    {
        lock (_tats)
        {
            var tat = Math.Max(_tats.GetValueOrDefault(token), nowSeconds);
            var allowedAt = tat - (burst - 1) * _interval;
            if (nowSeconds < allowedAt) return Math.Max(1, (int)Math.Ceiling(allowedAt - nowSeconds));
            _tats[token] = tat + _interval;
            return null;
        }
    }
}
