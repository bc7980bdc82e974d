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
        var step = builder.StepCount;

        // Register where each record ran; transfers also register the nodes their labels name.
        var device = new int[records.Count];
        var node = new int[records.Count];
        var lane = new int[records.Count];
        var opNames = new string[records.Count];
        var src = new int[records.Count];
        var dst = new int[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            node[i] = builder.Node(r.Device.Node, r.Device.Role, r.Device.TaskIndex);
            device[i] = builder.Device(r.Device.Device, node[i]);
            lane[i] = r.IsTransfer ? builder.Lane(device[i], TfNames.NetworkReceiveLane, concurrent: true) : builder.Lane(device[i], r.Lane);
            src[i] = dst[i] = -1;
            if (!r.IsTransfer)
            {
                opNames[i] = builder.Intern(r.Name);
            }
            else
            {
                dst[i] = node[i];
                // Until a label names its tensor, a transfer is known by its position among the step's records.
                opNames[i] = builder.Intern(r.Recv is { } named ? named.Key : $"RecvTensor#{i}");
                if (r.Recv is { } recv)
                {
                    var s = names.Device(recv.SourceDevice);
                    var d = names.Device(recv.DestinationDevice);
                    src[i] = builder.Node(s.Node, s.Role, s.TaskIndex);
                    dst[i] = builder.Node(d.Node, d.Role, d.TaskIndex);
                }
            }
        }

        // Transfers by edge number, for inputs named x_S<K> / x/_K.
        var byEdge = new Dictionary<int, int>();
        var unattributed = new List<int>();
        for (var i = 0; i < records.Count; i++)
        {
            if (!records[i].IsTransfer)
            {
                continue;
            }

            if (records[i].Recv?.EdgeId is { } edge)
            {
                if (!byEdge.TryAdd(edge, i))
                {
                    throw builder.Error($"step {step} has two RecvTensor transfers of rendezvous edge {edge}.");
                }
            }
            else if (records[i].Recv is null)
            {
                unattributed.Add(i);
            }
        }

        // Ops by device and name; a lookup on a node tries its devices (a node has few), lowest index first.
        var byDeviceName = _byDeviceName;
        byDeviceName.Clear();
        byDeviceName.EnsureCapacity(records.Count);
        var devicesOfNode = new List<int>[builder.Nodes.Count];
        for (var d = 0; d < builder.Devices.Count; d++)
        {
            (devicesOfNode[builder.Devices[d].Node] ??= []).Add(d);
        }

        bool FindOnNode(int n, string name, out int found)
        {
            found = -1;
            foreach (var d in devicesOfNode[n] ?? [])
            {
                if (byDeviceName.TryGetValue((d, name), out found))
                {
                    return true;
                }
            }

            return false;
        }

        for (var i = 0; i < records.Count; i++)
        {
            if (records[i].IsTransfer)
            {
                continue;
            }

            byDeviceName.TryAdd((device[i], records[i].Name), i);
        }

        var inputs = new InputTable(records.Count);
        var tensorOf = new string?[records.Count];
        var unclaimed = new UnclaimedTransfers(records, unattributed, device);
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            if (r.IsTransfer)
            {
                if (r.Recv is { } recv)
                {
                    tensorOf[i] = builder.Intern(recv.Tensor);
                    // A transfer reads the tensor its sender produced (the PS's x/read, the worker's gradient).
                    if (src[i] >= 0 && FindOnNode(src[i], recv.Tensor, out var producer))
                    {
                        inputs.SetSender(i, producer);
                    }
                }

                continue;
            }

            // A _Recv node is the receiving end of an edge: named x/_K or x_S<K>, it waits for transfer K.
            if (r.Type is "_Recv" or "_HostRecv" && TfNames.ParseCrossTaskInput(r.Name) is { } own &&
                byEdge.TryGetValue(own.EdgeId, out var delivered))
            {
                inputs.Add(i, delivered);
            }

            for (var k = 0; k < r.Inputs.Count; k++)
            {
                var input = TfNames.StripInput(r.Inputs[k]);
                if (byDeviceName.TryGetValue((device[i], input), out var local) ||
                    FindOnNode(node[i], input, out local))
                {
                    inputs.Add(i, local);
                }
                else if (TfNames.ParseCrossTaskInput(input) is { } cross)
                {
                    if (byEdge.TryGetValue(cross.EdgeId, out var transfer))
                    {
                        inputs.Add(i, transfer);
                    }
                    else if (unclaimed.Claim(device[i], r.StartNs) is { } guessed)
                    {
                        // The format dropped the transfer's tensor: the latest unclaimed transfer into this
                        // device that finished before the consumer started is the best evidence there is.
                        tensorOf[guessed] = builder.Intern(cross.Tensor);
                        inputs.Add(i, guessed);
                    }
                }
            }
        }

        foreach (var i in unattributed)
        {
            if (tensorOf[i] is null)
            {
                builder.Note("Some RecvTensor transfers name no tensor and no consumer could be matched to them; they stay unattributed.");
            }
            else
            {
                builder.Note("The trace does not name the tensors of its RecvTensor transfers; each was matched to the consumer that started next on its device.");
            }
        }

        // Which node sends an unattributed transfer is unknown unless its consumer tells: the node that produced x.
        if (unattributed.Count > 0)
        {
            foreach (var i in unattributed)
            {
                var producer = -1;
                for (var n = 0; tensorOf[i] is { } t && producer < 0 && n < builder.Nodes.Count; n++)
                {
                    if (n != dst[i] && FindOnNode(n, t, out var found))
                    {
                        producer = found;
                    }
                }

                if (producer >= 0)
                {
                    src[i] = node[producer];
                    inputs.SetSender(i, producer);
                }
            }
        }

        // Kinds: transfers by direction, ops by role and type.
        var kinds = new OpKind[records.Count];
        var parameter = new string?[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            if (r.IsTransfer)
            {
                var from = src[i] >= 0 ? builder.Nodes[src[i]].Role : NodeRole.Other;
                var to = builder.Nodes[dst[i]].Role;
                kinds[i] = TfNames.TransferKind(from, to);
                if (kinds[i] == OpKind.ParameterTransfer && tensorOf[i] is { } tensor)
                {
                    parameter[i] = builder.Intern(TfNames.VariableOf(tensor));
                }
            }
            else if (TfNames.IsUpdateType(r.Type))
            {
                kinds[i] = OpKind.Update;
            }
            else if (builder.Nodes[node[i]].Role == NodeRole.Worker && !TfNames.IsPlumbingType(r.Type) && r.Type.Length > 0)
            {
                kinds[i] = OpKind.Compute;
            }
            else
            {
                kinds[i] = OpKind.Other;
            }
        }

        // An update names its variable first; the gradient it applies arrived by one of its input transfers.
        for (var i = 0; i < records.Count; i++)
        {
            // (A GPU kernel record of an update carries no inputs; its launch record does.)
            if (kinds[i] != OpKind.Update || records[i].Inputs.Count == 0)
            {
                continue;
            }

            var variable = builder.Intern(TfNames.StripInput(records[i].Inputs[0]));
            parameter[i] = variable;
            for (var k = 0; k < inputs.Count(i); k++)
            {
                var input = inputs.Get(i, k);
                if (kinds[input] == OpKind.GradientTransfer)
                {
                    parameter[input] = variable;
                }
            }
        }

        var inputNames = new string[records.Count][];
        for (var i = 0; i < records.Count; i++)
        {
            inputNames[i] = inputs.Count(i) == 0 ? [] : new string[inputs.Count(i)];
            for (var k = 0; k < inputNames[i].Length; k++)
            {
                inputNames[i][k] = opNames[inputs.Get(i, k)];
            }
        }

        // A very large step would keep its name tables alive through the next one; let them go.
        if (records.Count > 1 << 16)
        {
            byDeviceName.Clear();
            byDeviceName.TrimExcess();
        }

        // Which consumer claims an unnamed transfer depends on times, so such a step is never reused, and needs no
        // copy of its records to compare the next step with.
        var reusable = unattributed.Count == 0;
        return new StepShape(reusable ? records.ToArray() : [], opNames, node, device, lane, src, dst, kinds, tensorOf, parameter, inputNames,
            Reusable: reusable);
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

    /// <summary>
    /// Transfers whose tensor the trace does not name, waiting to be claimed by consumers: each claim takes the
    /// unclaimed transfer into the consumer's device that ended last before the consumer started. Per device the
    /// transfers are sorted by end time and claimed positions are skipped with a union-find, so a step of many
    /// transfers costs O(n log n), not O(n²).
    /// </summary>
    private sealed class UnclaimedTransfers
    {
        private readonly Dictionary<int, (long[] Ends, int[] Records, int[] Left)> _byDevice = [];

        public UnclaimedTransfers(IReadOnlyList<TfRecord> records, List<int> indexes, int[] device)
        {
            foreach (var group in indexes.GroupBy(i => device[i]))
            {
                var sorted = group.OrderBy(i => records[i].EndNs).ThenBy(i => i).ToArray();
                // Left[k + 1] points at the nearest unclaimed position at or left of k, shifted by one (0: none).
                var left = new int[sorted.Length + 1];
                for (var k = 0; k < left.Length; k++)
                {
                    left[k] = k;
                }

                _byDevice[group.Key] = (sorted.Select(i => records[i].EndNs).ToArray(), sorted, left);
            }
        }

        public int? Claim(int consumerDevice, long consumerStart)
        {
            if (!_byDevice.TryGetValue(consumerDevice, out var d))
            {
                return null;
            }

            // Number of transfers that ended no later than the consumer's start = shifted position of the latest.
            var position = UpperBound(d.Ends, consumerStart);
            var free = Find(d.Left, position);
            if (free == 0)
            {
                return null;
            }

            d.Left[free] = free - 1;
            return d.Records[free - 1];
        }

        private static int UpperBound(long[] ends, long value)
        {
            int lo = 0, hi = ends.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (ends[mid] <= value) lo = mid + 1;
                else hi = mid;
            }

            return lo;
        }

        private static int Find(int[] left, int k)
        {
            while (left[k] != k)
            {
                left[k] = left[left[k]];
                k = left[k];
            }

            return k;
        }
    }
}
