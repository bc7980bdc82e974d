namespace SgdSim;

/// <summary>
/// A read-only stream over another that it owns (disposing it with itself): what the wrappers that watch a read
/// (a limit on decompressed bytes, the end of a Parquet file) have in common. Writing is not supported.
/// </summary>
/// <param name="inner">The stream read from.</param>
internal abstract class ReadOnlyWrapperStream(Stream inner) : Stream
{
    /// <summary>The stream read from.</summary>
    protected Stream Inner { get; } = inner;

    public override bool CanRead => true;

    public override bool CanWrite => false;

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
