using System.Buffers;

namespace SgdSim.Traces;

/// <summary>The refilled buffer the streaming JSON readers parse from: what is left unparsed moves to the front and
/// more of the stream is read behind it.</summary>
internal static class StreamBuffer
{
    /// <summary>Reads until <paramref name="buffer"/> is full or the stream ends; returns the bytes it holds.</summary>
    public static int Fill(Stream stream, byte[] buffer, int start)
    {
        var total = start;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer, total, buffer.Length - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    /// <summary>
    /// Keeps <c>buffer[offset..length)</c>, moved to the front, and fills the rest from the stream; returns the new
    /// length. With <paramref name="grow"/> (one value bigger than the whole buffer) the buffer is first doubled, up
    /// to <see cref="TraceLimits.MaxValueBytes"/>: beyond, <paramref name="file"/> is refused. The buffer is rented from
    /// the shared pool, and so is a grown one.
    /// </summary>
    public static int Refill(string file, Stream stream, ref byte[] buffer, int offset, int length, bool grow)
    {
        var remaining = length - offset;
        if (grow && buffer.Length >= TraceLimits.MaxValueBytes)
        {
            throw new InvalidTraceException(file,
                $"has a JSON value (an event, or a property around the events) larger than {TraceLimits.MaxValueBytes >> 20} MiB, the most one may be.");
        }

        if (grow)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, TraceLimits.MaxValueBytes));
            buffer.AsSpan(offset, remaining).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = bigger;
        }
        else
        {
            buffer.AsSpan(offset, remaining).CopyTo(buffer);
        }

        return Fill(stream, buffer, remaining);
    }
}
