using System.Runtime.CompilerServices;
namespace SgdSim.Traces.TensorFlow;

/// <summary>One op record as a TensorFlow trace gives it, before names are resolved.</summary>
/// <param name="Device">The device that logged it.</param>
/// <param name="Name">The node name (for a transfer, <c>RecvTensor</c>).</param>
/// <param name="Type">The op type, empty when unknown.</param>
/// <param name="Inputs">Inputs as written in the label.</param>
/// <param name="StartNs">Start, nanoseconds.</param>
/// <param name="EndNs">End, nanoseconds.</param>
/// <param name="Lane">The lane within the device (thread or stream).</param>
/// <param name="Recv">For a RecvTensor record whose label names the tensor: the parsed label.</param>
/// <param name="Bytes">For a transfer: its size when recorded.</param>
internal sealed record TfRecord(
    TfDevice Device, string Name, string Type, IReadOnlyList<string> Inputs, long StartNs, long EndNs, string Lane,
    TfRecvLabel? Recv, long? Bytes)
{
    public bool IsTransfer => Type == "RecvTensor";
}

/// <summary>
/// Turns the records of one TensorFlow step into model ops: gives every transfer a name and a direction,
/// resolves each input (a local op, or the transfer behind a cross-task name <c>x_S5</c> / <c>x/_5</c>),
/// and follows update ops back to the gradient transfers and parameters they consume.
/// Shared by the RunMetadata and timeline readers, which differ only in how they get the records.
/// </summary>
internal sealed class TfStepAssembler(TraceBuilder builder, TfNameCache names, IReadOnlyDictionary<string, long>? tensorBytes = null)
{
    // Reused from step to step: a trace's steps have much the same size.
    private readonly Dictionary<(int, string), int> _byDeviceName = [];

    // The resolution of the last step, reused while steps keep the same structure (the usual case: every step of
    // a training loop runs the same graph), so only times and sizes are read anew.
    private StepShape? _last;

    /// <summary>
    /// Adds the step made of <paramref name="records"/>, reporting errors against <paramref name="stepSource"/>.
    /// The records are consumed: each entry is cleared once its op is built, so that a step of a million ops does
    /// not hold its records and its ops at once.
    /// </summary>
    public void AddStep(List<TfRecord> records, string stepSource)
    {
        var shape = _last is not null && _last.Matches(records) ? _last : Resolve(records);
        _last = shape.Reusable ? shape : null;
        Emit(records, shape, stepSource);
    }

    // Runs once per step with loops over every op: compile it fully at once rather than tier it up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private StepShape Resolve(IReadOnlyList<TfRecord> records)
    {
        var step = new Resolution(records);
        Register(step);
        var (byEdge, unattributed) = TransfersByEdge(step);
        var ops = IndexOps(step);
        ResolveInputs(step, ops, byEdge, unattributed);
        AttributeUnnamed(step, ops, unattributed);
        var kinds = Kinds(step);
        var parameter = Parameters(step, kinds);

        var inputNames = new string[records.Count][];
        for (var i = 0; i < records.Count; i++)
        {
            inputNames[i] = step.Inputs.Count(i) == 0 ? [] : new string[step.Inputs.Count(i)];
            for (var k = 0; k < inputNames[i].Length; k++)
            {
                inputNames[i][k] = step.Names[step.Inputs.Get(i, k)];
            }
        }

        // A very large step would keep its name tables alive through the next one; let them go.
        if (records.Count > 1 << 16)
        {
            _byDeviceName.Clear();
            _byDeviceName.TrimExcess();
        }

        // Which consumer claims an unnamed transfer depends on times, so such a step is never reused, and needs no
        // copy of its records to compare the next step with.
        var reusable = unattributed.Count == 0;
        return new StepShape(reusable ? records.ToArray() : [], step.Names, step.Node, step.Device, step.Lane, step.Src, step.Dst, kinds,
            step.Tensors, parameter, inputNames, Reusable: reusable);
    }

