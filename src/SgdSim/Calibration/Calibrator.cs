using SgdSim.Graph;
using SgdSim.Traces;

namespace SgdSim.Calibration;

/// <summary>Turns the trace of one worker and one parameter server into the <see cref="JobModel"/> the simulation replays.</summary>
public static class Calibrator
{
    // Messages at least this large decide the capacity fit: on them per-message costs are a small share of the time.
    private const long CapacityFitMinBytes = 64 * 1024;

    /// <summary>Calibrates a model from <paramref name="trace"/>, skipping its first <paramref name="warmupSteps"/> steps.</summary>
    /// <exception cref="InvalidTraceException">The trace lacks what a prediction needs (a PS job, sized transfers, a step after warm-up).</exception>
    /// <remarks>
    /// In four steps: the steps after warm-up are chosen and checked; the tasks of one worker and its parameter server
    /// are picked out of a representative step, with their lanes, parameters, sizes and dependencies; every task's
    /// duration, the order of the pulls, the gaps between steps and the server's concurrency are measured over all
    /// steps; and each link direction's capacity and latency are fitted to the transfers.
    /// </remarks>
    public static JobModel Calibrate(Trace trace, int warmupSteps = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warmupSteps);
        TraceRequirements.RequireParameterServerJob(trace);
        var steps = ChooseSteps(trace, warmupSteps);
        var worker = trace.Nodes.Select((n, i) => (n, i)).First(x => x.n.Role == NodeRole.Worker).i;
        bool IsServer(int node) => node >= 0 && trace.Nodes[node].Role == NodeRole.ParameterServer;

        var tasks = PickTasks(trace, steps[0], worker, IsServer);
        var explanation = new List<CalibratedValue>();
        var (durations, medians, starts) = MeasureDurations(steps, tasks.Ops, tasks.Kept, tasks.Kinds);
        var pullRanks = MeasurePullRanks(steps, tasks.Ops, tasks.Kept, tasks.Kinds);
        var gaps = MeasureGaps(steps);
        var concurrency = MeasureServerConcurrency(steps, IsServer);
        var (down, up) = FitLinks(trace, steps, worker, IsServer, explanation);

        var medianStep = (long)Quantiles.Median(steps.Select(s => (double)s.DurationNs));
        explanation.Add(new("parameter_server_concurrency", concurrency,
            "the most parameter-server ops (serving reads, updates) the trace shows running at the same moment"));
        explanation.Add(new("step_gap_median_s", Quantiles.Median(gaps.Select(g => (double)g)) / 1e9,
            $"median time from the end of one step to the start of the next, over {gaps.Length} pairs of consecutive steps"));
        explanation.Add(new("step_time_median_s", medianStep / 1e9, $"median wall time of the {Counts.Of(steps.Length, "step")} after warm-up"));

