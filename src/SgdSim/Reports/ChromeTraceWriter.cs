using System.Text.Json;
using SgdSim.Calibration;
using SgdSim.IO;
using SgdSim.Simulation;

namespace SgdSim.Reports;

/// <summary>
/// Writes what a <see cref="ClusterSimulation"/> recorded as a synthetic multi-node trace in the Chrome trace event
/// JSON format, which Perfetto (ui.perfetto.dev) and chrome://tracing open. Each recorded worker is a process with a
/// lane per compute lane of the model, its NIC's receiving and sending directions and its steps; each parameter-server
/// shard is a process with its NIC's directions per connection and its executor (with all-reduce, a worker's NIC
/// lane shows its gradients' rounds of the ring, and an optimizer lane its own updates). Every transfer shows on the sender's and
/// the receiver's NIC lane, joined by a flow arrow.
/// </summary>
/// <remarks>
/// A transfer is shown for the time its bytes are on the wire: a connection sends one message at a time, so a message
/// starts when it is ready (requested, plus the fixed message latency) or when the one before it on its connection
/// arrives, whichever is later, and ends when it arrives; the request time and the wait are in its arguments. The
/// receiver's lane shows that interval; the sender's lane shows it one message latency earlier, when the bytes leave
/// (with a latency of zero, the receiver's slice starts 1/8 µs late, so that the arrow's ends never share a time). Ops that
/// run at once on one lane (several executor threads, a parallel compute lane) go to numbered sub-lanes, so no lane
/// holds two overlapping slices. Times are microseconds rounded to 1/8 µs: such values are exact in binary floating
/// point, so an importer that turns microseconds into whole nanoseconds (Perfetto) keeps back-to-back slices touching
/// instead of overlapping by a rounding nanosecond.
/// </remarks>
public static class ChromeTraceWriter
{
    private const long GridNs = 125;
    private const double GridUs = 0.125;

    /// <summary>Writes the trace to <paramref name="path"/>, atomically (see <see cref="AtomicFile"/>).</summary>
    /// <param name="path">The JSON file to write.</param>
    /// <param name="model">The model the simulation ran: task names, kinds, parameters, sizes.</param>
    /// <param name="spans">The simulation's <see cref="ClusterSimulation.Recording"/>.</param>
    /// <param name="options">The simulation's options: which workers were recorded and how the network shared links.</param>
    /// <exception cref="ArgumentException">A span names a worker that was not recorded or a task the model lacks.</exception>
    /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
    public static void Write(string path, JobModel model, IReadOnlyList<SimulatedSpan> spans, SimulationOptions options)
    {
        var events = Layout(model, spans, options);
        AtomicFile.Write(path, stream => Emit(stream, events, options));
    }

    /// <summary>Writes the trace to <paramref name="stream"/>; see <see cref="Write(string, JobModel, IReadOnlyList{SimulatedSpan}, SimulationOptions)"/>.</summary>
    /// <exception cref="ArgumentException">A span names a worker that was not recorded or a task the model lacks.</exception>
    public static void Write(Stream stream, JobModel model, IReadOnlyList<SimulatedSpan> spans, SimulationOptions options) =>
        Emit(stream, Layout(model, spans, options), options);

    // One slice to draw: where, when (in grid units), what, and the flow end it carries if it is a transfer.
    private sealed record Slice(Lane Lane, long Start, long End, string Name, string Category, SimulatedSpan Span, long WireStartNs, int FlowId, bool FlowStart);

    // A set of sub-lanes of one process for slices of one kind; a slice goes to the first sub-lane free at its start.
    private sealed class Lane(int pid, int order, string name)
    {
        public int Pid { get; } = pid;

        public int Order { get; } = order;

        public string Name { get; } = name;

        public List<long> SlotEnds { get; } = [];

        public List<int> Tids { get; } = [];
    }

    private sealed record TraceLayout(List<(Slice Slice, int Tid)> Slices, List<Lane> Lanes, JobModel Model, int Workers, int Servers);

