using System.Globalization;
using System.IO.MemoryMappedFiles;
using System.Runtime.CompilerServices;
using System.Text;

namespace SgdSim.Traces.TensorFlow;

/// <summary>What a TF op of an XSpace is, as far as its type tells.</summary>
internal enum XOpClass : byte
{
    /// <summary>Model computation (or a GPU kernel no op claims).</summary>
    Compute,

    /// <summary>A variable update (<c>ResourceApplyAdam</c>, …).</summary>
    Update,

    /// <summary>A collective (<c>CollectiveReduce</c>, <c>NcclAllReduce</c>, …).</summary>
    Collective,

    /// <summary><c>_Send</c>, <c>_Recv</c>, <c>_HostSend</c>, <c>_HostRecv</c>.</summary>
    SendRecv,

    /// <summary>Executor plumbing (<c>NoOp</c>, …).</summary>
    Plumbing,

    /// <summary>A GPU copy no op claims (<c>MemcpyH2D</c>, …).</summary>
    Memcpy,
}

/// <summary>A TF op as an XSpace names it (<c>name:Type</c>).</summary>
internal sealed record XOp(string Name, string Type, XOpClass Class);

/// <summary>One timed event of an XSpace that is (part of) a TF op; 32 bytes, as there are millions.</summary>
internal struct XRecord
{
    public long StartNs;
    public long EndNs;
    public int Op;

    /// <summary>The profiler's <c>group_id</c> (which step or other activity the event belongs to), or -1.</summary>
    public int Group;
    public ushort Plane;
    public ushort Lane;

    /// <summary>Index into <see cref="XSpaceFile.Extras"/> for the few events that move a sized tensor, or -1.</summary>
    public int Extra;
}

/// <summary>What few events add to a record: bytes moved or reduced (-1: unknown) and the devices named by a
/// rendezvous key (an index into <see cref="XSpaceFile.Peers"/>, or -1).</summary>
internal readonly record struct XExtra(long Bytes, int Peer);

/// <summary>
/// A list that grows by chunks rather than by copying: millions of records are added one by one, and a doubling
/// list would hold its old and new arrays at once, both freshly committed memory.
/// </summary>
internal sealed class ChunkedList<T>
{
    private const int Shift = 16;
    private const int ChunkSize = 1 << Shift;
    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public ref T this[int index] => ref _chunks[index >> Shift][index & (ChunkSize - 1)];

    public void Add(in T item)
    {
        if ((Count & (ChunkSize - 1)) == 0 && Count >> Shift == _chunks.Count)
        {
            _chunks.Add(new T[ChunkSize]);
        }

        this[Count++] = item;
    }
}

/// <summary>A step as a <c>Steps</c> line or a step marker shows it.</summary>
internal sealed record XStepMark(string Name, long Group, long StartNs, long EndNs, int Plane);

/// <summary>One plane of an XSpace: a host's threads or one device.</summary>
internal sealed class XPlaneInfo(string name)
{
    public string Name { get; } = name;

    public bool IsHost => Name.StartsWith("/host:", StringComparison.Ordinal);

    /// <summary>Lanes (lines) that hold imported events, by name.</summary>
    public List<string> Lanes { get; } = [];

    public Dictionary<string, int> LaneIndex { get; } = new(StringComparer.Ordinal);

    /// <summary>All timed events on its timelines (derived lines excluded).</summary>
    public int Events { get; set; }

    public int Lane(string name)
    {
        if (!LaneIndex.TryGetValue(name, out var index))
        {
            index = Lanes.Count;
            Lanes.Add(name);
            LaneIndex.Add(name, index);
        }

        return index;
    }
}

/// <summary>
/// Reads one <c>.xplane.pb</c> (the TF2 profiler's XSpace of one host) into flat records, straight from the wire:
/// a profile holds millions of events, and a message object per event and per stat would cost more than the
/// trace model built from them. Planes, lines and metadata are few and read once; events are read in one pass.
/// </summary>
internal sealed class XSpaceFile
{
    // Lines the profiler derives from the others (regrouping the same time): reading them would count time twice.
    private static readonly HashSet<string> DerivedLines = new(StringComparer.Ordinal)
    {
        "TensorFlow Name Scope", "TensorFlow Ops", "XLA Modules", "XLA Ops", "XLA TraceMe", "Async XLA Ops",
        "Source code", "Framework Name Scope", "Framework Ops", "Launch Stats",
    };

