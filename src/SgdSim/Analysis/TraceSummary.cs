using System.Text.Json.Nodes;
using SgdSim.Graph;
using SgdSim.Traces;

namespace SgdSim.Analysis;

/// <summary>A node of the job with its devices, as <c>inspect</c> shows it.</summary>
/// <param name="Name">The task's name.</param>
/// <param name="Role">Its role.</param>
/// <param name="Devices">Its devices.</param>
public sealed record NodeSummary(string Name, NodeRole Role, IReadOnlyList<string> Devices);

/// <summary>A parameter tensor as <c>inspect</c> shows it.</summary>
/// <param name="Name">The variable's name.</param>
/// <param name="Bytes">Its size, when known.</param>
/// <param name="Server">The parameter server holding it, when known.</param>
/// <param name="UpdateOp">The op applying its gradient, when the trace shows one.</param>
public sealed record ParameterSummary(string Name, long? Bytes, string? Server, string? UpdateOp);

/// <summary>A median and a 95th percentile, in seconds.</summary>
/// <param name="Median">The median.</param>
/// <param name="P95">The 95th percentile.</param>
public sealed record Spread(double Median, double P95);

/// <summary>What a trace contains: the figures <c>sgdsim inspect</c> prints.</summary>
public sealed record TraceSummary
{
    /// <summary>Format the trace was read as.</summary>
    public required string Format { get; init; }

    /// <summary>File or folder read.</summary>
    public required string Source { get; init; }

    /// <summary>Number of steps in the trace.</summary>
    public required int Steps { get; init; }

    /// <summary>Steps left out of the timing figures as warm-up, from the first (by default one, if there are several).</summary>
    public required int WarmupSteps { get; init; }

    /// <summary>Nodes with their devices.</summary>
    public required IReadOnlyList<NodeSummary> Nodes { get; init; }

    /// <summary>Median number of ops per step.</summary>
    public required int OpsPerStep { get; init; }

    /// <summary>Median number of transfers per step.</summary>
    public required int TransfersPerStep { get; init; }

    /// <summary>Transfers (over all steps) whose size the trace does not record.</summary>
    public required int UnsizedTransfers { get; init; }

    /// <summary>Number of parameter tensors.</summary>
    public required int ParameterCount { get; init; }

    /// <summary>Their total size; <c>null</c> when some size is unknown.</summary>
    public required long? ParameterBytes { get; init; }

    /// <summary>Every parameter tensor in the trace's order.</summary>
    public required IReadOnlyList<ParameterSummary> ParameterTensors { get; init; }

    /// <summary>Median bytes per step from parameter servers to workers.</summary>
    public required long BytesToWorkersPerStep { get; init; }

    /// <summary>Median bytes per step from workers to parameter servers.</summary>
    public required long BytesToPsPerStep { get; init; }

    /// <summary>
    /// The parameter pulls of a step, first request to last arrival, warm-up excluded; <c>null</c> when the trace has
    /// no sized pulls. With all pulls in flight at once this is the time the network needs for the step's parameters.
    /// </summary>
    public required Spread? PullPhaseS { get; init; }

    /// <summary>Median rate of the pull phase, bits per second (pulled bytes × 8 / pull phase); <c>null</c> as above.</summary>
    public required double? PullRateBitsPerS { get; init; }

    /// <summary>Step time: from a step's start to the next one's (the last step: to its end), warm-up excluded.</summary>
    public required Spread StepTimeS { get; init; }

    /// <summary>Critical-path length per step, warm-up excluded.</summary>
    public required Spread CriticalPathS { get; init; }

    /// <summary>The critical path of the step whose length is the median, op names first to last.</summary>
    public required IReadOnlyList<string> MedianCriticalPathOps { get; init; }

    /// <summary>Median number of edges per step read from the trace.</summary>
    public required int DataEdgesPerStep { get; init; }

    /// <summary>Median number of edges per step inferred from lane order.</summary>
    public required int InferredEdgesPerStep { get; init; }