    private static TraceLayout Layout(JobModel model, IReadOnlyList<SimulatedSpan> spans, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(options);
        var workers = Math.Min(options.RecordWorkers, options.Workers);
        CheckSpans(model, spans, workers);

        // Lanes of each process, in the order they are listed: a worker's steps, its compute lanes, its NIC; each
        // server shard's NIC per connection, then its executor. All-reduce has no server: a worker's gradients go
        // over its own NIC to the next worker, and it applies its updates itself.
        var setup = options.Setup;
        var plan = setup.Mode.HasServer ? ShardPlan.Assign(model, setup.Shards, setup.Placement) : null;
        int ServerOf(int task) => workers + 1 + plan!.ShardOfTask[task];
        var lanes = new Dictionary<(int Pid, string Name), Lane>();
        Lane LaneOf(int pid, int order, string name)
        {
            if (!lanes.TryGetValue((pid, name), out var lane))
            {
                lane = lanes[(pid, name)] = new Lane(pid, order, name);
            }

            return lane;
        }

        var computeLanes = model.LaneSequential.Length;
        var slices = new List<Slice>();
        var flowId = 0;
        foreach (var span in WireOrder(model, spans, options.FlowPerMessage, plan, out var wireStarts))
        {
            var w = span.Worker;
            var pid = w + 1;
            var name = model.Names[span.Task];
            if (plan is null)
            {
                if (RingSlice(model, span, pid, name, LaneOf) is { } ring)
                {
                    slices.Add(ring);
                }

                continue;
            }

            switch (model.Kinds[span.Task])
            {
                case TaskKind.WorkerOp:
                    slices.Add(Plain(LaneOf(pid, 1 + model.Lanes[span.Task], $"compute lane {model.Lanes[span.Task]}"), span, name, "compute"));
                    break;
                case TaskKind.ServerOp:
                case TaskKind.Update:
                    var category = model.Kinds[span.Task] == TaskKind.Update ? "update" : "server";
                    slices.Add(Plain(LaneOf(ServerOf(span.Task), 2 * workers, "executor"), span, name, category));
                    break;
                case TaskKind.Pull:
                case TaskKind.Push:
                    var pull = model.Kinds[span.Task] == TaskKind.Pull;
                    var workerLane = pull
                        ? LaneOf(pid, 1 + computeLanes, "NIC receive (from parameter server)")
                        : LaneOf(pid, 2 + computeLanes, "NIC send (to parameter server)");
                    var serverLane = pull
                        ? LaneOf(ServerOf(span.Task), w, $"NIC send → worker {w}")
                        : LaneOf(ServerOf(span.Task), workers + w, $"NIC receive ← worker {w}");
                    slices.AddRange(TransferSlices(model, span, name, wireStarts[span], pull ? (serverLane, workerLane) : (workerLane, serverLane), pull, flowId++));
                    break;
            }
        }

        // One slice per worker step, from its first task's start to its last task's end.
        foreach (var step in spans.GroupBy(s => (s.Worker, s.Step)))
        {
            var first = step.Min(s => s.StartNs);
            var last = step.Max(s => s.EndNs);
            var lane = LaneOf(step.Key.Worker + 1, 0, "steps");
            slices.Add(new Slice(lane, ToGrid(first), ToGrid(last), $"step {step.Key.Step}", "step", step.First() with { StartNs = first, EndNs = last }, first, -1, false));
        }

        return new TraceLayout(Place(slices), [.. lanes.Values.OrderBy(l => l.Pid).ThenBy(l => l.Order)], model, workers, plan?.Shards ?? 0);
    }

    // The sender puts the bytes out one message latency before they reach the receiver. Every message of a lane moves
    // by the same amount, so what overlaps on a lane is what overlapped in the simulation, and the arrow between the two
    // ends runs forward in time. Where the calibrated latency is zero, the receiver's slice starts one grid step late
    // instead, so the ends never share a time.
    private static Slice[] TransferSlices(JobModel model, SimulatedSpan span, string name, long wire, (Lane Sender, Lane Receiver) lanes, bool pull, int flowId)
    {
        var (start, end) = (ToGrid(wire), ToGrid(span.EndNs));
        var kind = pull ? "pull" : "push";
        var latency = ToGrid(pull ? model.DownLatencyNs : model.UpLatencyNs);
        return
        [
            new Slice(lanes.Sender, start - latency, end - latency, name, kind, span, wire, flowId, FlowStart: true),
            new Slice(lanes.Receiver, latency > 0 ? start : Math.Min(start + 1, end), end, name, kind, span, wire, flowId, FlowStart: false),
        ];
    }

