namespace SgdSim.Calibration;

/// <summary>What a task of a worker's step is and where it runs in the simulated cluster.</summary>
public enum TaskKind
{
    /// <summary>An op on one of the worker's own lanes (compute, bookkeeping).</summary>
    WorkerOp,

    /// <summary>A parameter moving from the parameter server to the worker over the network.</summary>
    Pull,

    /// <summary>A gradient moving from the worker to the parameter server over the network.</summary>
    Push,

    /// <summary>An op on the parameter server's executor (serving a read).</summary>
    ServerOp,

    /// <summary>A parameter update on the parameter server: holds the parameter's lock while it runs.</summary>
    Update,
}

/// <summary>One fitted quantity with how it was derived, for <c>--explain</c>.</summary>
/// <param name="Name">snake_case name, e.g. <c>link_capacity_down_bits_per_s</c>.</param>
/// <param name="Value">The value in the unit its name gives.</param>
/// <param name="Derivation">One sentence: what in the trace it comes from.</param>
public sealed record CalibratedValue(string Name, double Value, string Derivation);

/// <summary>
/// Everything the cluster simulation needs, taken from a one-worker trace: the tasks of one worker step with their
/// dependencies and duration samples, the network's effective capacity and per-message latency, the parameter
/// server's concurrency, the gaps between steps and the orders in which the server answered pulls.
/// </summary>
public sealed record JobModel
{
    /// <summary>Task names (the trace's op names), index = task id; tasks are in the trace's start order, which is
    /// also the order in which ready tasks take their lane.</summary>
    public required string[] Names { get; init; }

    /// <summary>What each task is.</summary>
    public required TaskKind[] Kinds { get; init; }

    /// <summary>For <see cref="TaskKind.WorkerOp"/>: index of its worker lane; otherwise -1.</summary>
    public required int[] Lanes { get; init; }

    /// <summary>Whether each worker lane runs one op at a time.</summary>
    public required bool[] LaneSequential { get; init; }

    /// <summary>For pulls, pushes and updates: index into <see cref="Parameters"/>; otherwise -1.</summary>
    public required int[] Parameters { get; init; }

    /// <summary>Bytes a pull or push moves; 0 for other tasks.</summary>
    public required long[] Bytes { get; init; }

    /// <summary>
    /// Each non-network task's measured duration in each profiled step after warm-up, nanoseconds:
    /// <c>DurationsByStep[task][step]</c> (a step that lacks the op gets its median). Replaying one profiled step's
    /// durations together keeps the correlation between the ops of a step (a slow step is slow throughout).
    /// </summary>
    public required long[][] DurationsByStep { get; init; }

    /// <summary>Each task's median duration, nanoseconds (0 for network tasks, whose time the network decides).</summary>
    public required long[] MedianDurations { get; init; }

    /// <summary>Each task's median start, nanoseconds after its step's first op started (what the timing-aware
    /// transfer order reads: when the trace shows a parameter's consumer starting).</summary>
    public required long[] MedianStartNs { get; init; }

    /// <summary>Successors of task t: <c>Successors[SuccessorStart[t]..SuccessorStart[t + 1]]</c>.</summary>
    public required int[] SuccessorStart { get; init; }

    /// <summary>Successor lists, see <see cref="SuccessorStart"/>.</summary>
    public required int[] Successors { get; init; }

    /// <summary>Number of predecessors of each task.</summary>
    public required int[] PredecessorCounts { get; init; }

    /// <summary>Names of the parameters the pulls, pushes and updates refer to.</summary>
    public required string[] ParameterNames { get; init; }

    /// <summary>Size of each parameter in bytes.</summary>
    public required long[] ParameterBytes { get; init; }

    /// <summary>Number of profiled steps the per-step arrays describe.</summary>
    public int ProfiledSteps => PullRanks.Length;

    /// <summary>For each profiled step, the rank at which the server answered each pull (indexed by task; -1 for non-pulls).</summary>
    public required int[][] PullRanks { get; init; }

    /// <summary>Measured gaps between the end of one step and the start of the next, nanoseconds.</summary>
    public required long[] StepGapSamples { get; init; }

    /// <summary>How many server ops the trace shows running at once (at least 1).</summary>
    public required int ServerConcurrency { get; init; }

    /// <summary>Effective parameter-server-to-worker capacity of a NIC, bytes per nanosecond.</summary>
    public required double DownBytesPerNs { get; init; }

    /// <summary>Effective worker-to-parameter-server capacity of a NIC, bytes per nanosecond.</summary>
    public required double UpBytesPerNs { get; init; }

    /// <summary>Fixed time from a pull being ready to its first byte leaving, nanoseconds.</summary>
    public required long DownLatencyNs { get; init; }

    /// <summary>Fixed time from a push being ready to its first byte leaving, nanoseconds.</summary>
    public required long UpLatencyNs { get; init; }

    /// <summary>For each profiled step, the ratio of actual to expected wire time of its large downward transfers (the transport's variability; 1 when it had none).</summary>
    public required double[] DownWireFactors { get; init; }

    /// <summary>For each profiled step, the same ratio for its large upward transfers.</summary>
    public required double[] UpWireFactors { get; init; }

    /// <summary>The trace's median step time (first op start to last op end), nanoseconds.</summary>
    public required long MedianStepNs { get; init; }

    /// <summary>The fitted values and how each was derived.</summary>
    public required IReadOnlyList<CalibratedValue> Explanation { get; init; }

    /// <summary>Number of tasks in one worker step.</summary>
    public int TaskCount => Names.Length;

    /// <summary>Bytes pulled per worker step.</summary>
    public long PullBytesPerStep => Sum(TaskKind.Pull);

    /// <summary>Bytes pushed per worker step.</summary>
    public long PushBytesPerStep => Sum(TaskKind.Push);

    private long Sum(TaskKind kind)
    {
        long total = 0;
        for (var t = 0; t < Kinds.Length; t++)
        {
            if (Kinds[t] == kind)
            {
                total += Bytes[t];
            }
        }

        return total;
    }

    /// <summary>The predecessors of each task (the reverse of <see cref="Successors"/>).</summary>
    internal List<int>[] PredecessorLists()
    {
        var predecessors = Enumerable.Range(0, TaskCount).Select(_ => new List<int>()).ToArray();
        for (var t = 0; t < TaskCount; t++)
        {
            for (var s = SuccessorStart[t]; s < SuccessorStart[t + 1]; s++)
            {
                predecessors[Successors[s]].Add(t);
            }
        }

        return predecessors;
    }

    /// <summary>A copy whose NIC capacity in both directions is <paramref name="bytesPerNs"/> (what-if bandwidth).</summary>
    public JobModel WithCapacity(double bytesPerNs, CalibratedValue why) => this with
    {
        DownBytesPerNs = bytesPerNs,
        UpBytesPerNs = bytesPerNs,
        Explanation = [.. Explanation.Where(e => !e.Name.StartsWith("link_capacity", StringComparison.Ordinal)), why],
    };
}
