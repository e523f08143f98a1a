namespace Forge.Analysis.Documents;

/// <summary>
/// A read-only view of a (decompressing) stream that fails as soon as more than <c>cap</c> bytes come
/// out of it: a part that inflates beyond its declared size is stopped at that size, not at its end.
/// </summary>
internal sealed class CappedReadStream(Stream inner, long cap, Action onExceeded) : Stream
{
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // Ask for one byte past the cap at most, so the overflow is seen without inflating further.
        var allowed = (int)Math.Min(buffer.Length, cap + 1 - BytesRead);
        var read = inner.Read(buffer[..Math.Max(allowed, 1)]);
        BytesRead += read;
        if (BytesRead > cap) onExceeded();
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