    // Registers where each record ran; transfers also register the nodes their labels name.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Register(Resolution step)
    {
        var records = step.Records;
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var node = step.Node[i] = builder.Node(r.Device.Node, r.Device.Role, r.Device.TaskIndex);
            var device = step.Device[i] = builder.Device(r.Device.Device, node);
            step.Lane[i] = r.IsTransfer ? builder.Lane(device, TfNames.NetworkReceiveLane, concurrent: true) : builder.Lane(device, r.Lane);
            step.Src[i] = step.Dst[i] = -1;
            if (!r.IsTransfer)
            {
                step.Names[i] = builder.Intern(r.Name);
                continue;
            }

            step.Dst[i] = node;
            // Until a label names its tensor, a transfer is known by its position among the step's records.
            step.Names[i] = builder.Intern(r.Recv is { } named ? named.Key : $"RecvTensor#{i}");
            if (r.Recv is { } recv)
            {
                var s = names.Device(recv.SourceDevice);
                var d = names.Device(recv.DestinationDevice);
                step.Src[i] = builder.Node(s.Node, s.Role, s.TaskIndex);
                step.Dst[i] = builder.Node(d.Node, d.Role, d.TaskIndex);
            }
        }
    }

    // Transfers by edge number, for inputs named x_S<K> / x/_K; and those whose label names no tensor.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (Dictionary<int, int> ByEdge, List<int> Unattributed) TransfersByEdge(Resolution step)
    {
        var byEdge = new Dictionary<int, int>();
        var unattributed = new List<int>();
        for (var i = 0; i < step.Records.Count; i++)
        {
            var r = step.Records[i];
            if (!r.IsTransfer)
            {
                continue;
            }

            if (r.Recv?.EdgeId is { } edge)
            {
                if (!byEdge.TryAdd(edge, i))
                {
                    throw builder.Error($"step {builder.StepCount} has two RecvTensor transfers of rendezvous edge {edge}.");
                }
            }
            else if (r.Recv is null)
            {
                unattributed.Add(i);
            }
        }

        return (byEdge, unattributed);
    }

    // Ops by device and name; a lookup on a node tries its devices (a node has few), lowest index first.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private OpsByName IndexOps(Resolution step)
    {
        var byDeviceName = _byDeviceName;
        byDeviceName.Clear();
        byDeviceName.EnsureCapacity(step.Records.Count);
        var devicesOfNode = new List<int>[builder.Nodes.Count];
        for (var d = 0; d < builder.Devices.Count; d++)
        {
            (devicesOfNode[builder.Devices[d].Node] ??= []).Add(d);
        }

        for (var i = 0; i < step.Records.Count; i++)
        {
            if (!step.Records[i].IsTransfer)
            {
                byDeviceName.TryAdd((step.Device[i], step.Records[i].Name), i);
            }
        }

        return new OpsByName(byDeviceName, devicesOfNode);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ResolveInputs(Resolution step, OpsByName ops, Dictionary<int, int> byEdge, List<int> unattributed)
    {
        var records = step.Records;
        var unclaimed = new TransferClaims(unattributed, i => step.Device[i], i => records[i].EndNs);
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            if (r.IsTransfer)
            {
                if (r.Recv is { } recv)
                {
                    step.Tensors[i] = builder.Intern(recv.Tensor);
                    // A transfer reads the tensor its sender produced (the PS's x/read, the worker's gradient).
                    if (step.Src[i] >= 0 && ops.OnNode(step.Src[i], recv.Tensor, out var producer))
                    {
                        step.Inputs.SetSender(i, producer);
                    }
                }

                continue;
            }

            // A _Recv node is the receiving end of an edge: named x/_K or x_S<K>, it waits for transfer K.
            if (r.Type is "_Recv" or "_HostRecv" && TfNames.ParseCrossTaskInput(r.Name) is { } own &&
                byEdge.TryGetValue(own.EdgeId, out var delivered))
            {
                step.Inputs.Add(i, delivered);
            }

            for (var k = 0; k < r.Inputs.Count; k++)
            {
                var input = TfNames.StripInput(r.Inputs[k]);
                if (ops.OnDevice(step.Device[i], input, out var local) || ops.OnNode(step.Node[i], input, out local))
                {
                    step.Inputs.Add(i, local);
                }
                else if (TfNames.ParseCrossTaskInput(input) is { } cross)
                {
                    if (byEdge.TryGetValue(cross.EdgeId, out var transfer))
                    {
                        step.Inputs.Add(i, transfer);
                    }
                    else if (unclaimed.Claim(step.Device[i], r.StartNs) is { } guessed)
                    {
                        // The format dropped the transfer's tensor: the latest unclaimed transfer into this
                        // device that finished before the consumer started is the best evidence there is.
                        step.Tensors[guessed] = builder.Intern(cross.Tensor);
                        step.Inputs.Add(i, guessed);
                    }
                }
            }
        }
    }

    // Which node sends an unattributed transfer is unknown unless its consumer tells: the node that produced x.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AttributeUnnamed(Resolution step, OpsByName ops, List<int> unattributed)
    {
        foreach (var i in unattributed)
        {
            builder.Note(step.Tensors[i] is null
                ? "Some RecvTensor transfers name no tensor and no consumer could be matched to them; they stay unattributed."
                : "The trace does not name the tensors of its RecvTensor transfers; each was matched to the consumer that started next on its device.");
        }

        foreach (var i in unattributed)
        {
            var producer = -1;
            for (var n = 0; step.Tensors[i] is { } t && producer < 0 && n < builder.Nodes.Count; n++)
            {
                if (n != step.Dst[i] && ops.OnNode(n, t, out var found))
                {
                    producer = found;
                }
            }

            if (producer >= 0)
            {
                step.Src[i] = step.Node[producer];
                step.Inputs.SetSender(i, producer);
            }
        }
    }

    // Kinds: transfers by direction, ops by role and type.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private OpKind[] Kinds(Resolution step)
    {
        var kinds = new OpKind[step.Records.Count];
        for (var i = 0; i < kinds.Length; i++)
        {
            var r = step.Records[i];
            if (r.IsTransfer)
            {
                var from = step.Src[i] >= 0 ? builder.Nodes[step.Src[i]].Role : NodeRole.Other;
                kinds[i] = TfNames.TransferKind(from, builder.Nodes[step.Dst[i]].Role);
            }
            else if (TfNames.IsUpdateType(r.Type))
            {
                kinds[i] = OpKind.Update;
            }
            else if (builder.Nodes[step.Node[i]].Role == NodeRole.Worker && !TfNames.IsPlumbingType(r.Type) && r.Type.Length > 0)
            {
                kinds[i] = OpKind.Compute;
            }
            else
            {
                kinds[i] = OpKind.Other;
            }
        }

        return kinds;
    }

    // A pull's parameter is the variable of its tensor; an update names its variable first, and the gradient it
    // applies arrived by one of its input transfers.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string?[] Parameters(Resolution step, OpKind[] kinds)
    {
        var parameter = new string?[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == OpKind.ParameterTransfer && step.Tensors[i] is { } tensor)
            {
                parameter[i] = builder.Intern(TfNames.VariableOf(tensor));
            }
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            // (A GPU kernel record of an update carries no inputs; its launch record does.)
            if (kinds[i] != OpKind.Update || step.Records[i].Inputs.Count == 0)
            {
                continue;
            }

            var variable = builder.Intern(TfNames.StripInput(step.Records[i].Inputs[0]));
            parameter[i] = variable;
            for (var k = 0; k < step.Inputs.Count(i); k++)
            {
                var input = step.Inputs.Get(i, k);
                if (kinds[input] == OpKind.GradientTransfer)
                {
                    parameter[input] = variable;
                }
            }
        }

        return parameter;
    }

    /// <summary>What <see cref="Resolve"/> finds out about each record of a step, by record index.</summary>
    private sealed class Resolution(IReadOnlyList<TfRecord> records)
    {
        public IReadOnlyList<TfRecord> Records { get; } = records;
        public int[] Device { get; } = new int[records.Count];
        public int[] Node { get; } = new int[records.Count];
        public int[] Lane { get; } = new int[records.Count];
        public string[] Names { get; } = new string[records.Count];
        public int[] Src { get; } = new int[records.Count];
        public int[] Dst { get; } = new int[records.Count];
        public string?[] Tensors { get; } = new string?[records.Count];
        public InputTable Inputs { get; } = new(records.Count);
    }

    /// <summary>A step's ops by device and name, and by node and name (trying the node's devices in order).</summary>
    private sealed class OpsByName(Dictionary<(int, string), int> byDeviceName, List<int>[] devicesOfNode)
    {
        public bool OnDevice(int device, string name, out int op) => byDeviceName.TryGetValue((device, name), out op);

        public bool OnNode(int node, string name, out int op)
        {
            op = -1;
            foreach (var d in devicesOfNode[node] ?? [])
            {
                if (byDeviceName.TryGetValue((d, name), out op))
                {
                    return true;
                }
            }

            return false;
        }
    }

    // Runs once per step with loops over every op: compile it fully at once rather than tier it up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Emit(List<TfRecord> records, StepShape shape, string stepSource)
    {
        var (opNames, node, device, lane, src, dst) = (shape.Names, shape.Nodes, shape.Devices, shape.Lanes, shape.Sources, shape.Destinations);
        var (kinds, tensorOf, parameter) = (shape.Kinds, shape.Tensors, shape.Parameters);
        builder.BeginStep(stepSource, records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            records[i] = null!;
            var bytes = r.IsTransfer ? r.Bytes ?? SizeFromTable(tensorBytes, tensorOf[i]) : null;
            if (r.IsTransfer && bytes is null)
            {
                builder.Note(tensorBytes is null
                    ? "Some transfers have no recorded size (this format does not keep it); supply a tensor,bytes table to size them."
                    : "Some transfers have no size: their tensors are missing from the tensor,bytes table.");
            }

            builder.Op(new TraceOp
            {
                Name = opNames[i],
                Type = builder.Intern(r.Type),
                Kind = kinds[i],
                Node = node[i],
                Device = device[i],
                Lane = lane[i],
                StartNs = r.StartNs,
                EndNs = r.EndNs,
                Bytes = bytes,
                Tensor = tensorOf[i],
                Parameter = parameter[i],
                SourceNode = r.IsTransfer ? src[i] : -1,
                DestinationNode = r.IsTransfer ? dst[i] : -1,
                Inputs = shape.Inputs[i],
            });

            if (parameter[i] is { } p)
            {
                switch (kinds[i])
                {
                    case OpKind.ParameterTransfer:
                        builder.Parameter(p, bytes, src[i], null);
                        break;
                    case OpKind.Update:
                        builder.Parameter(p, null, node[i], opNames[i]);
                        break;
                    case OpKind.GradientTransfer:
                        builder.Parameter(p, bytes, dst[i], null);
                        break;
                }
            }
        }

        builder.EndStep();
    }

    // A table may name the transferred tensor (x/read) or its variable (x).
    private static long? SizeFromTable(IReadOnlyDictionary<string, long>? table, string? tensor)
    {
        if (table is null || tensor is null)
        {
            return null;
        }

        return table.TryGetValue(tensor, out var bytes) || table.TryGetValue(TfNames.VariableOf(tensor), out bytes) ? bytes : null;
    }

    /// <summary>
    /// The inputs of a step's ops, in one flat list rather than a list per op (a step may have a million ops).
    /// An op's inputs are added while it is the op being resolved, so they lie together; a transfer's one input,
    /// the op that produced what it carries, may be found later and is kept apart.
    /// </summary>
    private sealed class InputTable
    {
        private readonly List<int> _flat;
        private readonly int[] _start;
        private readonly int[] _count;
        private readonly int[] _sender;

        public InputTable(int ops)
        {
            _flat = new List<int>(ops * 2);
            _start = new int[ops];
            _count = new int[ops];
            _sender = new int[ops];
            Array.Fill(_sender, -1);
        }

        /// <summary>Adds <paramref name="input"/> to <paramref name="op"/>'s inputs, once, and never itself.</summary>
        public void Add(int op, int input)
        {
            if (input == op)
            {
                return;
            }

            if (_count[op] == 0)
            {
                _start[op] = _flat.Count;
            }
            else
            {
                if (_start[op] + _count[op] != _flat.Count)
                {
                    throw new InvalidOperationException("Inputs must be added while their op is the one being resolved.");
                }

                for (var k = _start[op]; k < _flat.Count; k++)
                {
                    if (_flat[k] == input)
                    {
                        return;
                    }
                }
            }

            _flat.Add(input);
            _count[op]++;
        }

        public void SetSender(int transfer, int producer) => _sender[transfer] = producer;

        public int Count(int op) => _count[op] + (_sender[op] >= 0 ? 1 : 0);

        public int Get(int op, int k) => k < _count[op] ? _flat[_start[op] + k] : _sender[op];
    }

    /// <summary>What a step's records resolve to, apart from their times and sizes.</summary>
    private sealed record StepShape(
        TfRecord[] Records, string[] Names, int[] Nodes, int[] Devices, int[] Lanes, int[] Sources, int[] Destinations,
        OpKind[] Kinds, string?[] Tensors, string?[] Parameters, string[][] Inputs, bool Reusable)
    {
        /// <summary>Whether <paramref name="records"/> have this shape's structure: same ops, places, labels, in order.</summary>
        public bool Matches(IReadOnlyList<TfRecord> records)
        {
            if (records.Count != Records.Length)
            {
                return false;
            }

            for (var i = 0; i < records.Count; i++)
            {
                var (a, b) = (records[i], Records[i]);
                // Devices, labels' inputs and RecvTensor labels come from the import's cache: equal means same object.
                if (!ReferenceEquals(a.Device, b.Device) || !ReferenceEquals(a.Recv, b.Recv) ||
                    !(ReferenceEquals(a.Inputs, b.Inputs) || (a.Inputs.Count == 0 && b.Inputs.Count == 0)) ||
                    !string.Equals(a.Name, b.Name, StringComparison.Ordinal) || !string.Equals(a.Type, b.Type, StringComparison.Ordinal) ||
                    !string.Equals(a.Lane, b.Lane, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
