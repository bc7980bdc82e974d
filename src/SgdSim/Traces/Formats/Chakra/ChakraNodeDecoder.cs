using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using SgdSim.Traces.Chakra.Wire;

namespace SgdSim.Traces.Chakra;

/// <summary>A string kept as its UTF-8 bytes in one of a decoder's <see cref="ChakraNodeDecoder.Arena"/> chunks; length -1 when absent.</summary>
internal readonly record struct Utf8Slice(int Chunk, int Offset, int Length)
{
    public static readonly Utf8Slice None = new(0, 0, -1);

    public bool IsPresent => Length >= 0;
}

/// <summary>
/// What the reader keeps of one Chakra node; integers absent from the file are <see cref="Absent"/>. Strings unique to
/// a node (its name, tensor and parameter) stay UTF-8 bytes until the op is built: millions of young strings held by
/// one large array would make every garbage collection during the parse copy and scan them.
/// </summary>
internal struct ChakraNodeRecord
{
    public const long Absent = long.MinValue;

    public ulong Id;
    public Utf8Slice Name;
    public NodeType Type;

    /// <summary>Where the node's dependencies start in its file's flat list: data ones, then control ones.</summary>
    public int DepStart;
    public int DataCount;
    public int CtrlCount;
    public ulong StartUs;
    public ulong DurationUs;
    public long CommSize;
    public long CommSrc;
    public long CommDst;
    public long CommTag;
    public long CommType;
    public long Tid;
    public long TensorSize;
    public long IsCpu;
    public string? Kind;
    public string? OpType;
    public string? Device;
    public Utf8Slice Tensor;
    public Utf8Slice Parameter;
}

/// <summary>A message that does not follow the protobuf wire format.</summary>
internal sealed class MalformedMessageException(string message) : Exception(message);