    private static void CheckSpans(JobModel model, IReadOnlyList<SimulatedSpan> spans, int workers)
    {
        foreach (var span in spans)
        {
            if ((uint)span.Worker >= (uint)workers || (uint)span.Task >= (uint)model.TaskCount)
            {
                throw new ArgumentException($"A span of worker {span.Worker}, task {span.Task} lies outside the {workers} recorded workers and {model.TaskCount} tasks.", nameof(spans));
            }
        }
    }

    // All-reduce: parameter reads and server ops take no time and are not drawn (null).
    private static Slice? RingSlice(JobModel model, SimulatedSpan span, int pid, string name, Func<int, int, string, Lane> laneOf)
    {
        var computeLanes = model.LaneSequential.Length;
        return model.Kinds[span.Task] switch
        {
            TaskKind.WorkerOp => Plain(laneOf(pid, 1 + model.Lanes[span.Task], $"compute lane {model.Lanes[span.Task]}"), span, name, "compute"),
            TaskKind.Push => Plain(laneOf(pid, 1 + computeLanes, "NIC (ring all-reduce)"), span, name, "all-reduce"),
            TaskKind.Update => Plain(laneOf(pid, 2 + computeLanes, "optimizer"), span, name, "update"),
            _ => null,
        };
    }

    // Each slice on the first thread of its lane that is free when it starts, a new thread where none is.
    private static List<(Slice, int)> Place(List<Slice> slices)
    {
        var placed = new List<(Slice, int)>(slices.Count);
        var nextTid = 1;
        // In time order, and a transfer's sender before its receiver so that each flow's start precedes its end.
        foreach (var slice in slices.OrderBy(s => s.Start).ThenByDescending(s => s.End).ThenBy(s => s.FlowId >= 0 && !s.FlowStart)
                     .ThenBy(s => s.Lane.Pid).ThenBy(s => s.Lane.Order).ThenBy(s => s.Span.Step).ThenBy(s => s.Span.Task))
        {
            var lane = slice.Lane;
            var slot = lane.SlotEnds.FindIndex(end => end <= slice.Start);
            if (slot < 0)
            {
                slot = lane.SlotEnds.Count;
                lane.SlotEnds.Add(0);
                lane.Tids.Add(nextTid++);
            }

            lane.SlotEnds[slot] = slice.End;
            placed.Add((slice, lane.Tids[slot]));
        }

        return placed;
    }

    private static Slice Plain(Lane lane, SimulatedSpan span, string name, string category) =>
        new(lane, ToGrid(span.StartNs), ToGrid(span.EndNs), name, category, span, span.StartNs, -1, false);

    // Transfers of one connection, in arrival order, each starting on the wire once it is ready and the one before
    // it has arrived; with a flow per message they share the link from the moment they are ready.
    private static IEnumerable<SimulatedSpan> WireOrder(JobModel model, IReadOnlyList<SimulatedSpan> spans, bool flowPerMessage, ShardPlan? plan,
        out Dictionary<SimulatedSpan, long> wireStarts)
    {
        wireStarts = [];
        var ordered = spans.OrderBy(s => s.EndNs).ThenBy(s => s.StartNs).ThenBy(s => s.Worker).ThenBy(s => s.Step).ThenBy(s => s.Task).ToArray();
        var previousArrival = new Dictionary<(int Worker, TaskKind Kind, int Shard), long>();
        foreach (var span in ordered)
        {
            var kind = model.Kinds[span.Task];
            if (plan is null || kind is not (TaskKind.Pull or TaskKind.Push))
            {
                continue;
            }

            var connection = (span.Worker, kind, plan.ShardOfTask[span.Task]);

            var ready = span.StartNs + (kind == TaskKind.Pull ? model.DownLatencyNs : model.UpLatencyNs);
            var start = flowPerMessage ? ready : Math.Max(ready, previousArrival.GetValueOrDefault(connection, long.MinValue));
            wireStarts[span] = Math.Min(start, span.EndNs);
            previousArrival[connection] = span.EndNs;
        }

        return ordered;
    }