        return new JobModel
        {
            Names = tasks.Names,
            Kinds = [.. tasks.Kinds],
            Lanes = tasks.Lanes,
            LaneSequential = tasks.LaneSequential,
            Parameters = tasks.Parameters,
            Bytes = tasks.Bytes,
            DurationsByStep = durations,
            MedianDurations = medians,
            MedianStartNs = starts,
            SuccessorStart = tasks.SuccessorStart,
            Successors = tasks.Successors,
            PredecessorCounts = tasks.PredecessorCounts,
            ParameterNames = tasks.ParameterNames,
            ParameterBytes = tasks.ParameterBytes,
            PullRanks = pullRanks,
            StepGapSamples = gaps,
            ServerConcurrency = concurrency,
            DownBytesPerNs = down.BytesPerNs,
            UpBytesPerNs = up.BytesPerNs,
            DownLatencyNs = down.LatencyNs,
            UpLatencyNs = up.LatencyNs,
            DownWireFactors = down.WireTimeFactors,
            UpWireFactors = up.WireTimeFactors,
            MedianStepNs = medianStep,
            Explanation = explanation,
        };
    }

    // The tasks of one step, as the model holds them: the kept ops of the representative step (Kept[t] is task t's op
    // there), their kinds, lanes, parameters and sizes, and the dependencies among them as compressed successor lists.
    private sealed record StepTasks(
        IReadOnlyList<TraceOp> Ops,
        List<int> Kept,
        List<TaskKind> Kinds,
        string[] Names,
        int[] Lanes,
        bool[] LaneSequential,
        int[] Parameters,
        long[] Bytes,
        string[] ParameterNames,
        long[] ParameterBytes,
        int[] SuccessorStart,
        int[] Successors,
        int[] PredecessorCounts);

    // The steps after warm-up (all of them if that leaves none), refused when a transfer has no size or any step's
    // dependencies form a cycle (warm-up or not, as inspect says).
    private static TraceStep[] ChooseSteps(Trace trace, int warmupSteps)
    {
        var steps = trace.Steps.Count > warmupSteps ? trace.Steps.Skip(warmupSteps).ToArray() : trace.Steps.ToArray();
        if (steps.Length == 0)
        {
            throw new InvalidTraceException(trace.Source, "has no steps.");
        }

        var unsized = steps.SelectMany(s => s.Ops).FirstOrDefault(o => o.IsTransfer && o.Bytes is null);
        if (unsized is not null)
        {
            throw new InvalidTraceException(trace.Source,
                $"has transfers without a size (e.g. '{unsized.Name}'); a prediction needs bytes per transfer — pass --tensor-bytes with a tensor,bytes CSV.");
        }

        // Building a step's graph refuses a cycle, naming the ops; the representative step's graph is built by PickTasks.
        foreach (var other in trace.Steps.Where(s => s != steps[0]))
        {
            StepGraph.Build(trace, other);
        }

        return steps;
    }

    // The worker's ops, the server's ops and the transfers between them, out of the representative step; ops of other
    // tasks take no part.
    private static StepTasks PickTasks(Trace trace, TraceStep representative, int worker, Func<int, bool> isServer)
    {
        var graph = StepGraph.Build(trace, representative);
        var ops = representative.Ops;
        var taskOf = new int[ops.Count];
        var kinds = new List<TaskKind>();
        var kept = new List<int>();
        for (var i = 0; i < ops.Count; i++)
        {
            var kind = Classify(ops[i], worker, isServer);
            taskOf[i] = kind is null ? -1 : kept.Count;
            if (kind is { } k)
            {
                kinds.Add(k);
                kept.Add(i);
            }
        }

        var places = PlaceTasks(trace, ops, kept, kinds);
        var (successorStart, successors, predecessorCounts) = Dependencies(graph, taskOf, kept.Count);
        return new StepTasks(ops, kept, kinds, places.Names, places.Lanes, places.LaneSequential, places.Parameters, places.Bytes,
            places.ParameterNames, places.ParameterBytes, successorStart, successors, predecessorCounts);
    }

    // Where each task runs and what it moves: its worker lane (worker ops), its parameter and bytes (transfers and
    // updates; a parameter's size is the largest transfer of it).
    private sealed record TaskPlaces(string[] Names, int[] Lanes, bool[] LaneSequential, int[] Parameters, long[] Bytes, string[] ParameterNames, long[] ParameterBytes);

    private static TaskPlaces PlaceTasks(Trace trace, IReadOnlyList<TraceOp> ops, List<int> kept, List<TaskKind> kinds)
    {
        var n = kept.Count;
        var laneIndex = new Dictionary<int, int>();
        var lanes = new int[n];
        var parameters = new int[n];
        var bytes = new long[n];
        var names = new string[n];
        var parameterIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var parameterBytes = new List<long>();
        for (var t = 0; t < n; t++)
        {
            var op = ops[kept[t]];
            names[t] = op.Name;
            lanes[t] = kinds[t] == TaskKind.WorkerOp ? IndexOf(laneIndex, op.Lane) : -1;
            parameters[t] = -1;
            if (kinds[t] is TaskKind.Pull or TaskKind.Push or TaskKind.Update)
            {
                var name = op.Parameter ?? op.Tensor ?? op.Name;
                if (!parameterIndex.TryGetValue(name, out var p))
                {
                    p = parameterIndex[name] = parameterBytes.Count;
                    parameterBytes.Add(0);
                }

                parameters[t] = p;
                if (kinds[t] != TaskKind.Update)
                {
                    bytes[t] = op.Bytes!.Value;
                    parameterBytes[p] = Math.Max(parameterBytes[p], bytes[t]);
                }
            }
        }

        var laneSequential = new bool[laneIndex.Count];
        foreach (var (traceLane, local) in laneIndex)
        {
            laneSequential[local] = trace.Lanes[traceLane].Sequential;
        }

        return new TaskPlaces(names, lanes, laneSequential, parameters, bytes,
            [.. parameterIndex.OrderBy(kv => kv.Value).Select(kv => kv.Key)], [.. parameterBytes]);
    }

    // The step graph's edges among kept tasks (taskOf[op] is the op's task, or -1), as compressed successor lists.
    private static (int[] Start, int[] Successors, int[] PredecessorCounts) Dependencies(StepGraph graph, int[] taskOf, int n)
    {
        var successors = new List<int>[n];
        var predecessorCounts = new int[n];
        for (var t = 0; t < n; t++)
        {
            successors[t] = [];
        }

        foreach (var edge in graph.Graph.Edges)
        {
            var (from, to) = (taskOf[edge.Source], taskOf[edge.Target]);
            if (from >= 0 && to >= 0)
            {
                successors[from].Add(to);
                predecessorCounts[to]++;
            }
        }

        var successorStart = new int[n + 1];
        for (var t = 0; t < n; t++)
        {
            successorStart[t + 1] = successorStart[t] + successors[t].Count;
        }

        return (successorStart, [.. successors.SelectMany(x => x)], predecessorCounts);
    }

    // Each direction's capacity and latency from its transfers; a rate no network has (sizes of 0, or times far off)
    // is refused here rather than simulated for ever.
    private static (LinkFit Down, LinkFit Up) FitLinks(Trace trace, TraceStep[] steps, int worker, Func<int, bool> isServer, List<CalibratedValue> explanation)
    {
        var down = FitLink(steps, o => o.IsTransfer && isServer(o.SourceNode) && o.DestinationNode == worker, "down", "parameter server to worker", explanation);
        var up = FitLink(steps, o => o.IsTransfer && o.SourceNode == worker && isServer(o.DestinationNode), "up", "worker to parameter server", explanation);
        foreach (var (fit, what) in new[] { (down, "parameter server to worker"), (up, "worker to parameter server") })
        {
            var bits = fit.BytesPerNs * 8e9;
            if (!Bandwidth.InRange(bits))
            {
                throw new InvalidTraceException(trace.Source,
                    $"its {what} transfers show {(bits > 0 && double.IsFinite(bits) ? $"a link of {bits:G3} bit/s" : "no link rate (no bytes moved, or in no time)")}, outside the rates simulated ({Bandwidth.Format(Bandwidth.MinBitsPerSecond)} to {Bandwidth.Format(Bandwidth.MaxBitsPerSecond)}): their sizes or times are wrong.");
            }
        }

        return (down, up);
    }

    private static TaskKind? Classify(TraceOp op, int worker, Func<int, bool> isServer)
    {
        if (op.IsTransfer)
        {
            if (isServer(op.SourceNode) && op.DestinationNode == worker)
            {
                return TaskKind.Pull;
            }

            if (op.SourceNode == worker && isServer(op.DestinationNode))
            {
                return TaskKind.Push;
            }

            return null;
        }

        if (op.Node == worker)
        {
            return TaskKind.WorkerOp;
        }

        if (isServer(op.Node))
        {
            return op.Kind == OpKind.Update ? TaskKind.Update : TaskKind.ServerOp;
        }

        return null;
    }

    private static int IndexOf(Dictionary<int, int> index, int key)
    {
        if (!index.TryGetValue(key, out var value))
        {
            value = index[key] = index.Count;
        }

        return value;
    }

    private static Dictionary<(int Node, string Name), TraceOp> ByName(TraceStep step)
    {
        var map = new Dictionary<(int, string), TraceOp>(step.Ops.Count);
        foreach (var op in step.Ops)
        {
            map.TryAdd((op.Node, op.Name), op);
        }

        return map;
    }

    private static (long[][] ByStep, long[] Medians, long[] Starts) MeasureDurations(TraceStep[] steps, IReadOnlyList<TraceOp> ops, List<int> kept, List<TaskKind> kinds)
    {
        var byStep = new long[kept.Count][];
        var found = new bool[kept.Count][];
        var startSamples = new List<long>[kept.Count];
        for (var t = 0; t < kept.Count; t++)
        {
            byStep[t] = new long[steps.Length];
            found[t] = new bool[steps.Length];
            startSamples[t] = [];
        }

        for (var s = 0; s < steps.Length; s++)
        {
            var byName = ByName(steps[s]);
            for (var t = 0; t < kept.Count; t++)
            {
                var op = ops[kept[t]];
                if (!byName.TryGetValue((op.Node, op.Name), out var match))
                {
                    continue;
                }

                startSamples[t].Add(match.StartNs - steps[s].StartNs);
                if (kinds[t] is not (TaskKind.Pull or TaskKind.Push))
                {
                    byStep[t][s] = match.DurationNs;
                    found[t][s] = true;
                }
            }
        }

        var medians = new long[kept.Count];
        for (var t = 0; t < kept.Count; t++)
        {
            var present = byStep[t].Where((_, s) => found[t][s]).Order().ToArray();
            medians[t] = present.Length == 0 ? 0 : present[present.Length / 2];
            for (var s = 0; s < steps.Length; s++)
            {
                if (!found[t][s])
                {
                    byStep[t][s] = medians[t];
                }
            }
        }

        var starts = startSamples.Select(samples => samples.Count == 0 ? long.MaxValue : samples.Order().ElementAt(samples.Count / 2)).ToArray();
        return (byStep, medians, starts);
    }

    private static int[][] MeasurePullRanks(TraceStep[] steps, IReadOnlyList<TraceOp> ops, List<int> kept, List<TaskKind> kinds)
    {
        var result = new List<int[]>();
        foreach (var step in steps)
        {
            var byName = ByName(step);
            var ends = new List<(long End, int Task)>();
            for (var t = 0; t < kept.Count; t++)
            {
                if (kinds[t] == TaskKind.Pull)
                {
                    var op = ops[kept[t]];
                    ends.Add((byName.TryGetValue((op.Node, op.Name), out var found) ? found.EndNs : long.MaxValue, t));
                }
            }

            var ranks = Enumerable.Repeat(-1, kept.Count).ToArray();
            var r = 0;
            foreach (var (_, task) in ends.OrderBy(e => e.End).ThenBy(e => e.Task))
            {
                ranks[task] = r++;
            }

            result.Add(ranks);
        }

        return [.. result];
    }

    private static long[] MeasureGaps(TraceStep[] steps)
    {
        var gaps = new List<long>();
        for (var i = 1; i < steps.Length; i++)
        {
            if (steps[i].Index == steps[i - 1].Index + 1)
            {
                gaps.Add(Math.Max(0, steps[i].StartNs - steps[i - 1].EndNs));
            }
        }

        return gaps.Count == 0 ? [0] : [.. gaps.Order()];
    }

    private static int MeasureServerConcurrency(TraceStep[] steps, Func<int, bool> isServer)
    {
        var most = 1;
        foreach (var step in steps)
        {
            var edges = new List<(long Time, int Delta)>();
            foreach (var op in step.Ops)
            {
                if (!op.IsTransfer && isServer(op.Node) && op.DurationNs > 0)
                {
                    edges.Add((op.StartNs, 1));
                    edges.Add((op.EndNs, -1));
                }
            }

            var running = 0;
            foreach (var (_, delta) in edges.OrderBy(e => e.Time).ThenBy(e => e.Delta))
            {
                running += delta;
                most = Math.Max(most, running);
            }
        }

        return most;
    }

    private readonly record struct LinkFit(double BytesPerNs, long LatencyNs, double[] WireTimeFactors);

    // Step: index among the calibration steps. FirstBytes/FirstNs: the message that arrived first in the period, and
    // how long after the period began.
    private readonly record struct BusyPeriod(int Step, long Bytes, long Ns, long FirstBytes, long FirstNs);

    /// <summary>
    /// Fits one direction of the link from the transfers it carried. The messages of one connection go out one after
    /// another (in the trace each large message ends a full message-time after the one before instead of all ending
    /// together), so the link is busy from the moment a message is ready on an idle connection until the last of the
    /// messages that queued behind it arrives. Such a busy period of B bytes lasts latency + B / capacity: the large
    /// periods give the capacity, the single-message ones the latency. Whole periods are used because the receiver may
    /// log a small message that travelled between two large ones a moment before the earlier large one.
    /// </summary>
    private static LinkFit FitLink(TraceStep[] steps, Func<TraceOp, bool> select, string direction, string what, List<CalibratedValue> explanation)
    {
        var periods = new List<BusyPeriod>();
        for (var stepIndex = 0; stepIndex < steps.Length; stepIndex++)
        {
            AddBusyPeriods(periods, stepIndex, Messages(steps[stepIndex], select));
        }

        var large = periods.Where(p => p.Bytes >= CapacityFitMinBytes).ToList();
        if (large.Count == 0)
        {
            large = periods;
        }

        var (bytesPerNs, latency) = FitCapacityAndLatency(periods, large);
        var factors = WireTimeFactors(steps.Length, large, bytesPerNs, latency);
        explanation.Add(new($"link_capacity_{direction}_bits_per_s", bytesPerNs * 8e9,
            $"{what}: bytes / (duration − latency) over the {large.Count} busy periods of at least {CapacityFitMinBytes / 1024} KiB (a busy period: from a message ready on an idle connection to the arrival of the last message queued behind it)"));
        explanation.Add(new($"message_latency_{direction}_s", latency / 1e9,
            $"{what}: median over the {periods.Count} busy periods of (arrival of the first message − bytes / capacity), counted from when the period's first message was ready"));
        explanation.Add(new($"wire_time_spread_{direction}", factors.Length < 2 ? 0 : (factors.Max() - factors.Min()) / 2,
            $"{what}: half the range over the profiled steps of their large periods' (duration − latency) / (bytes / capacity); a simulated step replays one profiled step's factor"));
        return new LinkFit(bytesPerNs, (long)latency, factors);
    }

    // The selected transfers of a step: when each was ready (its start, or later its latest input's end), when it
    // arrived, and its bytes.
    private static List<(long Ready, long End, long Bytes)> Messages(TraceStep step, Func<TraceOp, bool> select)
    {
        var byName = new Dictionary<string, TraceOp>(StringComparer.Ordinal);
        foreach (var op in step.Ops)
        {
            byName.TryAdd(op.Name, op);
        }

        var messages = new List<(long Ready, long End, long Bytes)>();
        foreach (var op in step.Ops.Where(select))
        {
            var ready = op.StartNs;
            foreach (var input in op.Inputs)
            {
                if (byName.TryGetValue(input, out var source) && source.EndNs <= op.EndNs)
                {
                    ready = Math.Max(ready, source.EndNs);
                }
            }

            messages.Add((ready, op.EndNs, op.Bytes!.Value));
        }

        return messages;
    }

    // Groups a step's messages, in the order they became ready, into busy periods: a period ends when the next message
    // is ready only after every message before it has arrived.
    private static void AddBusyPeriods(List<BusyPeriod> periods, int stepIndex, List<(long Ready, long End, long Bytes)> messages)
    {
        long start = 0, end = long.MinValue, bytes = 0, firstEnd = long.MaxValue, firstBytes = 0;
        var count = 0;
        foreach (var (ready, messageEnd, messageBytes) in messages.OrderBy(m => m.Ready))
        {
            if (ready >= end)
            {
                if (count > 0)
                {
                    periods.Add(new BusyPeriod(stepIndex, bytes, end - start, firstBytes, firstEnd - start));
                }

                (start, end, bytes, count, firstEnd) = (ready, messageEnd, 0, 0, long.MaxValue);
            }

            end = Math.Max(end, messageEnd);
            bytes += messageBytes;
            count++;
            if (messageEnd < firstEnd)
            {
                (firstEnd, firstBytes) = (messageEnd, messageBytes);
            }
        }

        if (count > 0)
        {
            periods.Add(new BusyPeriod(stepIndex, bytes, end - start, firstBytes, firstEnd - start));
        }
    }

    // Capacity from the large periods' bytes over their time beyond the latency, latency from every period's first
    // message; the two depend on each other, so a few rounds settle them. A latency that would leave the large periods
    // no time keeps the previous round's value.
    private static (double BytesPerNs, double LatencyNs) FitCapacityAndLatency(List<BusyPeriod> periods, List<BusyPeriod> large)
    {
        double latency = 0;
        double bytesPerNs = 0;
        for (var round = 0; round < 3; round++)
        {
            bytesPerNs = large.Sum(p => (double)p.Bytes) / Math.Max(1, large.Sum(p => p.Ns - latency));
            var l = latency;
            latency = periods.Count == 0 ? 0 : Math.Max(0, Quantiles.Median(periods.Select(p => p.FirstNs - p.FirstBytes / bytesPerNs)));
            if (latency * large.Count >= large.Sum(p => (double)p.Ns))
            {
                latency = l;
            }
        }

        return (bytesPerNs, latency);
    }

    // How much longer or shorter than bytes / capacity each step's large periods took: the transport's own variability.
    // Only periods whose wire time dwarfs the latency say something about the transport rather than the latency fit.
    private static double[] WireTimeFactors(int stepCount, List<BusyPeriod> large, double bytesPerNs, double latency)
    {
        var telling = large.Where(p => p.Bytes / bytesPerNs >= 10 * latency).ToList();
        var factors = new double[stepCount];
        for (var s = 0; s < stepCount; s++)
        {
            var ofStep = telling.Where(p => p.Step == s).ToList();
            var expected = ofStep.Sum(p => p.Bytes / bytesPerNs);
            factors[s] = expected > 0 ? ofStep.Sum(p => Math.Max(0, p.Ns - latency)) / expected : 1.0;
        }

        return factors;
    }
}
