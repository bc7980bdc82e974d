namespace SgdSim.IO;

/// <summary>
/// A read-only file stream whose single-byte reads fail at the end of the file instead of returning -1. Parquet.Net's
/// Thrift reader takes the -1 of <see cref="Stream.ReadByte"/> for a byte with its continuation bit set and reads a
/// varint for ever: a Parquet file damaged in its page headers would hang the reader rather than be refused.
/// </summary>
internal sealed class EndCheckedStream(FileStream inner) : ReadOnlyWrapperStream(inner)
{
    public override bool CanSeek => true;

    public override long Length => Inner.Length;

    public override long Position { get => Inner.Position; set => Inner.Position = value; }

    public override int ReadByte()
    {
        var b = Inner.ReadByte();
        return b >= 0 ? b : throw new EndOfStreamException("the file ends inside a Parquet structure");
    }

    public override int Read(byte[] buffer, int offset, int count) => Inner.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => Inner.Read(buffer);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Inner.ReadAsync(buffer, offset, count, cancellationToken);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Inner.ReadAsync(buffer, cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => Inner.Seek(offset, origin);
}