/// <summary>
/// Decodes <see cref="Node"/> messages straight from their bytes into <see cref="ChakraNodeRecord"/>s, wire-compatible
/// with the generated parser (packed or unpacked dependencies, any integer encoding of an attribute, unknown fields
/// skipped) but without materialising a message, its attribute objects and their names for every node: an
/// import reads millions of them. Attribute strings that repeat (a device, a kind) are kept once per file.
/// Its methods run once per node or field from one long loop: they are compiled fully at once rather than tiered up.
/// </summary>
internal sealed class ChakraNodeDecoder
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<ulong> _data = [];
    private readonly List<ulong> _ctrl = [];
    private readonly (byte[]? Bytes, string Text)[] _last = new (byte[]?, string)[3];
    private char[] _chars = new char[256];

    public ChakraNodeDecoder() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The dependencies of every node decoded so far, node after node.</summary>
    public List<ulong> Deps { get; } = [];

    /// <summary>The bytes of the strings of every node decoded so far, in chunks that are filled, never moved
    /// (<see cref="Utf8Slice"/>s point into them).</summary>
    public List<byte[]> Arena { get; } = [];

    private const int ArenaChunk = 1 << 20;
    private int _chunkUsed = ArenaChunk;

    /// <summary>A string of the arena.</summary>
    public string Text(Utf8Slice slice) => Text(Arena, slice);

    /// <summary>A string of an arena.</summary>
    public static string Text(List<byte[]> arena, Utf8Slice slice) =>
        slice.Length == 0 ? "" : Encoding.UTF8.GetString(arena[slice.Chunk], slice.Offset, slice.Length);

    /// <summary>Every node decoded by <see cref="Add"/>, in file order; <see cref="Count"/> of them are used.</summary>
    public ChakraNodeRecord[] Records { get; private set; } = [];

    public int Count { get; private set; }

    /// <summary>Makes room for <paramref name="nodes"/> nodes, so that adding them copies nothing.</summary>
    public void Reserve(int nodes) => Records = new ChakraNodeRecord[nodes];

    /// <summary>Decodes a node into the next slot of <see cref="Records"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<byte> body)
    {
        if (Count == Records.Length)
        {
            var larger = Records;
            Array.Resize(ref larger, 2 * Count + 16);
            Records = larger;
        }

        Decode(body, ref Records[Count]);
        Count++;
    }

    public ChakraNodeRecord Decode(ReadOnlySpan<byte> body)
    {
        var node = default(ChakraNodeRecord);
        Decode(body, ref node);
        return node;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Decode(ReadOnlySpan<byte> body, ref ChakraNodeRecord node)
    {
        node = new ChakraNodeRecord
        {
            Name = new Utf8Slice(0, 0, 0),
            Tensor = Utf8Slice.None,
            Parameter = Utf8Slice.None,
            CommSize = ChakraNodeRecord.Absent,
            CommSrc = ChakraNodeRecord.Absent,
            CommDst = ChakraNodeRecord.Absent,
            CommTag = ChakraNodeRecord.Absent,
            CommType = ChakraNodeRecord.Absent,
            Tid = ChakraNodeRecord.Absent,
            TensorSize = ChakraNodeRecord.Absent,
            IsCpu = ChakraNodeRecord.Absent,
        };
        _data.Clear();
        _ctrl.Clear();
        var pos = 0;
        while (pos < body.Length)
        {
            var tag = Varint(body, ref pos);
            var (field, wire) = ((int)(tag >> 3), (int)(tag & 7));
            switch (field, wire)
            {
                case (1, 0): node.Id = Varint(body, ref pos); break;
                case (2, 2): node.Name = Keep(Bytes(body, ref pos)); break;
                case (3, 0): node.Type = (NodeType)(int)Varint(body, ref pos); break;
                case (4, 0): _ctrl.Add(Varint(body, ref pos)); break;
                case (4, 2): Packed(Bytes(body, ref pos), _ctrl); break;
                case (5, 0): _data.Add(Varint(body, ref pos)); break;
                case (5, 2): Packed(Bytes(body, ref pos), _data); break;
                case (6, 0): node.StartUs = Varint(body, ref pos); break;
                case (7, 0): node.DurationUs = Varint(body, ref pos); break;
                case (10, 2): Attribute(Bytes(body, ref pos), ref node); break;
                default: Skip(body, ref pos, field, wire); break;
            }
        }

        node.DepStart = Deps.Count;
        node.DataCount = _data.Count;
        node.CtrlCount = _ctrl.Count;
        Deps.AddRange(CollectionsMarshal.AsSpan(_data));
        Deps.AddRange(CollectionsMarshal.AsSpan(_ctrl));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Attribute(ReadOnlySpan<byte> body, ref ChakraNodeRecord node)
    {
        ReadOnlySpan<byte> name = default;
        ReadOnlySpan<byte> text = default;
        var isText = false;
        long? integer = null;
        var pos = 0;
        while (pos < body.Length)
        {
            var tag = Varint(body, ref pos);
            var (field, wire) = ((int)(tag >> 3), (int)(tag & 7));
            // The value is a oneof: whichever member comes last is the value.
            switch (field, wire)
            {
                case (1, 2): name = Bytes(body, ref pos); break;
                case (7, 0): integer = (int)Varint(body, ref pos); isText = false; break;
                case (9, 0): integer = (long)Varint(body, ref pos); isText = false; break;
                case (11, 0): integer = (uint)Varint(body, ref pos); isText = false; break;
                case (13, 0):
                    var u = Varint(body, ref pos);
                    integer = u <= long.MaxValue ? (long)u : null;
                    isText = false;
                    break;
                case (15, 0) or (17, 0):
                    var z = Varint(body, ref pos);
                    integer = (long)(z >> 1) ^ -(long)(z & 1);
                    isText = false;
                    break;
                case (19, 5): integer = BinaryPrimitives.ReadUInt32LittleEndian(Fixed(body, ref pos, 4)); isText = false; break;
                case (23, 5): integer = BinaryPrimitives.ReadInt32LittleEndian(Fixed(body, ref pos, 4)); isText = false; break;
                case (21, 1):
                    var f = BinaryPrimitives.ReadUInt64LittleEndian(Fixed(body, ref pos, 8));
                    integer = f <= long.MaxValue ? (long)f : null;
                    isText = false;
                    break;
                case (25, 1): integer = BinaryPrimitives.ReadInt64LittleEndian(Fixed(body, ref pos, 8)); isText = false; break;
                case (27, 0): integer = Varint(body, ref pos) != 0 ? 1 : 0; isText = false; break;
                case (29, 2): text = Bytes(body, ref pos); isText = true; integer = null; break;
                case (3, 1) or (5, 5): Skip(body, ref pos, field, wire); integer = null; isText = false; break;
                default: Skip(body, ref pos, field, wire); break;
            }
        }

        var value = integer ?? ChakraNodeRecord.Absent;
        if (name.SequenceEqual("comm_size"u8)) node.CommSize = value;
        else if (name.SequenceEqual("comm_src"u8)) node.CommSrc = value;
        else if (name.SequenceEqual("comm_dst"u8)) node.CommDst = value;
        else if (name.SequenceEqual("comm_tag"u8)) node.CommTag = value;
        else if (name.SequenceEqual("comm_type"u8)) node.CommType = value;
        else if (name.SequenceEqual("tid"u8)) node.Tid = value;
        else if (name.SequenceEqual("tensor_size"u8)) node.TensorSize = value;
        else if (name.SequenceEqual("is_cpu_op"u8)) node.IsCpu = value;
        else if (name.StartsWith("sgdsim_"u8) && isText)
        {
            if (name.SequenceEqual("sgdsim_kind"u8)) node.Kind = Shared(text, 0);
            else if (name.SequenceEqual("sgdsim_op"u8)) node.OpType = Shared(text, 1);
            else if (name.SequenceEqual("sgdsim_device"u8)) node.Device = Shared(text, 2);
            else if (name.SequenceEqual("sgdsim_tensor"u8)) node.Tensor = Keep(text);
            else if (name.SequenceEqual("sgdsim_parameter"u8)) node.Parameter = Keep(text);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Utf8Slice Keep(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == 0)
        {
            return new Utf8Slice(0, 0, 0);
        }

        if (ArenaChunk - _chunkUsed < utf8.Length)
        {
            Arena.Add(GC.AllocateUninitializedArray<byte>(Math.Max(ArenaChunk, utf8.Length)));
            _chunkUsed = 0;
        }

        utf8.CopyTo(Arena[^1].AsSpan(_chunkUsed));
        var slice = new Utf8Slice(Arena.Count - 1, _chunkUsed, utf8.Length);
        // A string longer than a chunk has one to itself: the next string starts a new one.
        _chunkUsed = utf8.Length > ArenaChunk ? ArenaChunk : _chunkUsed + utf8.Length;
        return slice;
    }

    // Kinds, types and devices repeat from node to node: the value of the node before is checked first, bytes to
    // bytes, then the file's table of them.
    private string Shared(ReadOnlySpan<byte> utf8, int slot)
    {
        ref var last = ref _last[slot];
        if (last.Bytes is not null && utf8.SequenceEqual(last.Bytes))
        {
            return last.Text;
        }

        last = (utf8.ToArray(), Shared(utf8));
        return last.Text;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string Shared(ReadOnlySpan<byte> utf8)
    {
        if (_chars.Length < utf8.Length)
        {
            _chars = new char[utf8.Length * 2];
        }

        var chars = _chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars));
        if (_lookup.TryGetValue(chars, out var shared))
        {
            return shared;
        }

        shared = new string(chars);
        _strings.Add(shared, shared);
        return shared;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Packed(ReadOnlySpan<byte> bytes, List<ulong> into)
    {
        var pos = 0;
        while (pos < bytes.Length)
        {
            into.Add(Varint(bytes, ref pos));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Varint(ReadOnlySpan<byte> bytes, ref int pos)
    {
        if ((uint)pos < (uint)bytes.Length && bytes[pos] < 0x80)
        {
            return bytes[pos++];
        }

        ulong value = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            if (pos >= bytes.Length)
            {
                throw new MalformedMessageException("a varint runs past the end of its message");
            }

            var b = bytes[pos++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new MalformedMessageException("a varint is longer than 10 bytes");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<byte> Bytes(ReadOnlySpan<byte> bytes, scoped ref int pos)
    {
        var length = Varint(bytes, ref pos);
        if (length > (ulong)(bytes.Length - pos))
        {
            throw new MalformedMessageException($"a field of {length} bytes runs past the end of its message");
        }

        var result = bytes.Slice(pos, (int)length);
        pos += (int)length;
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<byte> Fixed(ReadOnlySpan<byte> bytes, scoped ref int pos, int size)
    {
        if (bytes.Length - pos < size)
        {
            throw new MalformedMessageException("a fixed-size field runs past the end of its message");
        }

        var result = bytes.Slice(pos, size);
        pos += size;
        return result;
    }

    private static void Skip(ReadOnlySpan<byte> bytes, ref int pos, int field, int wire)
    {
        if (field == 0)
        {
            throw new MalformedMessageException("a field has the invalid number 0");
        }

        switch (wire)
        {
            case 0: Varint(bytes, ref pos); break;
            case 1: Fixed(bytes, ref pos, 8); break;
            case 2: Bytes(bytes, ref pos); break;
            case 5: Fixed(bytes, ref pos, 4); break;
            case 3:
                // A group (deprecated, still valid): skip fields up to its end tag. Groups nest as deep as the input
                // says, so the open ones are kept on a stack of their own, not the call stack.
                var open = new Stack<int>();
                open.Push(field);
                while (open.Count > 0)
                {
                    var tag = Varint(bytes, ref pos);
                    var (inner, innerWire) = ((int)(tag >> 3), (int)(tag & 7));
                    if (innerWire == 4)
                    {
                        if (inner != open.Pop()) throw new MalformedMessageException("a group ends with the wrong field number");
                    }
                    else if (innerWire == 3)
                    {
                        if (inner == 0) throw new MalformedMessageException("a field has the invalid number 0");
                        open.Push(inner);
                    }
                    else
                    {
                        Skip(bytes, ref pos, inner, innerWire);
                    }
                }

                break;
            default:
                throw new MalformedMessageException($"field {field} has the invalid wire type {wire}");
        }
    }
}
