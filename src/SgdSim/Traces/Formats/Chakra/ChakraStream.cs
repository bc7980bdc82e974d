using System.Buffers;
using System.Runtime.CompilerServices;
using Google.Protobuf;
using SgdSim.Traces.Chakra.Wire;

namespace SgdSim.Traces.Chakra;

/// <summary>
/// The framing of a Chakra <c>.et</c> file: a stream of messages, each preceded by its length as a varint — one
/// <see cref="GlobalMetadata"/>, then one <see cref="Node"/> per graph node.
/// </summary>
internal static class ChakraStream
{
    // Large enough that a refill is rare; a message longer than this grows the buffer.
    private const int ChunkBytes = 1 << 20;

    /// <summary>A handler of one node message's bytes.</summary>
    public delegate void NodeHandler(ReadOnlySpan<byte> body);

    /// <summary>Reads the metadata and hands every node, parsed, to <paramref name="onNode"/>, in file order.</summary>
    /// <exception cref="InvalidTraceException">The file is truncated or a message is not valid protobuf.</exception>
    public static GlobalMetadata Read(string file, Action<Node> onNode) => Read(file, body => onNode(Node.Parser.ParseFrom(body)));

    /// <summary>Reads the metadata and hands the bytes of every node to <paramref name="onNode"/>, in file order.</summary>
    /// <exception cref="InvalidTraceException">The file is truncated or a message is not valid protobuf (the handler
    /// throws <see cref="InvalidProtocolBufferException"/> or <see cref="MalformedMessageException"/>).</exception>
    // One loop over every message of the file: compiled fully at once rather than tiered up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static GlobalMetadata Read(string file, NodeHandler onNode)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            GlobalMetadata? metadata = null;
            var start = 0;
            var end = 0;
            long offset = 0;
            var index = 0;
            var eof = false;
            while (true)
            {
                if (!eof && end - start < 10)
                {
                    Refill(stream, ref buffer, ref start, ref end, 0, ref eof);
                }

                if (start == end)
                {
                    break;
                }

                if (!TryReadLength(buffer.AsSpan(start, end - start), out var length, out var prefix))
                {
                    if (eof || end - start >= 10)
                    {
                        throw new InvalidTraceException(file, $"is truncated or corrupt: message {index} at byte {offset} has no valid length prefix.");
                    }

                    continue;
                }

                if (length > TraceLimits.MaxValueBytes)
                {
                    throw new InvalidTraceException(file,
                        $"is not a valid Chakra execution trace: message {index} at byte {offset} declares {length:N0} bytes, more than a message may hold ({TraceLimits.MaxValueBytes >> 20} MiB).");
                }

                if (end - start < prefix + length)
                {
                    // Said before the buffer grows to a length the file cannot hold.
                    if (eof || offset + prefix + length > stream.Length)
                    {
                        throw new InvalidTraceException(file,
                            $"is truncated: message {index} at byte {offset} declares {length} bytes but only {stream.Length - offset - prefix} remain.");
                    }

                    Refill(stream, ref buffer, ref start, ref end, prefix + length, ref eof);
                    continue;
                }

                // A file of zeros is one empty node after another: the count stops it, as any file of too many nodes.
                TraceLimits.CheckEventCount(file, index);
                Handle(file, buffer.AsSpan(start + prefix, length), ref metadata, onNode, index, offset);
                start += prefix + length;
                offset += prefix + length;
                index++;
            }

            return metadata ?? throw new InvalidTraceException(file, "is empty.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // The first message is the metadata; every other one a node, handed on.
    private static void Handle(string file, ReadOnlySpan<byte> body, ref GlobalMetadata? metadata, NodeHandler onNode, int index, long offset)
    {
        try
        {
            if (metadata is null)
            {
                metadata = GlobalMetadata.Parser.ParseFrom(body);
            }
            else
            {
                onNode(body);
            }
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or MalformedMessageException)
        {
            var what = metadata is null ? "the global metadata" : $"node message {index}";
            throw new InvalidTraceException(file,
                $"is not a valid Chakra execution trace: {what} at byte {offset} is not valid protobuf ({e.Message.TrimEnd('.')}).", e);
        }
    }

    /// <summary>Writes one length-prefixed message.</summary>
    public static void WriteDelimited(CodedOutputStream output, IMessage message)
    {
        output.WriteLength(message.CalculateSize());
        message.WriteTo(output);
    }

    /// <summary>Reads a varint length; false when the bytes end before it does or it is over 2 GiB.</summary>
    public static bool TryReadLength(ReadOnlySpan<byte> bytes, out int length, out int prefix)
    {
        ulong value = 0;
        for (var i = 0; i < bytes.Length && i < 10; i++)
        {
            value |= (ulong)(bytes[i] & 0x7F) << (7 * i);
            if ((bytes[i] & 0x80) == 0)
            {
                prefix = i + 1;
                length = value <= int.MaxValue ? (int)value : -1;
                return length >= 0;
            }
        }

        length = prefix = 0;
        return false;
    }

    /// <summary>
    /// Whether the head of a file looks like a Chakra trace: a varint length, then a GlobalMetadata made only of its
    /// fields 1 and 2 (length-delimited, tags 0x0A and 0x12) that fit that length, then either the end of the file or
    /// a second length whose message opens with a Node field. A RunMetadata or XSpace (also opening with 0x0A, as a
    /// tag) fails this: its second byte read as a tag or a length does not fit.
    /// </summary>
    public static bool LooksLikeTrace(ReadOnlySpan<byte> head, long fileLength)
    {
        if (!TryReadLength(head, out var length, out var prefix) || length == 0)
        {
            return false;
        }

        var metadataEnd = (long)prefix + length;
        if (metadataEnd > fileLength)
        {
            return false;
        }

        var pos = prefix;
        while (pos < metadataEnd && pos < head.Length)
        {
            if (head[pos] is not (0x0A or 0x12))
            {
                return false;
            }

            if (!TryReadLength(head[(pos + 1)..], out var fieldLength, out var fieldPrefix))
            {
                // A length cut off by the end of the head is accepted: only what was read can disagree.
                return head.Length - pos - 1 < 10;
            }

            pos += 1 + fieldPrefix + fieldLength;
            if (pos > metadataEnd)
            {
                return false;
            }
        }

        if (metadataEnd == fileLength || metadataEnd >= head.Length)
        {
            return true;
        }

        // The first node: its length, then a tag of a Node field (1 to 11) with the wire type the schema gives it.
        var rest = head[(int)metadataEnd..];
        if (!TryReadLength(rest, out var nodeLength, out var nodePrefix) || nodeLength == 0 || nodePrefix >= rest.Length)
        {
            return false;
        }

        var tag = rest[nodePrefix];
        return (tag >> 3, tag & 7) is (1, 0) or (2, 2) or (3, 0) or (4, 2) or (4, 0) or (5, 2) or (5, 0) or (6, 0) or (7, 0) or
            (8, 2) or (9, 2) or (10, 2) or (11, 2);
    }

    private static void Refill(FileStream stream, ref byte[] buffer, ref int start, ref int end, int needed, ref bool eof)
    {
        var pending = end - start;
        if (needed > buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(needed);
            buffer.AsSpan(start, pending).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
        else if (start > 0)
        {
            buffer.AsSpan(start, pending).CopyTo(buffer);
        }

        start = 0;
        end = pending;
        while (end < buffer.Length)
        {
            var n = stream.Read(buffer, end, buffer.Length - end);
            if (n == 0)
            {
                eof = true;
                break;
            }

            end += n;
        }
    }
}
