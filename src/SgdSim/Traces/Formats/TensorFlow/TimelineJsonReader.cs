using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SgdSim.Traces.TensorFlow;

/// <summary>
/// Reads TensorFlow timeline JSON (<c>Timeline.generate_chrome_trace_format()</c>): one file per step, or a folder of
/// them in name order. The format keeps no transfer sizes and no tensor names for <c>RecvTensor</c>; sizes come from
/// a <c>tensor,bytes</c> table when given, and each transfer is matched to the consumer that started next on its device.
/// A timeline's <c>tid</c> is a display row, not a thread, so it is not used as a lane.
/// </summary>
public static class TimelineJsonReader
{
    /// <summary>The format name this reader reports.</summary>
    public const string FormatName = "tensorflow-timeline";

    private const int InitialBuffer = 1 << 20;

    /// <summary>Reads a file or a folder of files into a trace.</summary>
    /// <param name="path">A timeline JSON file or a folder of them.</param>
    /// <param name="tensorBytes">Transfer sizes by tensor or variable name, or <c>null</c>.</param>
    /// <exception cref="InvalidTraceException">A file is not a TF timeline, or its contents break the model's rules.</exception>
    public static Trace Read(string path, IReadOnlyDictionary<string, long>? tensorBytes = null)
    {
        var files = TraceFiles.List(path, static f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase));
        var builder = new TraceBuilder(FormatName, path);
        var names = new TfNameCache(path);
        var assembler = new TfStepAssembler(builder, names, tensorBytes);
        foreach (var file in files)
        {
            assembler.AddStep(ReadFile(file, builder, names), file);
        }

