namespace SgdSim.Traces;

/// <summary>A protobuf byte stream that breaks the wire format: the problem and where it was found.</summary>
internal sealed class ProtoWireException(string problem, long offset) : Exception($"{problem} at byte {offset}")
{
    public string Problem { get; } = problem;

    public long Offset { get; } = offset;
}

/// <summary>
/// Reads the protobuf wire format straight from a span, for importers whose hot loops cannot afford a message
/// object per record (an XSpace holds millions of events). Offsets are absolute within the file, so errors say
/// where the damage is.
/// </summary>
internal ref struct ProtoWireReader
{
    public const int Varint = 0;
    public const int Fixed64 = 1;
    public const int LengthDelimited = 2;
    public const int Fixed32 = 5;

    private readonly ReadOnlySpan<byte> _data;
    private readonly long _base;
    private int _pos;

    /// <param name="data">The message's bytes.</param>
    /// <param name="baseOffset">Where <paramref name="data"/> starts in the file.</param>
    public ProtoWireReader(ReadOnlySpan<byte> data, long baseOffset = 0)
    {
        _data = data;
        _base = baseOffset;
    }

    /// <summary>Absolute offset of the next byte to read.</summary>
    public readonly long Offset => _base + _pos;

    /// <summary>Reads the next field's tag; false at the end of the message.</summary>
    public bool Next(out int field, out int wireType)
    {
        if (_pos >= _data.Length)
        {
            field = wireType = 0;
            return false;
        }

        var tag = ReadVarint();
        field = (int)(tag >> 3);
        wireType = (int)(tag & 7);
        if (field <= 0 || tag >> 3 > int.MaxValue)
        {
            throw Malformed($"an invalid field number {tag >> 3}");
        }

        return true;
    }

    public ulong ReadVarint()
    {
        // One byte is the common case (ids, small counts).
        if (_pos < _data.Length && _data[_pos] < 0x80)
        {
            return _data[_pos++];
        }

        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_pos >= _data.Length)
            {
                throw Truncated();
            }

            var b = _data[_pos++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw Malformed("a varint longer than 10 bytes");
    }

    public long ReadInt64() => (long)ReadVarint();

    public double ReadDouble()
    {
        if (_data.Length - _pos < 8)
        {
            throw Truncated();
        }

        var value = BitConverter.ToDouble(_data.Slice(_pos, 8));
        _pos += 8;
        return value;
    }

    /// <summary>Reads a length-delimited field; <paramref name="offset"/> is where its bytes start in the file.</summary>
    public ReadOnlySpan<byte> ReadBytes(out long offset)
    {
        var length = ReadVarint();
        if (length > (ulong)(_data.Length - _pos))
        {
            throw Truncated();
        }

        offset = _base + _pos;
        var bytes = _data.Slice(_pos, (int)length);
        _pos += (int)length;
        return bytes;
    }

    public ReadOnlySpan<byte> ReadBytes() => ReadBytes(out _);

    /// <summary>Reads a field of the expected wire type, or fails saying which field had the wrong one.</summary>
    public void Expect(int field, int wireType, int expected)
    {
        if (wireType != expected)
        {
            throw Malformed($"field {field} has wire type {wireType}, not {expected}");
        }
    }

    /// <summary>Skips a field this reader does not use.</summary>
    public void Skip(int wireType)
    {
        switch (wireType)
        {
            case Varint:
                ReadVarint();
                break;
            case Fixed64:
                Advance(8);
                break;
            case LengthDelimited:
                ReadBytes();
                break;
            case Fixed32:
                Advance(4);
                break;
            default:
                throw Malformed($"an unsupported wire type {wireType}");
        }
    }

    private void Advance(int n)
    {
        if (_data.Length - _pos < n)
        {
            throw Truncated();
        }

        _pos += n;
    }

    private readonly ProtoWireException Truncated() => new("the data ends in the middle of a field (truncated)", _base + _data.Length);

    private readonly ProtoWireException Malformed(string what) => new(what, _base + _pos);
}