    private const string StepsLine = "Steps";

    private readonly Dictionary<string, int> _opIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _typeOfName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _opLookup;

    private XSpaceFile(string file)
    {
        File = file;
        _opLookup = _opIndex.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string File { get; }

    /// <summary>The host the profile names (<c>hostnames</c>), if any.</summary>
    public string? Host { get; private set; }

    /// <summary>The TF task (<c>/job:worker/replica:0/task:0</c>) a <c>device</c> stat names, if any.</summary>
    public string? Task { get; private set; }

    public List<XPlaneInfo> Planes { get; } = [];

    /// <summary>Planes that are neither <c>/host:CPU</c> nor a device, by name (skipped).</summary>
    public List<string> OtherPlanes { get; } = [];

    public List<XOp> Ops { get; } = [];

    public ChunkedList<XRecord> Records { get; } = new();

    /// <summary>Sizes and peers of the records that have them (<see cref="XRecord.Extra"/>).</summary>
    public List<XExtra> Extras { get; } = [];

    public long BytesOf(in XRecord r) => r.Extra >= 0 ? Extras[r.Extra].Bytes : -1;

    public int PeerOf(in XRecord r) => r.Extra >= 0 ? Extras[r.Extra].Peer : -1;

    /// <summary>Steps from the <c>Steps</c> lines.</summary>
    public List<XStepMark> StepLines { get; } = [];

    /// <summary>Steps from host events carrying a <c>step_num</c> stat (<c>tf.profiler.experimental.Trace('train', step_num=k)</c>).</summary>
    public List<XStepMark> Markers { get; } = [];

    /// <summary>Source and destination devices named by a rendezvous key of a send or receive event.</summary>
    public List<(string Source, string Destination, string Key)> Peers { get; } = [];

    /// <summary>Host events that are not TF ops (executor, allocator, tf.data, launches), left out.</summary>
    public long RuntimeEvents { get; private set; }

    /// <summary>Ops named "name:Type" because an op of another type has the same name.</summary>
    public int RenamedOps { get; private set; }

    /// <summary>The errors and warnings the profiler recorded in the XSpace.</summary>
    public List<string> ProfilerMessages { get; } = [];

    /// <summary>Reads <paramref name="file"/>.</summary>
    /// <exception cref="InvalidTraceException">Not an XSpace, damaged, or without planes or events.</exception>
    public static unsafe XSpaceFile Read(string file)
    {
        var length = new FileInfo(file).Length;
        if (length == 0)
        {
            throw new InvalidTraceException(file, "is empty.");
        }

        if (length > Array.MaxLength)
        {
            throw new InvalidTraceException(file, $"is {length:N0} bytes; an XSpace is a single protobuf message, which cannot exceed 2 GiB.");
        }

        // Mapped, not read into an array: a profile of hundreds of megabytes would otherwise sit on the managed heap
        // beside the trace built from it, and the file's pages can be dropped by the system as they are passed.
        using var mapped = MemoryMappedFile.CreateFromFile(file, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        using var view = mapped.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        var handle = view.SafeMemoryMappedViewHandle;
        byte* start = null;
        handle.AcquirePointer(ref start);
        try
        {
            var parsed = new XSpaceFile(file);
            parsed.Parse(new ReadOnlySpan<byte>(start + view.PointerOffset, (int)length));
            return parsed;
        }
        catch (ProtoWireException e)
        {
            throw new InvalidTraceException(file, $"is not a valid XSpace protobuf ({e.Message}).", e);
        }
        catch (TfNameException e)
        {
            throw e.InFile(file);
        }
        finally
        {
            handle.ReleasePointer();
        }
    }

    private void Parse(ReadOnlySpan<byte> data)
    {
        var planes = new List<(long Offset, int Length)>();
        var reader = new ProtoWireReader(data);
        while (reader.Next(out var field, out var wire))
        {
            switch (field)
            {
                case 1:
                    reader.Expect(field, wire, ProtoWireReader.LengthDelimited);
                    var plane = reader.ReadBytes(out var offset);
                    planes.Add((offset, plane.Length));
                    break;
                case 2 or 3:
                    reader.Expect(field, wire, ProtoWireReader.LengthDelimited);
                    ProfilerMessages.Add(Encoding.UTF8.GetString(reader.ReadBytes()));
                    break;
                case 4:
                    reader.Expect(field, wire, ProtoWireReader.LengthDelimited);
                    Host ??= Encoding.UTF8.GetString(reader.ReadBytes());
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        if (planes.Count == 0)
        {
            throw new InvalidTraceException(File,
                "is an XSpace with no planes, so the profiler recorded nothing (was a TensorFlow program running while it was captured?).");
        }

        foreach (var (offset, length) in planes)
        {
            ReadPlane(data.Slice((int)offset, length), offset);
        }

        if (Planes.Sum(p => p.Events) == 0)
        {
            throw new InvalidTraceException(File,
                $"is an XSpace of {planes.Count} plane(s) ({string.Join(", ", Planes.Select(p => p.Name).Concat(OtherPlanes).Take(4))}) with no timed events in them.");
        }
    }

    private enum StatKind : byte
    {
        None,
        GroupId,
        StepName,
        StepNum,
        Device,
        MemcpyDetails,
        Shape,
        TfOp,
        Level0,
        Annotation,
        CorrelationId,
    }

    private static StatKind KindOf(string name) => name switch
    {
        "group_id" => StatKind.GroupId,
        "step_name" => StatKind.StepName,
        "step_num" => StatKind.StepNum,
        "device" => StatKind.Device,
        "memcpy_details" => StatKind.MemcpyDetails,
        "shape" => StatKind.Shape,
        "tf_op" => StatKind.TfOp,
        "level 0" => StatKind.Level0,
        "annotation" => StatKind.Annotation,
        "correlation_id" => StatKind.CorrelationId,
        _ => StatKind.None,
    };

    // Per plane: what each stat and event metadata id stands for.
    private sealed class PlaneTables
    {
        public readonly IdTable<StatKind> StatKinds = new(StatKind.None);
        public readonly IdTable<string?> StatNames = new(null);
        public readonly IdTable<string?> EventNames = new(null);

        // The op an event metadata names (-1: none), and the op a referenced stat value names (-1: none).
        public readonly IdTable<int> EventOps = new(-1);
        public readonly Dictionary<long, int> RefOps = [];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadPlane(ReadOnlySpan<byte> data, long baseOffset)
    {
        string name = "";
        var lines = new List<(long Offset, int Length)>();
        var eventMetadata = new List<(long Offset, int Length)>();
        var tables = new PlaneTables();
        var reader = new ProtoWireReader(data, baseOffset);
        while (reader.Next(out var field, out var wire))
        {
            switch (field)
            {
                case 2:
                    reader.Expect(field, wire, ProtoWireReader.LengthDelimited);
                    name = Encoding.UTF8.GetString(reader.ReadBytes());
                    break;
                case 3:
                    reader.Expect(field, wire, ProtoWireReader.LengthDelimited);
                    var line = reader.ReadBytes(out var lineOffset);
                    lines.Add((lineOffset, line.Length));
                    break;
                case 4:
                    reader.Expect(field, wire, ProtoWireReader.LengthDelimited);
                    var entry = reader.ReadBytes(out var entryOffset);
                    eventMetadata.Add((entryOffset, entry.Length));
                    break;
                case 5:
                    reader.Expect(field, wire, ProtoWireReader.LengthDelimited);
                    var statEntry = reader.ReadBytes(out var statOffset);
                    var (statId, statName) = ReadMetadataEntry(statEntry, statOffset);
                    tables.StatNames.Set(statId, statName);
                    tables.StatKinds.Set(statId, KindOf(statName));
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        var isHost = name.StartsWith("/host:", StringComparison.Ordinal);
        if (!(name == "/host:CPU" || name.StartsWith("/device:", StringComparison.Ordinal)))
        {
            // Other planes (/host:metadata, a python tracer, TPU runtime) hold no TF ops of the job's devices.
            OtherPlanes.Add(name.Length == 0 ? "(unnamed)" : name);
            return;
        }

        // Stat metadata may follow event metadata on the wire, so events' own names are resolved only now.
        foreach (var (offset, length) in eventMetadata)
        {
            var (id, eventName) = ReadMetadataEntry(data.Slice((int)(offset - baseOffset), length), offset);
            tables.EventNames.Set(id, eventName);
            tables.EventOps.Set(id, OpOf(eventName));
        }

        var plane = new XPlaneInfo(name);
        var planeIndex = Planes.Count;
        Planes.Add(plane);
        foreach (var (offset, length) in lines)
        {
            ReadLine(data.Slice((int)(offset - baseOffset), length), offset, planeIndex, plane, isHost, tables);
        }
    }

    // A map entry (key = 1, value = 2) whose value is an XEventMetadata or XStatMetadata: both have id = 1, name = 2.
    private static (long Id, string Name) ReadMetadataEntry(ReadOnlySpan<byte> entry, long baseOffset)
    {
        long key = 0, id = 0;
        var name = "";
        var reader = new ProtoWireReader(entry, baseOffset);
        while (reader.Next(out var field, out var wire))
        {
            if (field == 1 && wire == ProtoWireReader.Varint)
            {
                key = reader.ReadInt64();
            }
            else if (field == 2 && wire == ProtoWireReader.LengthDelimited)
            {
                var value = new ProtoWireReader(reader.ReadBytes(out var valueOffset), valueOffset);
                while (value.Next(out var f, out var w))
                {
                    if (f == 1 && w == ProtoWireReader.Varint) id = value.ReadInt64();
                    else if (f == 2 && w == ProtoWireReader.LengthDelimited) name = Encoding.UTF8.GetString(value.ReadBytes());
                    else value.Skip(w);
                }
            }
            else
            {
                reader.Skip(wire);
            }
        }

        return (key != 0 ? key : id, name);
    }

    // Runs once per line with a loop over every event: compile it fully at once rather than tier it up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadLine(ReadOnlySpan<byte> data, long baseOffset, int planeIndex, XPlaneInfo plane, bool isHost, PlaneTables tables)
    {
        var (lineId, timestampNs, lineName) = ReadLineHeader(data, baseOffset);
        var isSteps = lineName == StepsLine;
        if (!isSteps && DerivedLines.Contains(lineName))
        {
            return;
        }

        var lane = -1;
        var eventIndex = 0;
        var previous = -1;
        var reader = new ProtoWireReader(data, baseOffset);
        while (reader.Next(out var field, out var wire))
        {
            if (field != 4)
            {
                reader.Skip(wire);
                continue;
            }

            reader.Expect(field, wire, ProtoWireReader.LengthDelimited);
            var e = ReadEvent(reader.ReadBytes(out var eventOffset), eventOffset, tables);
            eventIndex++;
            if (!e.Timed)
            {
                continue;
            }

            var (startNs, endNs) = EventTimes(e, timestampNs, lineName, plane, tables);
            if (isSteps)
            {
                var name = e.StepName.Length > 0 ? Encoding.UTF8.GetString(e.StepName) : tables.EventNames.Get(e.MetadataId) ?? e.MetadataId.ToString(CultureInfo.InvariantCulture);
                StepLines.Add(new XStepMark(name, e.Group, startNs, endNs, planeIndex));
                continue;
            }

            plane.Events++;
            if (e.StepNum >= 0)
            {
                Markers.Add(new XStepMark(e.StepNum.ToString(CultureInfo.InvariantCulture), e.Group, startNs, endNs, planeIndex));
            }

            var op = tables.EventOps.Get(e.MetadataId);
            if (op < 0 && !isHost)
            {
                // A GPU kernel or copy: the op it belongs to is in its stats; else it stands alone.
                op = e.OpRef >= 0 ? RefOp(tables, e.OpRef) : e.OpText.Length > 0 ? OpOf(e.OpText) : -1;
                if (op < 0)
                {
                    op = Unclaimed(tables.EventNames.Get(e.MetadataId) ?? "", e.Correlation, lineId, eventIndex);
                }
            }

            if (op < 0)
            {
                RuntimeEvents++;
                continue;
            }

            if (lane < 0)
            {
                lane = plane.Lane(lineName.Length > 0 ? lineName : lineId.ToString(CultureInfo.InvariantCulture));
            }

            previous = AddRecord(e, op, startNs, endNs, planeIndex, plane, lane, isHost, previous);
        }
    }

    private static (long Id, long TimestampNs, string Name) ReadLineHeader(ReadOnlySpan<byte> data, long baseOffset)
    {
        long lineId = 0, timestampNs = 0;
        var lineName = "";
        var reader = new ProtoWireReader(data, baseOffset);
        while (reader.Next(out var field, out var wire))
        {
            switch (field)
            {
                case 1 when wire == ProtoWireReader.Varint:
                    lineId = reader.ReadInt64();
                    break;
                case 2 when wire == ProtoWireReader.LengthDelimited:
                    lineName = Encoding.UTF8.GetString(reader.ReadBytes());
                    break;
                case 3 when wire == ProtoWireReader.Varint:
                    timestampNs = reader.ReadInt64();
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        return (lineId, timestampNs, lineName);
    }

    /// <summary>The fields of one XEvent that the import uses, its stats read by kind.</summary>
    private ref struct XEventFields
    {
        public long MetadataId, OffsetPs, DurationPs, OpRef;
        public long Group, StepNum, Correlation, Bytes;
        public bool Timed;
        public int OpPriority;
        public ReadOnlySpan<byte> StepName, Shape, OpText, Rendezvous;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private XEventFields ReadEvent(ReadOnlySpan<byte> data, long offset, PlaneTables tables)
    {
        var e = new XEventFields { Group = -1, StepNum = -1, Correlation = -1, Bytes = -1, OpRef = -1, Timed = true };
        var ev = new ProtoWireReader(data, offset);
        while (ev.Next(out var f, out var w))
        {
            switch (f)
            {
                case 1 when w == ProtoWireReader.Varint:
                    e.MetadataId = ev.ReadInt64();
                    break;
                case 2 when w == ProtoWireReader.Varint:
                    e.OffsetPs = ev.ReadInt64();
                    break;
                case 3 when w == ProtoWireReader.Varint:
                    e.DurationPs = ev.ReadInt64();
                    break;
                case 5:
                    // num_occurrences: an aggregate, not a timed event.
                    e.Timed = false;
                    ev.Skip(w);
                    break;
                case 4 when w == ProtoWireReader.LengthDelimited:
                    ReadStat(ref e, ev.ReadBytes(out var statOffset), statOffset, tables);
                    break;
                default:
                    ev.Skip(w);
                    break;
            }
        }

        return e;
    }

    private void ReadStat(ref XEventFields e, ReadOnlySpan<byte> data, long offset, PlaneTables tables)
    {
        var stat = new ProtoWireReader(data, offset);
        long statId = 0, number = 0, refId = -1;
        ReadOnlySpan<byte> text = default;
        while (stat.Next(out var sf, out var sw))
        {
            switch (sf)
            {
                case 1 when sw == ProtoWireReader.Varint: statId = stat.ReadInt64(); break;
                case 3 or 4 when sw == ProtoWireReader.Varint: number = stat.ReadInt64(); break;
                case 5 when sw == ProtoWireReader.LengthDelimited: text = stat.ReadBytes(); break;
                case 7 when sw == ProtoWireReader.Varint: refId = stat.ReadInt64(); break;
                default: stat.Skip(sw); break;
            }
        }

        switch (tables.StatKinds.Get(statId))
        {
            case StatKind.GroupId: e.Group = number; break;
            case StatKind.StepNum: e.StepNum = number; break;
            case StatKind.CorrelationId: e.Correlation = number; break;
            case StatKind.StepName: e.StepName = text; break;
            case StatKind.Shape: e.Shape = text; break;
            case StatKind.MemcpyDetails: e.Bytes = MemcpySize(text); break;
            case StatKind.Device when Task is null && text.StartsWith("/job:"u8):
                Task = TfNames.ParseDevice(Encoding.UTF8.GetString(text)).Node;
                break;
            case StatKind.TfOp or StatKind.Level0 or StatKind.Annotation:
                // tf_op names the op outright; "level 0" is the outermost annotation; a full annotation nests
                // several levels.
                var priority = tables.StatKinds.Get(statId) switch { StatKind.TfOp => 3, StatKind.Level0 => 2, _ => 1 };
                if (priority > e.OpPriority)
                {
                    e.OpPriority = priority;
                    e.OpRef = refId;
                    e.OpText = refId >= 0 ? default : text;
                }

                break;
        }

        if (text.Length > 5 && text[0] == (byte)'/' && text.IndexOf((byte)';') > 0 && text.StartsWith("/job:"u8))
        {
            e.Rendezvous = text;
        }
    }

    private (long StartNs, long EndNs) EventTimes(in XEventFields e, long timestampNs, string lineName, XPlaneInfo plane, PlaneTables tables)
    {
        try
        {
            return (checked(timestampNs + e.OffsetPs / 1000), checked(timestampNs + (e.OffsetPs + e.DurationPs) / 1000));
        }
        catch (OverflowException)
        {
            throw new InvalidTraceException(File,
                $"event '{tables.EventNames.Get(e.MetadataId)}' on line '{lineName}' of {plane.Name} has a time that overflows 64-bit " +
                $"nanoseconds (timestamp_ns={timestampNs}, offset_ps={e.OffsetPs}, duration_ps={e.DurationPs}).");
        }
    }

    // Adds the event as a record of its op, or widens the line's previous record when it is the next kernel of the
    // same op; returns the record it went into.
    private int AddRecord(in XEventFields e, int op, long startNs, long endNs, int planeIndex, XPlaneInfo plane, int lane, bool isHost, int previous)
    {
        var bytes = e.Bytes;
        var peer = -1;
        var cls = Ops[op].Class;
        if (cls is XOpClass.Collective or XOpClass.SendRecv && bytes < 0 && e.Shape.Length > 0)
        {
            try
            {
                bytes = ShapeBytes(e.Shape);
            }
            catch (OverflowException)
            {
                throw new InvalidTraceException(File, $"has a transfer of shape {Encoding.ASCII.GetString(e.Shape)}, more bytes than a 64-bit count holds.");
            }
        }

        if (cls == XOpClass.SendRecv && e.Rendezvous.Length > 0)
        {
            peer = Peer(e.Rendezvous);
        }

        if (Planes.Count > ushort.MaxValue || plane.Lanes.Count > ushort.MaxValue)
        {
            throw new InvalidTraceException(File, $"has more than {ushort.MaxValue} planes or lines in a plane.");
        }

        var extra = bytes >= 0 || peer >= 0 ? AddExtra(bytes, peer) : -1;
        var groupId = e.Group is >= 0 and <= int.MaxValue ? (int)e.Group : -1;
        if (!isHost && previous >= 0 && Records[previous].Op == op && groupId >= 0 && Records[previous].Group == groupId && peer < 0)
        {
            // The next kernel of the same op on this stream: the builder would merge the two into one op anyway.
            ref var last = ref Records[previous];
            last.StartNs = Math.Min(last.StartNs, startNs);
            last.EndNs = Math.Max(last.EndNs, endNs);
            if (last.Extra < 0)
            {
                last.Extra = extra;
            }

            return previous;
        }

        Records.Add(new XRecord
        {
            Plane = (ushort)planeIndex,
            Lane = (ushort)lane,
            Op = op,
            StartNs = startNs,
            EndNs = endNs,
            Group = groupId,
            Extra = extra,
        });
        return Records.Count - 1;
    }

    private int AddExtra(long bytes, int peer)
    {
        Extras.Add(new XExtra(bytes, peer));
        return Extras.Count - 1;
    }

    private int RefOp(PlaneTables tables, long refId)
    {
        if (!tables.RefOps.TryGetValue(refId, out var op))
        {
            op = tables.StatNames.Get(refId) is { } text ? OpOf(text) : -1;
            tables.RefOps.Add(refId, op);
        }

        return op;
    }

    private int OpOf(ReadOnlySpan<byte> text)
    {
        Span<char> chars = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var n = Encoding.UTF8.GetChars(text, chars);
        return OpOf(chars[..n]);
    }

    // "name:Type", possibly with "#stat=value#" after it, and for an annotation further levels after "::".
    private int OpOf(ReadOnlySpan<char> text)
    {
        var levels = text.IndexOf("::", StringComparison.Ordinal);
        if (levels >= 0)
        {
            text = text[..levels];
        }

        var hash = text.IndexOf('#');
        if (hash >= 0)
        {
            text = text[..hash];
        }

        if (_opLookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var full = text.ToString();
        var index = TfNames.ParseOpFullName(full) is { } parsed ? AddOp(parsed.Name, parsed.Type) : -1;
        _opIndex.Add(full, index);
        return index;
    }

    private int AddOp(string name, string type)
    {
        // TF2 runs many function graphs, which may reuse a name for ops of different types; the model wants one type
        // per name, so the later ones keep TF's own full name "name:Type".
        if (!_typeOfName.TryAdd(name, type) && _typeOfName[name] != type)
        {
            name = $"{name}:{type}";
            RenamedOps++;
        }

        var cls = TfNames.IsCollectiveType(type) ? XOpClass.Collective
            : type is "_Send" or "_Recv" or "_HostSend" or "_HostRecv" ? XOpClass.SendRecv
            : TfNames.IsUpdateType(type) ? XOpClass.Update
            : TfNames.IsPlumbingType(type) ? XOpClass.Plumbing
            : XOpClass.Compute;
        Ops.Add(new XOp(name, type, cls));
        return Ops.Count - 1;
    }

    // A GPU event no op claims keeps its own name, made unique by its launch (correlation id) or its place.
    private int Unclaimed(string eventName, long correlation, long lineId, int eventIndex)
    {
        var isCopy = eventName.StartsWith("Memcpy", StringComparison.Ordinal) || eventName.StartsWith("Memset", StringComparison.Ordinal);
        var type = isCopy ? eventName : KernelName(eventName);
        var name = correlation >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"{type}@{correlation}")
            : string.Create(CultureInfo.InvariantCulture, $"{type}@{lineId}.{eventIndex}");
        Ops.Add(new XOp(name, type, isCopy ? XOpClass.Memcpy : XOpClass.Compute));
        return Ops.Count - 1;
    }

    // "void ns::Kernel<T, U>(args)" → "ns::Kernel": what a reader recognises, without templates and parameters.
    private static string KernelName(string signature)
    {
        var s = signature.AsSpan();
        if (s.StartsWith("void "))
        {
            s = s[5..];
        }

        var cut = s.IndexOfAny('<', '(');
        return (cut > 0 ? s[..cut] : s).Trim().ToString() is { Length: > 0 } name ? name : "kernel";
    }

    private int Peer(ReadOnlySpan<byte> key)
    {
        // A rendezvous key: "src_device;incarnation;dst_device;tensor;frame:iter".
        var parts = Encoding.UTF8.GetString(key).Split(';');
        if (parts.Length < 3 || !parts[2].StartsWith("/job:", StringComparison.Ordinal))
        {
            return -1;
        }

        Peers.Add((parts[0], parts[2], parts.Length > 3 ? parts[3] : ""));
        return Peers.Count - 1;
    }

    // "size:6144 dest:4 async:1" → 6144.
    private static long MemcpySize(ReadOnlySpan<byte> details)
    {
        var at = details.IndexOf("size:"u8);
        if (at < 0)
        {
            return -1;
        }

        long value = 0;
        var any = false;
        for (var i = at + 5; i < details.Length && details[i] is >= (byte)'0' and <= (byte)'9'; i++)
        {
            value = value * 10 + (details[i] - '0');
            any = true;
        }

        return any ? value : -1;
    }

    /// <summary>
    /// Bytes of the tensors a <c>shape</c> stat describes, e.g. <c>(float[30522,1024])</c> or <c>(int64[];float[8])</c>;
    /// -1 when a type has no fixed size (string, resource) or a dimension is unknown.
    /// </summary>
    internal static long ShapeBytes(ReadOnlySpan<byte> shape)
    {
        var text = Encoding.ASCII.GetString(shape).Trim().TrimStart('(').TrimEnd(')');
        long total = 0;
        foreach (var tensor in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var open = tensor.IndexOf('[');
            if (open <= 0 || !tensor.EndsWith(']'))
            {
                return -1;
            }

            long size = tensor[..open] switch
            {
                "bool" or "int8" or "uint8" or "qint8" or "quint8" => 1,
                "half" or "bfloat16" or "int16" or "uint16" => 2,
                "float" or "int32" or "uint32" or "qint32" => 4,
                "double" or "int64" or "uint64" or "complex64" => 8,
                "complex128" => 16,
                _ => -1,
            };
            if (size < 0)
            {
                return -1;
            }

            foreach (var dim in tensor[(open + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!long.TryParse(dim, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
                {
                    return -1;
                }

                size = checked(size * d);
            }

            total = checked(total + size);
        }

        return total;
    }
}

/// <summary>A map from metadata ids to values: an array while the ids are small, as profilers number them.</summary>
internal sealed class IdTable<T>(T missing)
{
    private const long DenseLimit = 1 << 20;
    private T[] _dense = [];
    private Dictionary<long, T>? _sparse;

    public void Set(long id, T value)
    {
        if (id is >= 0 and < DenseLimit)
        {
            if (id >= _dense.Length)
            {
                var old = _dense.Length;
                Array.Resize(ref _dense, (int)Math.Min(DenseLimit, Math.Max(id + 1, old * 2L)));
                Array.Fill(_dense, missing, old, _dense.Length - old);
            }

            _dense[id] = value;
        }
        else
        {
            (_sparse ??= [])[id] = value;
        }
    }

    public T Get(long id) =>
        id >= 0 && id < _dense.Length ? _dense[id] : _sparse is not null && _sparse.TryGetValue(id, out var value) ? value : missing;
}