        return builder.Build();
    }

    /// <summary>Reads a <c>tensor,bytes</c> CSV (header optional) into a lookup table.</summary>
    /// <exception cref="InvalidTraceException">A line is not <c>name,integer</c>.</exception>
    public static IReadOnlyDictionary<string, long> ReadTensorBytes(string csvPath)
    {
        if (!File.Exists(csvPath))
        {
            throw new InvalidTraceException(csvPath, "does not exist.");
        }

        var table = new Dictionary<string, long>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(csvPath))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var comma = line.LastIndexOf(',');
            var name = comma > 0 ? line[..comma].Trim().Trim('"') : "";
            var number = comma > 0 ? line[(comma + 1)..].Trim() : "";
            if (!long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes))
            {
                if (lineNumber == 1 && number.Equals("bytes", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                throw new InvalidTraceException(csvPath, $"line {lineNumber} is not 'tensor,bytes' with a non-negative integer size: '{line}'.");
            }

            table[name] = bytes;
        }

        return table;
    }

    private readonly record struct RawOp(int Pid, long StartNs, long EndNs, string Name, string Type, string[] Inputs);

    internal static List<TfRecord> ReadFile(string file, TraceBuilder builder, TfNameCache names)
    {
        // TF writes some 200 to 250 bytes per op event: the collector sizes its lists once from the file's length.
        var step = new StepCollector(file, names, new FileInfo(file).Length);
        var scanner = new EventScanner(file, builder, step);
        using (var stream = File.OpenRead(file))
        {
            var buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
            try
            {
                var length = StreamBuffer.Fill(stream, buffer, 0);
                var state = JsonObjects.NewState();
                var offset = 0;
                var eof = length < buffer.Length;
                while (true)
                {
                    var reader = new Utf8JsonReader(buffer.AsSpan(offset, length - offset), eof, state);
                    (state, var consumed, var progressed) = scanner.Scan(ref reader, eof);
                    offset += consumed;
                    if (eof)
                    {
                        if (scanner.InEvents || (offset < length && !IsWhitespace(buffer.AsSpan(offset, length - offset))))
                        {
                            throw new InvalidTraceException(file, "ends in the middle of its JSON (truncated?).");
                        }

                        break;
                    }

                    // One value bigger than the whole buffer: grow it.
                    length = StreamBuffer.Refill(file, stream, ref buffer, offset, length, grow: !progressed && offset == 0);
                    offset = 0;
                    eof = length < buffer.Length;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        if (!scanner.SawEventsArray)
        {
            throw new InvalidTraceException(file, "is JSON but has no traceEvents array, so it is not a TensorFlow timeline.");
        }

        return step.Finish();
    }

    /// <summary>
    /// Finds the events array (under <c>traceEvents</c>, or the file's bare array) and hands each event to the
    /// step, one buffer at a time: a scan stops before a value the buffer does not hold whole, to resume there.
    /// </summary>
    private sealed class EventScanner(string file, TraceBuilder builder, StepCollector step)
    {
        // argInputs is one list reused for every event's inputN arguments.
        private readonly List<(int Index, string Value)> _argInputs = [];
        private int _depthOfEvents = -1;
        private int _events;

        public bool SawEventsArray { get; private set; }

        /// <summary>Whether the scan is inside the events array (so a file ending here is cut short).</summary>
        public bool InEvents => _depthOfEvents >= 0;

        /// <summary>Reads what the buffer holds whole; returns the state and bytes consumed to resume from, and
        /// whether anything was read.</summary>
        // Runs once per buffer with a loop over its events: compile it fully at once rather than tier it up mid-loop.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public (JsonReaderState State, int Consumed, bool Progressed) Scan(ref Utf8JsonReader reader, bool eof)
        {
            var progressed = false;
            try
            {
                while (true)
                {
                    var before = reader.CurrentState;
                    var beforeConsumed = reader.BytesConsumed;
                    if (!reader.Read())
                    {
                        break;
                    }

                    if (_depthOfEvents < 0)
                    {
                        // A bare array of events, or the array under "traceEvents" (other properties are skipped).
                        if (reader.TokenType == JsonTokenType.StartArray && reader.CurrentDepth <= 1)
                        {
                            _depthOfEvents = reader.CurrentDepth;
                            SawEventsArray = true;
                        }
                        else if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName &&
                                 !reader.ValueTextEquals("traceEvents"u8) && !reader.TrySkip())
                        {
                            return (before, (int)beforeConsumed, beforeConsumed > 0);
                        }

                        progressed = true;
                        continue;
                    }

                    if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == _depthOfEvents)
                    {
                        // Past the events: what follows (other top-level properties) is skipped as before them.
                        _depthOfEvents = int.MinValue;
                        progressed = true;
                        continue;
                    }

                    if (reader.TokenType != JsonTokenType.StartObject || reader.CurrentDepth != _depthOfEvents + 1)
                    {
                        throw new InvalidTraceException(file, "has a traceEvents entry that is not a JSON object.");
                    }

                    if (!TryReadEvent(ref reader, builder, _argInputs, out var e))
                    {
                        // The event straddles the buffer's end: resume from its start after a refill.
                        return (before, (int)beforeConsumed, beforeConsumed > 0);
                    }

                    progressed = true;
                    TraceLimits.CheckEventCount(file, ++_events);
                    step.Collect(e);
                }
            }
            catch (JsonException ex) when (eof && ex.BytePositionInLine is not null && ex.Message.Contains("end of data", StringComparison.Ordinal))
            {
                throw new InvalidTraceException(file, "ends in the middle of its JSON (truncated?).", ex);
            }
            catch (JsonException ex)
            {
                throw JsonObjects.Invalid(file, ex);
            }
            catch (InvalidOperationException ex) when (JsonObjects.IsUnreadableValue(ex))
            {
                throw JsonObjects.Unreadable(file, ex);
            }

            return (reader.CurrentState, (int)reader.BytesConsumed, progressed);
        }
    }

    private static bool IsWhitespace(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            {
                return false;
            }
        }

        return true;
    }

    private struct RawEvent
    {
        public string? Ph;
        public string? Name;
        public int Pid;
        public double Ts;
        public double Dur;
        public bool HasTs;
        public string? ArgName;
        public string? ArgOp;
        public List<(int Index, string Value)>? ArgInputs;
    }

    // argInputs is one list reused for every event's inputN arguments; an event's own copy is made once they are read.
    private static bool TryReadEvent(ref Utf8JsonReader reader, TraceBuilder builder, List<(int Index, string Value)> argInputs, out RawEvent e)
    {
        e = default;
        argInputs.Clear();
        e.ArgInputs = argInputs;
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

            if (reader.ValueTextEquals("ph"u8)) { if (!ReadString(ref reader, builder, out e.Ph)) return false; }
            else if (reader.ValueTextEquals("name"u8)) { if (!ReadString(ref reader, builder, out e.Name)) return false; }
            else if (reader.ValueTextEquals("pid"u8)) { if (!ReadInt(ref reader, out e.Pid)) return false; }
            else if (reader.ValueTextEquals("ts"u8)) { if (!ReadNumber(ref reader, out e.Ts)) return false; e.HasTs = true; }
            else if (reader.ValueTextEquals("dur"u8)) { if (!ReadNumber(ref reader, out e.Dur)) return false; }
            else if (reader.ValueTextEquals("args"u8))
            {
                if (!reader.Read()) return false;
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    if (!reader.TrySkip()) return false;
                    continue;
                }

                var argsDepth = reader.CurrentDepth;
                while (true)
                {
                    if (!JsonObjects.TryNextProperty(ref reader, argsDepth, out var argsEnd)) return false;
                    if (argsEnd) break;
                    if (reader.ValueTextEquals("name"u8)) { if (!ReadString(ref reader, builder, out e.ArgName)) return false; }
                    else if (reader.ValueTextEquals("op"u8)) { if (!ReadString(ref reader, builder, out e.ArgOp)) return false; }
                    else if (reader.ValueSpan.StartsWith("input"u8) && !reader.ValueIsEscaped &&
                             int.TryParse(reader.ValueSpan[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                    {
                        if (!ReadString(ref reader, builder, out var value)) return false;
                        if (value is not null) argInputs.Add((index, value));
                    }
                    else if (!reader.Read() || !reader.TrySkip()) return false;
                }
            }
            else if (!reader.Read() || !reader.TrySkip())
            {
                return false;
            }
        }
    }

    private static bool ReadString(ref Utf8JsonReader reader, TraceBuilder builder, out string? value)
    {
        value = null;
        if (!reader.Read()) return false;
        if (reader.TokenType == JsonTokenType.String)
        {
            value = builder.Intern(reader.GetString()!);
        }
        else if (!reader.TrySkip())
        {
            return false;
        }

        return true;
    }

    private static bool ReadNumber(ref Utf8JsonReader reader, out double value)
    {
        value = double.NaN;
        if (!reader.Read()) return false;
        if (reader.TokenType == JsonTokenType.Number)
        {
            value = reader.GetDouble();
        }
        else if (reader.TokenType == JsonTokenType.String)
        {
            _ = double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }

        return true;
    }

    private static bool ReadInt(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        if (!reader.Read()) return false;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var v))
        {
            value = v;
        }
        else if (reader.TokenType == JsonTokenType.String)
        {
            value = reader.GetString()!.GetHashCode(StringComparison.Ordinal);
        }

        return true;
    }

    // args.input0, input1, … arrive in order in TF's files; sort only when they do not.
    private static string[] Inputs(List<(int Index, string Value)>? args)
    {
        if (args is null || args.Count == 0)
        {
            return [];
        }

        for (var k = 1; k < args.Count; k++)
        {
            if (args[k].Index < args[k - 1].Index)
            {
                args.Sort(static (a, b) => a.Index.CompareTo(b.Index));
                break;
            }
        }

        var inputs = new string[args.Count];
        for (var k = 0; k < inputs.Length; k++)
        {
            inputs[k] = args[k].Value;
        }

        return inputs;
    }

    private static long ToNanos(double micros, bool present, string field, RawEvent e, string file)
    {
        if (!present || double.IsNaN(micros))
        {
            throw new InvalidTraceException(file, $"event '{e.ArgName ?? e.Name}' has no numeric '{field}'.");
        }

        var nanos = Math.Round(micros * 1000.0);
        if (nanos < 0)
        {
            throw new InvalidTraceException(file, $"event '{e.ArgName ?? e.Name}' has a negative '{field}' ({micros} µs).");
        }

        if (nanos >= long.MaxValue / 2)
        {
            throw new InvalidTraceException(file, $"event '{e.ArgName ?? e.Name}' has a '{field}' that overflows 64-bit nanoseconds ({micros} µs).");
        }

        return (long)nanos;
    }

    /// <summary>
    /// The ops of one timeline file as they are read. TF writes the process names first, so most op events become
    /// records at once; an op on a process not yet named waits until the end. Flow arrows and the choice between
    /// a GPU's per-stream lanes and its "stream:all" copy are settled once everything is read.
    /// </summary>
    private sealed class StepCollector(string file, TfNameCache names, long fileLength)
    {
        private readonly Dictionary<int, string> _processes = [];
        private readonly Dictionary<int, TfDevice> _devices = [];
        private readonly HashSet<string> _perStream = new(StringComparer.Ordinal);
        private readonly List<TfRecord> _records = new((int)Math.Min(fileLength / 192 + 16, 1 << 26));
        private readonly List<int> _pids = new((int)Math.Min(fileLength / 192 + 16, 1 << 26));
        private readonly List<RawOp> _pending = [];
        private readonly List<(int Pid, long Ts, string Tensor)> _flowTargets = [];
        private int _skipped;

        public void Collect(RawEvent e)
        {
            switch (e.Ph)
            {
                case "M" when e.Name == "process_name" && e.ArgName is not null:
                    _processes[e.Pid] = e.ArgName;
                    // Only "<device> Compute" processes hold ops; "<device> Tensors" and "Allocators" hold memory events.
                    if (e.ArgName.EndsWith(" Compute", StringComparison.Ordinal))
                    {
                        var device = names.Device(e.ArgName[..^" Compute".Length]);
                        _devices[e.Pid] = device;
                        if (device.IsOneStream)
                        {
                            _perStream.Add(device.Device);
                        }
                    }

                    break;
                case "X" when e.ArgName is not null || e.Name is not null:
                    var start = ToNanos(e.Ts, e.HasTs, "ts", e, file);
                    var dur = ToNanos(e.Dur, true, "dur", e, file);
                    var op = new RawOp(e.Pid, start, checked(start + dur), e.ArgName ?? e.Name!, e.ArgOp ?? e.Name ?? "", Inputs(e.ArgInputs));
                    if (_devices.TryGetValue(e.Pid, out var known))
                    {
                        Add(op, known);
                    }
                    else if (!_processes.ContainsKey(e.Pid))
                    {
                        _pending.Add(op);
                    }
                    else
                    {
                        _skipped++;
                    }

                    break;
                case "t" when e.Name is not null && e.HasTs:
                    _flowTargets.Add((e.Pid, ToNanos(e.Ts, true, "ts", e, file), e.Name));
                    break;
            }
        }

        // Runs once per file with loops over every op: compile it fully at once rather than tier it up mid-loop.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public List<TfRecord> Finish()
        {
            foreach (var op in _pending)
            {
                if (_devices.TryGetValue(op.Pid, out var device))
                {
                    Add(op, device);
                }
                else if (!_processes.ContainsKey(op.Pid))
                {
                    throw new InvalidTraceException(file, $"op '{op.Name}' is on pid {op.Pid}, which has no process_name metadata naming its device.");
                }
                else
                {
                    _skipped++;
                }
            }

            if (_records.Count == 0 && _skipped > 0)
            {
                throw new InvalidTraceException(file, "has op events but no '<device> Compute' process names, so no device is known.");
            }

            // A flow's arrow head ("t") marks a consumer starting at ts on that process: the flow's name is its input.
            var flowInputs = new Dictionary<(int, long), List<string>>();
            foreach (var (pid, ts, tensor) in _flowTargets)
            {
                if (!flowInputs.TryGetValue((pid, ts), out var list))
                {
                    flowInputs[(pid, ts)] = list = [];
                }

                list.Add(tensor);
            }

            // "stream:all" repeats every kernel of the per-stream lanes: drop it where per-stream lanes exist.
            var kept = 0;
            for (var i = 0; i < _records.Count; i++)
            {
                var r = _records[i];
                if (r.Device.IsAllStreams && _perStream.Contains(r.Device.Device))
                {
                    continue;
                }

                if (!r.IsTransfer && flowInputs.Count > 0 && flowInputs.TryGetValue((_pids[i], r.StartNs), out var flows))
                {
                    r = r with { Inputs = r.Inputs.Concat(flows.Where(f => !r.Inputs.Contains(f))).ToArray() };
                }

                _records[kept++] = r;
            }

            _records.RemoveRange(kept, _records.Count - kept);
            return _records;
        }

        private void Add(RawOp op, TfDevice device)
        {
            var recv = op.Name.StartsWith('[') ? names.RecvLabel(op.Name) : null;
            var isRecv = op.Type == "RecvTensor" || recv is not null;
            _records.Add(new TfRecord(device, op.Name, isRecv ? "RecvTensor" : op.Type, isRecv ? [] : op.Inputs,
                op.StartNs, op.EndNs, device.SubLane ?? "ops", recv, recv?.Bytes));
            _pids.Add(op.Pid);
        }
    }
}
