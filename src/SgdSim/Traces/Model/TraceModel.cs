namespace SgdSim.Traces;

/// <summary>What a task of the profiled job does.</summary>
public enum NodeRole
{
    /// <summary>A worker: runs forward and backward passes.</summary>
    Worker,

    /// <summary>A parameter server: holds variables, serves them and applies gradients.</summary>
    ParameterServer,

    /// <summary>Any other task (a chief that only coordinates, an evaluator, an unknown job).</summary>
    Other,
}

/// <summary>What an op contributes to a training step.</summary>
public enum OpKind
{
    /// <summary>Computation on a worker (forward, backward, loss).</summary>
    Compute,

    /// <summary>A parameter tensor moving from a parameter server to a worker.</summary>
    ParameterTransfer,

    /// <summary>A gradient tensor moving from a worker to a parameter server.</summary>
    GradientTransfer,

    /// <summary>A parameter update applied on a parameter server (<c>ApplyGradientDescent</c>, <c>ApplyAdam</c>, …).</summary>
    Update,

    /// <summary>Anything else: serving reads on the PS, bookkeeping, transfers between workers.</summary>
    Other,
}

/// <summary>A task of the profiled job (one process), e.g. <c>/job:ps/replica:0/task:0</c>.</summary>
/// <param name="Name">The task's name as the trace spells it.</param>
/// <param name="Role">Worker, parameter server or other.</param>
/// <param name="TaskIndex">The task's index within its job (0 when the trace has none).</param>
public sealed record TraceNode(string Name, NodeRole Role, int TaskIndex);

/// <summary>A device of a node (CPU, GPU); GPU streams and copy engines are folded into their device.</summary>
/// <param name="Name">The device's name, e.g. <c>/job:worker/replica:0/task:0/device:GPU:0</c>.</param>
/// <param name="Node">Index of the owning node in <see cref="Trace.Nodes"/>.</param>
public sealed record TraceDevice(string Name, int Node);

/// <summary>
/// A place where ops execute: a thread, a GPU stream, the receive side of a device's network transfers.
/// A lane is <see cref="Sequential"/> when its ops never overlap in time anywhere in the trace; only then
/// may the time order of its ops be read as a dependency.
/// </summary>
/// <param name="Name">A readable name, unique within its device.</param>
/// <param name="Device">Index of the owning device in <see cref="Trace.Devices"/>.</param>
/// <param name="Sequential">Whether the ops on this lane never overlap.</param>
public sealed record TraceLane(string Name, int Device, bool Sequential);

/// <summary>One op execution in one step.</summary>
public sealed class TraceOp
{
    /// <summary>The op's name, unique within its step.</summary>
    public required string Name { get; init; }

    /// <summary>The op's type (<c>MatMul</c>, <c>RecvTensor</c>, <c>ApplyGradientDescent</c>); empty when unknown.</summary>
    public required string Type { get; init; }

    /// <summary>What the op contributes to the step.</summary>
    public required OpKind Kind { get; init; }

    /// <summary>Index of the node that executes the op (for a transfer: the node that logged it).</summary>
    public required int Node { get; init; }

    /// <summary>Index of the device in <see cref="Trace.Devices"/>.</summary>
    public required int Device { get; init; }

    /// <summary>Index of the lane in <see cref="Trace.Lanes"/>.</summary>
    public required int Lane { get; init; }

    /// <summary>Start time, nanoseconds since the Unix epoch (or since the trace's own origin).</summary>
    public required long StartNs { get; init; }

    /// <summary>End time, nanoseconds, never before <see cref="StartNs"/>.</summary>
    public required long EndNs { get; init; }

    /// <summary>Bytes moved by a transfer; <c>null</c> for a transfer whose size the trace does not record,
    /// and for ops that move nothing.</summary>
    public long? Bytes { get; init; }

    /// <summary>The tensor a transfer carries (e.g. <c>layer0/weight/read</c>), when known.</summary>
    public string? Tensor { get; init; }

    /// <summary>The parameter (variable) this op belongs to: the one a transfer carries or a gradient updates,
    /// or the one an update op applies.</summary>
    public string? Parameter { get; init; }

    /// <summary>For a transfer, the sending node; -1 when unknown or not a transfer.</summary>
    public int SourceNode { get; init; } = -1;

    /// <summary>For a transfer, the receiving node (always known: the node that logged it); -1 for other ops.</summary>
    public int DestinationNode { get; init; } = -1;

    /// <summary>Names of the ops of the same step whose outputs this op reads (resolved by the importer).</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>Duration in nanoseconds.</summary>
    public long DurationNs => EndNs - StartNs;

    /// <summary>Whether the op moves a tensor between nodes.</summary>
    public bool IsTransfer => DestinationNode >= 0;

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Kind}, {DurationNs} ns)";
}

/// <summary>One profiled training step.</summary>
/// <param name="Index">The step's position in the trace, from 0.</param>
/// <param name="Ops">The step's ops, ordered by start time then name.</param>
public sealed record TraceStep(int Index, IReadOnlyList<TraceOp> Ops)
{
    /// <summary>Earliest op start in the step, nanoseconds.</summary>
    public long StartNs { get; } = Ops.Count == 0 ? 0 : Ops.Min(o => o.StartNs);

    /// <summary>Latest op end in the step, nanoseconds.</summary>
    public long EndNs { get; } = Ops.Count == 0 ? 0 : Ops.Max(o => o.EndNs);

    /// <summary>Wall time of the step (first op start to last op end), nanoseconds.</summary>
    public long DurationNs => EndNs - StartNs;
}

/// <summary>A model parameter (variable) held by a parameter server.</summary>
/// <param name="Name">The variable's name, e.g. <c>layer0/weight</c>.</param>
/// <param name="Bytes">Its size in bytes; <c>null</c> when the trace does not record it.</param>
/// <param name="ServerNode">Index of the node that holds it; -1 when unknown.</param>
/// <param name="UpdateOp">The name of the op that applies its gradient, when the trace shows one.</param>
public sealed record ParameterTensor(string Name, long? Bytes, int ServerNode, string? UpdateOp);

/// <summary>
/// A framework-neutral profiled run: every importer produces one, and nothing downstream knows a file format.
/// </summary>
public sealed class Trace
{
    /// <summary>The format it was read from, e.g. <c>tensorflow-runmetadata</c>.</summary>
    public required string Format { get; init; }

    /// <summary>The file or folder it was read from.</summary>
    public required string Source { get; init; }

    /// <summary>The tasks of the job.</summary>
    public required IReadOnlyList<TraceNode> Nodes { get; init; }

    /// <summary>The devices of all nodes.</summary>
    public required IReadOnlyList<TraceDevice> Devices { get; init; }

    /// <summary>The lanes of all devices.</summary>
    public required IReadOnlyList<TraceLane> Lanes { get; init; }

    /// <summary>The profiled steps in order.</summary>
    public required IReadOnlyList<TraceStep> Steps { get; init; }

    /// <summary>The parameters the job trains, in first-seen order.</summary>
    public required IReadOnlyList<ParameterTensor> Parameters { get; init; }

    /// <summary>What the importer had to assume or could not find, one sentence each.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Whether some transfer has no recorded size.</summary>
    public bool HasUnsizedTransfers => Steps.Any(s => s.Ops.Any(o => o.IsTransfer && o.Bytes is null));
}
