using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SgdSim.Traces.PyTorch;

/// <summary>
/// Streams one PyTorch profiler file (plain or gzip-compressed JSON) into a <see cref="KinetoFile"/>: Kineto's object
/// (<c>{"schemaVersion": …, "distributedInfo": …, "traceEvents": […]}</c>) or the autograd profiler's bare event
/// array. The file is read through a refilled buffer, one event at a time, so its size is not bounded by memory.
/// </summary>
internal sealed class KinetoFileParser
{
    private const int InitialBuffer = 1 << 20;

    private readonly string _path;
    private readonly KinetoFile _file;
    private readonly Func<string, string> _intern;
    private readonly Dictionary<string, long> _stringIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(long Pid, long Tid), int> _laneIds = [];
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _names;
    private Mode _mode = Mode.Start;
    private int _eventsDepth = -1;
    private bool _sawEvents;

    private enum Mode
    {
        Start,
        Top,
        Events,
        End,
    }

    private enum Outcome
    {
        Continue,
        NeedMore,
    }

    private KinetoFileParser(string path, Dictionary<string, string> names, Func<string, string> intern)
    {
        _path = path;
        _file = new KinetoFile(path);
        _names = names.GetAlternateLookup<ReadOnlySpan<char>>();
        _intern = intern;
    }

    /// <summary>Parses <paramref name="path"/>; <paramref name="names"/> interns names across files.</summary>
    /// <exception cref="InvalidTraceException">The file is not valid (gzip or JSON) or not a profiler trace.</exception>
    public static KinetoFile Parse(string path, Dictionary<string, string> names, Func<string, string> intern)
    {
        var parser = new KinetoFileParser(path, names, intern);
        try
        {
            using var raw = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var gzip = raw.ReadByte() == 0x1f && raw.ReadByte() == 0x8b;
            raw.Position = 0;
            using Stream stream = gzip ? TraceLimits.Bounded(path, new GZipStream(raw, CompressionMode.Decompress)) : raw;
            parser.Run(stream);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidTraceException(path, $"is gzip-compressed but does not decompress ({e.Message.TrimEnd('.')}).", e);
        }

        return parser._file;
    }