    /// <summary>What the importer assumed or could not find.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Summarises a trace; builds each step's graph (and so fails on a dependency cycle).</summary>
    /// <param name="trace">The trace.</param>
    /// <param name="warmupSteps">Steps to leave out of the timing figures, from the first; fewer when the trace
    /// would be left with none.</param>
    /// <exception cref="InvalidTraceException">A step's dependencies form a cycle.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="warmupSteps"/> is negative.</exception>
    public static TraceSummary Of(Trace trace, int warmupSteps = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warmupSteps);
        var steps = trace.Steps;
        var warmup = Math.Min(warmupSteps, steps.Count - 1);
        var measured = steps.Skip(warmup).ToArray();

        var graphs = GraphFigures(trace);
        var paths = graphs.Select(g => g.Path).ToArray();
        var measuredPaths = paths.Skip(warmup).ToArray();
        var medianPath = measuredPaths.OrderBy(p => p.LengthNs).ElementAt((measuredPaths.Length - 1) / 2);
        var medianIndex = Array.IndexOf(paths, medianPath);

        var stepTimes = new List<double>();
        for (var k = warmup; k < steps.Count; k++)
        {
            var end = k + 1 < steps.Count ? steps[k + 1].StartNs : steps[k].EndNs;
            stepTimes.Add((end - steps[k].StartNs) / 1e9);
        }

        var pulls = measured
            .Select(step => step.Ops.Where(o => o.Kind == OpKind.ParameterTransfer && o.Bytes is not null).ToArray())
            .Where(p => p.Length > 0)
            .Select(p => (Seconds: (p.Max(o => o.EndNs) - p.Min(o => o.StartNs)) / 1e9, Bytes: p.Sum(o => o.Bytes!.Value)))
            .Where(p => p.Seconds > 0)
            .ToArray();