    private static long ToGrid(long ns) => (ns + (GridNs / 2)) / GridNs;

    private static void Emit(Stream stream, TraceLayout layout, SimulationOptions options)
    {
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("displayTimeUnit", "ms");
        json.WriteStartObject("otherData");
        json.WriteString("generator", $"SgdSim {PredictionRun.CurrentToolVersion}");
        json.WriteNumber("workers_simulated", options.Workers);
        json.WriteNumber("workers_shown", layout.Workers);
        json.WriteNumber("seed", options.Seed);
        json.WriteString("network", options.FlowPerMessage ? "flow-per-message" : "connection-queues");
        json.WriteEndObject();
        json.WriteStartArray("traceEvents");

        for (var pid = 1; pid <= layout.Workers + layout.Servers; pid++)
        {
            var shard = pid - layout.Workers - 1;
            Metadata(json, "process_name", pid, 0, "name",
                pid <= layout.Workers ? $"worker {pid - 1}" : layout.Servers == 1 ? "parameter server" : $"parameter server {shard}");
            Metadata(json, "process_sort_index", pid, 0, "sort_index", pid);
        }

        var sort = 0;
        foreach (var lane in layout.Lanes)
        {
            for (var slot = 0; slot < lane.Tids.Count; slot++)
            {
                var name = lane.Tids.Count == 1 ? lane.Name : $"{lane.Name} #{slot + 1}";
                Metadata(json, "thread_name", lane.Pid, lane.Tids[slot], "name", name);
                Metadata(json, "thread_sort_index", lane.Pid, lane.Tids[slot], "sort_index", ++sort);
            }
        }

        foreach (var (slice, tid) in layout.Slices)
        {
            Complete(json, layout.Model, slice, tid);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Metadata(Utf8JsonWriter json, string name, int pid, int tid, string key, object value)
    {
        json.WriteStartObject();
        json.WriteString("ph", "M");
        json.WriteString("name", name);
        json.WriteNumber("pid", pid);
        json.WriteNumber("tid", tid);
        json.WriteStartObject("args");
        if (value is int number)
        {
            json.WriteNumber(key, number);
        }
        else
        {
            json.WriteString(key, (string)value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Complete(Utf8JsonWriter json, JobModel model, Slice slice, int tid)
    {
        var span = slice.Span;
        json.WriteStartObject();
        json.WriteString("ph", "X");
        json.WriteString("name", slice.Name);
        json.WriteString("cat", slice.Category);
        json.WriteNumber("pid", slice.Lane.Pid);
        json.WriteNumber("tid", tid);
        json.WriteNumber("ts", slice.Start * GridUs);
        json.WriteNumber("dur", (slice.End - slice.Start) * GridUs);
        json.WriteStartObject("args");
        json.WriteNumber("step", span.Step);
        json.WriteNumber("worker", span.Worker);
        if (slice.Category != "step")
        {
            var parameter = model.Parameters[span.Task];
            if (parameter >= 0)
            {
                json.WriteString("parameter", model.ParameterNames[parameter]);
            }

            if (slice.FlowId >= 0)
            {
                json.WriteNumber("bytes", model.Bytes[span.Task]);
                json.WriteNumber("requested_us", ToGrid(span.StartNs) * GridUs);
                json.WriteNumber("waited_us", (ToGrid(slice.WireStartNs) - ToGrid(span.StartNs)) * GridUs);
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();

        if (slice.FlowId >= 0)
        {
            // Each end of the arrow sits at the start of its slice, with the slice's category: Chrome DevTools binds a
            // flow event to the slice of the same thread, category and timestamp (and drops a flow whose ends share
            // one timestamp), Perfetto and chrome://tracing to the slice enclosing it.
            json.WriteStartObject();
            json.WriteString("ph", slice.FlowStart ? "s" : "f");
            if (!slice.FlowStart)
            {
                json.WriteString("bp", "e");
            }

            json.WriteNumber("id", slice.FlowId);
            json.WriteString("name", slice.Category);
            json.WriteString("cat", slice.Category);
            json.WriteNumber("pid", slice.Lane.Pid);
            json.WriteNumber("tid", tid);
            json.WriteNumber("ts", slice.Start * GridUs);
            json.WriteEndObject();
        }
    }
}