    // Runs for every event (or holds the loop over them): compile it fully at once rather than tier it up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Run(Stream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        try
        {
            var length = StreamBuffer.Fill(stream, buffer, 0);
            var eof = length < buffer.Length;
            var state = JsonObjects.NewState();
            var offset = 0;
            while (true)
            {
                var reader = new Utf8JsonReader(buffer.AsSpan(offset, length - offset), eof, state);
                long checkpoint = 0;
                try
                {
                    while (_mode != Mode.End)
                    {
                        var before = reader.CurrentState;
                        checkpoint = reader.BytesConsumed;
                        if (Step(ref reader) == Outcome.NeedMore)
                        {
                            // Resume from the start of the unfinished value once the buffer is refilled.
                            state = before;
                            break;
                        }
                    }
                }
                catch (JsonException ex) when (eof && FailsAtEnd(buffer.AsSpan(offset, length - offset), ex))
                {
                    throw Truncated(ex);
                }
                catch (JsonException ex)
                {
                    throw JsonObjects.Invalid(_path, ex);
                }
                catch (InvalidOperationException ex) when (JsonObjects.IsUnreadableValue(ex))
                {
                    throw JsonObjects.Unreadable(_path, ex);
                }

                if (_mode == Mode.End)
                {
                    break;
                }

                offset += (int)checkpoint;
                if (eof)
                {
                    throw Truncated(null);
                }

                // Nothing consumed: one value bigger than the whole buffer, which must grow.
                length = StreamBuffer.Refill(_path, stream, ref buffer, offset, length, grow: offset == 0);
                offset = 0;
                eof = length < buffer.Length;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (!_sawEvents)
        {
            throw new InvalidTraceException(_path, "is JSON but has no traceEvents array, so it is not a PyTorch profiler trace.");
        }
    }

    // A file cut short (a truncated gzip stream simply ends) fails on its very last bytes; corruption fails earlier.
    private static bool FailsAtEnd(ReadOnlySpan<byte> data, JsonException e)
    {
        if (e.Message.Contains("end of data", StringComparison.Ordinal) || e.Message.Contains("depth to be zero", StringComparison.Ordinal))
        {
            return true;
        }

        if (e.LineNumber is not { } line || e.BytePositionInLine is not { } column)
        {
            return false;
        }

        var lineStart = 0;
        for (var n = 0L; n < line && lineStart < data.Length; n++)
        {
            var next = data[lineStart..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return false;
            }

            lineStart += next + 1;
        }

        return lineStart + column >= data.TrimEnd(" \t\r\n"u8).Length - 1;
    }

    private InvalidTraceException Truncated(Exception? inner) => new(_path, "ends in the middle of its JSON (truncated?).", inner);

    // One unit of the document: a top-level property with its whole value, or one event of the array.
    private Outcome Step(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            return Outcome.NeedMore;
        }

        switch (_mode)
        {
            case Mode.Start when reader.TokenType == JsonTokenType.StartArray:
                // The autograd profiler's export: a bare array of events, times from the profiler's start.
                _mode = Mode.Events;
                _eventsDepth = reader.CurrentDepth;
                _sawEvents = true;
                return Outcome.Continue;
            case Mode.Start when reader.TokenType == JsonTokenType.StartObject:
                _mode = Mode.Top;
                _file.IsKinetoObject = true;
                return Outcome.Continue;
            case Mode.Start:
                throw new InvalidTraceException(_path, "is JSON but neither an object nor an array of events, so it is not a PyTorch profiler trace.");
            case Mode.Top when reader.TokenType == JsonTokenType.EndObject:
                _mode = Mode.End;
                return Outcome.Continue;
            case Mode.Top:
                return TopProperty(ref reader);
            case Mode.Events when reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == _eventsDepth:
                _mode = _file.IsKinetoObject ? Mode.Top : Mode.End;
                return Outcome.Continue;
            case Mode.Events when reader.TokenType == JsonTokenType.StartObject:
                return ReadEvent(ref reader) ? Outcome.Continue : Outcome.NeedMore;
            case Mode.Events:
                throw new InvalidTraceException(_path, "has a traceEvents entry that is not a JSON object.");
            default:
                return Outcome.Continue;
        }
    }

    private Outcome TopProperty(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("traceEvents"u8))
        {
            if (!reader.Read())
            {
                return Outcome.NeedMore;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new InvalidTraceException(_path, "has a traceEvents value that is not an array.");
            }

            _mode = Mode.Events;
            _eventsDepth = reader.CurrentDepth;
            _sawEvents = true;
            return Outcome.Continue;
        }