        long? parameterBytes = trace.Parameters.All(p => p.Bytes is not null) ? trace.Parameters.Sum(p => p.Bytes!.Value) : null;
        return new TraceSummary
        {
            Format = trace.Format,
            Source = trace.Source,
            Steps = steps.Count,
            WarmupSteps = warmup,
            Nodes = trace.Nodes.Select((n, i) => new NodeSummary(
                n.Name, n.Role, trace.Devices.Where(d => d.Node == i).Select(d => d.Name).ToArray())).ToArray(),
            OpsPerStep = MedianInt(steps.Select(s => (double)s.Ops.Count)),
            TransfersPerStep = MedianInt(steps.Select(s => (double)s.Ops.Count(o => o.IsTransfer))),
            UnsizedTransfers = steps.Sum(s => s.Ops.Count(o => o.IsTransfer && o.Bytes is null)),
            ParameterCount = trace.Parameters.Count,
            ParameterBytes = parameterBytes,
            ParameterTensors = trace.Parameters.Select(p => new ParameterSummary(
                p.Name, p.Bytes, p.ServerNode >= 0 ? trace.Nodes[p.ServerNode].Name : null, p.UpdateOp)).ToArray(),
            BytesToWorkersPerStep = MedianLong(steps.Select(s => BytesOf(s, OpKind.ParameterTransfer))),
            BytesToPsPerStep = MedianLong(steps.Select(s => BytesOf(s, OpKind.GradientTransfer))),
            PullPhaseS = pulls.Length == 0 ? null : SpreadOf(pulls.Select(p => p.Seconds)),
            PullRateBitsPerS = pulls.Length == 0 ? null : Quantiles.Median(pulls.Select(p => p.Bytes * 8 / p.Seconds)),
            StepTimeS = SpreadOf(stepTimes),
            CriticalPathS = SpreadOf(measuredPaths.Select(p => p.LengthNs / 1e9)),
            MedianCriticalPathOps = medianPath.Ops.Select(i => steps[medianIndex].Ops[i].Name).ToArray(),
            DataEdgesPerStep = MedianInt(graphs.Select(g => (double)g.Data)),
            InferredEdgesPerStep = MedianInt(graphs.Select(g => (double)g.Inferred)),
            Notes = trace.Notes,
        };
    }

    /// <summary>The summary as the JSON object <c>inspect --json</c> prints (snake_case keys, seconds and bytes).</summary>
    public JsonObject ToJson() => new()
    {
        ["format"] = Format,
        ["source"] = Source,
        ["steps"] = Steps,
        ["warmup_steps"] = WarmupSteps,
        ["nodes"] = new JsonArray(Nodes.Select(n => (JsonNode)new JsonObject
        {
            ["name"] = n.Name,
            ["role"] = RoleName(n.Role),
            ["devices"] = Strings(n.Devices),
        }).ToArray()),
        ["ops_per_step"] = OpsPerStep,
        ["transfers_per_step"] = TransfersPerStep,
        ["unsized_transfers"] = UnsizedTransfers,
        ["parameters"] = new JsonObject
        {
            ["count"] = ParameterCount,
            ["bytes"] = ParameterBytes,
            ["tensors"] = new JsonArray(ParameterTensors.Select(p => (JsonNode)new JsonObject
            {
                ["name"] = p.Name,
                ["bytes"] = p.Bytes,
                ["ps"] = p.Server,
                ["update_op"] = p.UpdateOp,
            }).ToArray()),
        },
        ["bytes_per_step"] = new JsonObject { ["to_workers"] = BytesToWorkersPerStep, ["to_ps"] = BytesToPsPerStep },
        ["pull_phase"] = PullPhaseS is null ? null : new JsonObject
        {
            ["median_s"] = PullPhaseS.Median,
            ["p95_s"] = PullPhaseS.P95,
            ["rate_bits_per_s"] = PullRateBitsPerS,
        },
        ["step_time_s"] = new JsonObject { ["median"] = StepTimeS.Median, ["p95"] = StepTimeS.P95 },
        ["critical_path_s"] = new JsonObject
        {
            ["median"] = CriticalPathS.Median,
            ["p95"] = CriticalPathS.P95,
            ["ops"] = Strings(MedianCriticalPathOps),
        },
        ["edges_per_step"] = new JsonObject { ["data"] = DataEdgesPerStep, ["inferred"] = InferredEdgesPerStep },
        ["notes"] = Strings(Notes),
    };

    /// <summary>The lower-case name of a role used in reports: <c>worker</c>, <c>ps</c>, <c>other</c>.</summary>
    public static string RoleName(NodeRole role) => role switch
    {
        NodeRole.Worker => "worker",
        NodeRole.ParameterServer => "ps",
        _ => "other",
    };

    // Steps' graphs are independent: build them on all cores, keep only their figures, and report the first
    // failing step (a cycle) whatever the order in which they finished.
    private static (int Data, int Inferred, CriticalPath Path)[] GraphFigures(Trace trace)
    {
        var figures = new (int Data, int Inferred, CriticalPath Path)[trace.Steps.Count];
        var errors = new InvalidTraceException?[trace.Steps.Count];
        Parallel.For(0, trace.Steps.Count, k =>
        {
            try
            {
                var graph = StepGraph.Build(trace, trace.Steps[k]);
                figures[k] = (graph.DataEdgeCount, graph.InferredEdgeCount, graph.CriticalPath());
            }
            catch (InvalidTraceException e)
            {
                errors[k] = e;
            }
        });

        return errors.FirstOrDefault(e => e is not null) is { } first ? throw first : figures;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static long BytesOf(TraceStep step, OpKind kind) => step.Ops.Where(o => o.Kind == kind).Sum(o => o.Bytes ?? 0);

    private static Spread SpreadOf(IEnumerable<double> values)
    {
        var array = values.ToArray();
        return array.Length == 0 ? new Spread(0, 0) : new Spread(Quantiles.Median(array), Quantiles.Of(array, 0.95));
    }

    private static int MedianInt(IEnumerable<double> values) => (int)Math.Round(Quantiles.Median(values));

    private static long MedianLong(IEnumerable<long> values) => (long)Math.Round(Quantiles.Median(values.Select(v => (double)v)));
}
