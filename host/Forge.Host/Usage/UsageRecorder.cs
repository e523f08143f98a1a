using System.Threading.Channels;
using Forge.Hosting.Usage;

namespace Forge.Host.Usage;

/// <summary>
/// A bounded in-process queue between requests and <see cref="UsageWriter"/>. When the writer
/// falls far behind, the oldest records are dropped rather than slowing requests down.
/// </summary>
public sealed class UsageRecorder : IUsageRecorder
{
    private readonly Channel<UsageRecord> _channel = Channel.CreateBounded<UsageRecord>(
        new BoundedChannelOptions(50_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public ChannelReader<UsageRecord> Reader => _channel.Reader;

    public void Record(UsageRecord record) => _channel.Writer.TryWrite(record);

    public void Complete() => _channel.Writer.TryComplete();
}