        if (reader.ValueTextEquals("baseTimeNanoseconds"u8))
        {
            if (!reader.Read())
            {
                return Outcome.NeedMore;
            }

            _file.BaseTimeNs = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var baseNs) && baseNs >= 0
                ? baseNs
                : throw new InvalidTraceException(_path, "has a baseTimeNanoseconds that is not a non-negative integer.");
            return Outcome.Continue;
        }

        if (reader.ValueTextEquals("distributedInfo"u8))
        {
            var copy = reader;
            if (!copy.Read())
            {
                return Outcome.NeedMore;
            }

            if (copy.TokenType == JsonTokenType.StartObject)
            {
                if (!JsonDocument.TryParseValue(ref copy, out var document))
                {
                    return Outcome.NeedMore;
                }

                using (document)
                {
                    ReadDistributedInfo(document.RootElement);
                }
            }
            else if (!copy.TrySkip())
            {
                return Outcome.NeedMore;
            }

            reader = copy;
            return Outcome.Continue;
        }

        return reader.Read() && reader.TrySkip() ? Outcome.Continue : Outcome.NeedMore;
    }

    private void ReadDistributedInfo(JsonElement info)
    {
        if (info.TryGetProperty("rank", out var rank) && rank.TryGetInt32(out var r))
        {
            _file.Rank = r;
        }

        if (info.TryGetProperty("world_size", out var size) && size.TryGetInt32(out var w))
        {
            _file.WorldSize = w;
        }

        if (info.TryGetProperty("backend", out var backend) && backend.ValueKind == JsonValueKind.String)
        {
            _file.Backend = _intern(backend.GetString()!);
        }
    }

    /// <summary>The fields of one event as they are read; only what the importer uses.</summary>
    private struct RawEvent
    {
        public byte Ph;
        public KinetoCategory Category;
        public string? Name;
        public long Pid;
        public long Tid;
        public long Ts;
        public long Dur;
        public bool HasTs;
        public bool HasPid;
        public long Id;
        public bool HasId;
        public string? ArgName;
        public long InNelems;
        public long OutNelems;
        public long DimsProduct;
        public string? Dtype;
        public string? InputType;
        public string? Collective;
    }

    // Returns false when the event does not end within the buffer (the caller refills and starts it again).
    // Runs for every event (or holds the loop over them): compile it fully at once rather than tier it up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadEvent(ref Utf8JsonReader reader)
    {
        var e = new RawEvent { InNelems = -1, OutNelems = -1, DimsProduct = -1 };
        var depth = reader.CurrentDepth;
        while (true)
        {
            if (!JsonObjects.TryNextProperty(ref reader, depth, out var end))
            {
                return false;
            }

            if (end)
            {
                break;
            }

            var key = reader.ValueSpan;
            if (!reader.Read())
            {
                return false;
            }

            if (key.SequenceEqual("ph"u8))
            {
                e.Ph = reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length > 0 ? reader.ValueSpan[0] : (byte)0;
            }
            else if (key.SequenceEqual("cat"u8))
            {
                e.Category = reader.TokenType == JsonTokenType.String ? CategoryOf(reader.ValueSpan) : KinetoCategory.Other;
            }
            else if (key.SequenceEqual("name"u8))
            {
                e.Name = reader.TokenType == JsonTokenType.String ? Intern(ref reader) : null;
            }
            else if (key.SequenceEqual("pid"u8))
            {
                e.Pid = IdOf(ref reader);
                e.HasPid = true;
            }
            else if (key.SequenceEqual("tid"u8))
            {
                e.Tid = IdOf(ref reader);
            }
            else if (key.SequenceEqual("ts"u8))
            {
                e.Ts = MicrosToNanos(ref reader, "ts", e.Name);
                e.HasTs = true;
            }
            else if (key.SequenceEqual("dur"u8))
            {
                e.Dur = MicrosToNanos(ref reader, "dur", e.Name);
            }
            else if (key.SequenceEqual("id"u8))
            {
                e.Id = IdOf(ref reader);
                e.HasId = true;
            }
            else if (key.SequenceEqual("args"u8) && reader.TokenType == JsonTokenType.StartObject)
            {
                if (!ReadArgs(ref reader, ref e))
                {
                    return false;
                }
            }
            else if (!reader.TrySkip())
            {
                return false;
            }
        }

        Commit(ref e);
        return true;
    }

    // Runs for every event (or holds the loop over them): compile it fully at once rather than tier it up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadArgs(ref Utf8JsonReader reader, ref RawEvent e)
    {
        var depth = reader.CurrentDepth;
        while (true)
        {
            if (!JsonObjects.TryNextProperty(ref reader, depth, out var end))
            {
                return false;
            }

            if (end)
            {
                return true;
            }

            var key = reader.ValueSpan;
            if (!reader.Read())
            {
                return false;
            }

            var isString = reader.TokenType == JsonTokenType.String;
            if (key.SequenceEqual("name"u8))
            {
                e.ArgName = isString ? Intern(ref reader) : e.ArgName;
            }
            else if (key.SequenceEqual("In msg nelems"u8))
            {
                e.InNelems = Int64Of(ref reader);
            }
            else if (key.SequenceEqual("Out msg nelems"u8))
            {
                e.OutNelems = Int64Of(ref reader);
            }
            else if (key.SequenceEqual("dtype"u8))
            {
                e.Dtype = isString ? Intern(ref reader) : null;
            }
            else if (key.SequenceEqual("Collective name"u8))
            {
                e.Collective = isString ? Intern(ref reader) : null;
            }
            else if (key.SequenceEqual("Input Dims"u8) && MaybeCollective(e.Name))
            {
                if (!ReadFirstDims(ref reader, out e.DimsProduct))
                {
                    return false;
                }
            }
            else if (key.SequenceEqual("Input type"u8) && MaybeCollective(e.Name))
            {
                if (!ReadFirstString(ref reader, out e.InputType))
                {
                    return false;
                }
            }
            else if (!reader.TrySkip())
            {
                return false;
            }
        }
    }

    private static bool MaybeCollective(string? name) => name is null || KinetoNames.IsCollective(name);

    // "Input Dims": [[d0, d1, …], …]: the element count of the first input.
    private static bool ReadFirstDims(ref Utf8JsonReader reader, out long product)
    {
        product = -1;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return reader.TrySkip();
        }

        var copy = reader;
        if (!copy.TrySkip())
        {
            return false;
        }

        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            long p = 1;
            var any = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.Number)
            {
                p = reader.TryGetInt64(out var d) && d >= 0 ? checked(p * d) : -1;
                any = true;
            }

            product = any && p >= 0 ? p : -1;
        }

        reader = copy;
        return true;
    }

    private bool ReadFirstString(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return reader.TrySkip();
        }

        var copy = reader;
        if (!copy.TrySkip())
        {
            return false;
        }

        if (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            value = Intern(ref reader);
        }

        reader = copy;
        return true;
    }

    // Runs for every event (or holds the loop over them): compile it fully at once rather than tier it up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Commit(ref RawEvent e)
    {
        switch (e.Ph)
        {
            case (byte)'X' when e.Name is not null && e.HasPid:
                if (!e.HasTs)
                {
                    throw new InvalidTraceException(_path, $"event '{e.Name}' has no 'ts'.");
                }

                if (e.Dur < 0)
                {
                    throw new InvalidTraceException(_path, $"event '{e.Name}' has a negative 'dur' ({e.Dur} ns).");
                }

                var collective = -1;
                if (KinetoNames.IsCollective(e.Name) || e.Collective is not null)
                {
                    collective = _file.Collectives.Count;
                    _file.Collectives.Add((CollectiveBytes(e), e.Collective));
                }

                TraceLimits.CheckEventCount(_path, _file.Slices.Count + _file.Flows.Count + 1);
                _file.Slices.Add(new KinetoSlice
                {
                    Name = e.Name,
                    StartNs = e.Ts,
                    DurationNs = e.Dur,
                    Lane = LaneOf(e.Pid, e.Tid),
                    Collective = collective,
                    Category = e.Category,
                });
                break;
            case (byte)'s' or (byte)'t' or (byte)'f' when e.HasId && e.HasTs:
                TraceLimits.CheckEventCount(_path, _file.Slices.Count + _file.Flows.Count + 1);
                _file.Flows.Add(new KinetoFlowEnd
                {
                    Id = e.Id,
                    TsNs = e.Ts,
                    Lane = LaneOf(e.Pid, e.Tid),
                    Category = e.Category,
                    IsStart = e.Ph == (byte)'s',
                });
                break;
            case (byte)'M' when e.ArgName is not null:
                if (e.Name == "thread_name")
                {
                    _file.ThreadNames[(e.Pid, e.Tid)] = e.ArgName;
                }

                break;
        }
    }

    private int LaneOf(long pid, long tid)
    {
        if (!_laneIds.TryGetValue((pid, tid), out var lane))
        {
            lane = _file.Lanes.Count;
            _file.Lanes.Add((pid, tid));
            _laneIds.Add((pid, tid), lane);
        }

        return lane;
    }

    // A collective's message: the larger of its input and output element counts (record_param_comms), else its
    // first input's shape, times the element size; -1 when the trace does not say.
    private static long CollectiveBytes(in RawEvent e)
    {
        var nelems = Math.Max(e.InNelems, e.OutNelems);
        if (nelems >= 0 && KinetoNames.ElementSize(e.Dtype ?? e.InputType) is { } size)
        {
            return nelems * size;
        }

        return e.DimsProduct >= 0 && KinetoNames.ElementSize(e.InputType ?? e.Dtype) is { } typeSize ? e.DimsProduct * typeSize : -1;
    }

    private static KinetoCategory CategoryOf(ReadOnlySpan<byte> cat) => cat switch
    {
        _ when cat.SequenceEqual("cpu_op"u8) => KinetoCategory.CpuOp,
        _ when cat.SequenceEqual("user_annotation"u8) => KinetoCategory.UserAnnotation,
        _ when cat.SequenceEqual("gpu_user_annotation"u8) => KinetoCategory.GpuUserAnnotation,
        _ when cat.SequenceEqual("cuda_runtime"u8) => KinetoCategory.CudaRuntime,
        _ when cat.SequenceEqual("cuda_driver"u8) => KinetoCategory.CudaDriver,
        _ when cat.SequenceEqual("kernel"u8) => KinetoCategory.Kernel,
        _ when cat.SequenceEqual("gpu_memcpy"u8) => KinetoCategory.GpuMemcpy,
        _ when cat.SequenceEqual("gpu_memset"u8) => KinetoCategory.GpuMemset,
        _ when cat.SequenceEqual("python_function"u8) => KinetoCategory.PythonFunction,
        _ when cat.SequenceEqual("ac2g"u8) => KinetoCategory.Ac2g,
        _ when cat.SequenceEqual("fwdbwd"u8) => KinetoCategory.FwdBwd,
        _ => KinetoCategory.Other,
    };

    private string Intern(ref Utf8JsonReader reader)
    {
        var bytes = reader.ValueSpan.Length;
        char[]? rented = null;
        var chars = bytes <= 512 ? stackalloc char[bytes] : (rented = ArrayPool<char>.Shared.Rent(bytes));
        try
        {
            var n = reader.CopyString(chars);
            var span = chars[..n];
            if (_names.TryGetValue(span, out var known))
            {
                return known;
            }

            var value = _intern(new string(span));
            _names.TryAdd(value, value);
            return value;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // pid and tid are numbers in Kineto's files, names ("CPU functions", "Spans") in some: each distinct name gets
    // its own negative id, below any real one.
    private long IdOf(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var id))
        {
            return id;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString()!;
            if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }

            if (!_stringIds.TryGetValue(text, out var assigned))
            {
                assigned = long.MinValue / 2 + _stringIds.Count;
                _stringIds.Add(text, assigned);
            }

            return assigned;
        }

        return reader.TokenType == JsonTokenType.Number ? (long)reader.GetDouble() : 0;
    }

    private static long Int64Of(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : -1;

    // Microseconds with up to three decimals, read from the digits themselves: a double cannot hold an epoch-based
    // time to the nanosecond (2^53 ns is 104 days).
    private long MicrosToNanos(ref Utf8JsonReader reader, string field, string? eventName)
    {
        if (reader.TokenType == JsonTokenType.Number && TryParseMicros(reader.ValueSpan, out var ns))
        {
            return ns;
        }

        double micros;
        if (reader.TokenType == JsonTokenType.Number)
        {
            micros = reader.GetDouble();
        }
        else if (reader.TokenType != JsonTokenType.String ||
                 !double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out micros))
        {
            throw new InvalidTraceException(_path, $"event '{eventName ?? "?"}' has a non-numeric '{field}'.");
        }

        var nanos = Math.Round(micros * 1000.0);
        if (double.IsNaN(nanos) || Math.Abs(nanos) >= long.MaxValue / 4)
        {
            throw new InvalidTraceException(_path, $"event '{eventName ?? "?"}' has a '{field}' that overflows 64-bit nanoseconds ({micros} µs).");
        }

        return (long)nanos;
    }

    internal static bool TryParseMicros(ReadOnlySpan<byte> text, out long nanos)
    {
        nanos = 0;
        var negative = text.Length > 0 && text[0] == (byte)'-';
        var digits = negative ? text[1..] : text;
        var dot = digits.IndexOf((byte)'.');
        var whole = dot < 0 ? digits : digits[..dot];
        var fraction = dot < 0 ? [] : digits[(dot + 1)..];
        if (whole.Length is 0 or > 18 || !Utf8Parser.TryParse(whole, out long micros, out var used) || used != whole.Length ||
            micros >= long.MaxValue / 1000 - 1)
        {
            return false;
        }

        long frac = 0;
        for (var i = 0; i < fraction.Length; i++)
        {
            var d = fraction[i] - (byte)'0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            if (i < 3)
            {
                frac = frac * 10 + d;
            }
        }

        for (var i = fraction.Length; i < 3; i++)
        {
            frac *= 10;
        }

        nanos = micros * 1000 + frac;
        nanos = negative ? -nanos : nanos;
        return true;
    }
}
