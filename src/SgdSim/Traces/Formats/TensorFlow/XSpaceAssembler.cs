using System.Globalization;
using System.Runtime.CompilerServices;

namespace SgdSim.Traces.TensorFlow;

/// <summary>
/// Turns the parsed XSpace files of one job (one per host) into a <see cref="Trace"/>: one node per host, steps
/// from the <c>Steps</c> lines or step markers (<see cref="XSpaceReader"/> says how), each record one op.
/// </summary>
internal sealed class XSpaceAssembler(string path, XSpaceFile[] hosts)
{
    private const int OtherGroup = -2;
    private const int OutsideSteps = -3;

    private readonly TraceBuilder _builder = new(XSpaceReader.FormatName, path);
    private readonly StepWindows<string> _steps = new();
    private long _repeats;

    // Runs once with loops over every record: compile it fully at once rather than tier it up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Trace Build()
    {
        var stepOf = AssignSteps(out var stepsFrom);
        if (hosts.All(h => h.Records.Count == 0))
        {
            var events = hosts.Sum(h => h.Planes.Sum(p => (long)p.Events));
            throw new InvalidTraceException(path,
                $"is an XSpace of {events:N0} event(s), none of them a TensorFlow op (an event named 'name:Type' on /host:CPU, or a GPU kernel whose stats name one).");
        }

        var nodes = new int[hosts.Length];
        var lanes = new int[hosts.Length][][];
        var devices = new int[hosts.Length][];
        for (var h = 0; h < hosts.Length; h++)
        {
            (nodes[h], devices[h], lanes[h]) = Register(hosts[h]);
        }

        var (order, slots) = RecordsByStep(stepOf);
        var names = hosts.Select(x => x.Ops.Select(o => _builder.Intern(o.Name)).ToArray()).ToArray();
        var types = hosts.Select(x => x.Ops.Select(o => _builder.Intern(o.Type)).ToArray()).ToArray();
        var runs = new RepeatNames<(int Host, int Plane, int Op)>(_builder);
        var isHost = hosts.Select(x => x.Planes.Select(p => p.IsHost).ToArray()).ToArray();
        for (var s = 0; s < _steps.Count; s++)
        {
            _builder.BeginStep(null, order[s + 1] - order[s]);
            runs.NextStep();
            for (var k = order[s]; k < order[s + 1]; k++)
            {
                var (h, i) = slots[k];
                ref readonly var r = ref hosts[h].Records[i];
                // Each host event is one run of the op; a second run in the same step (a loop, a function called
                // twice) is another op, where the builder would merge the two into one long one.
                var name = isHost[h][r.Plane] ? runs.Name((h, r.Plane, r.Op), names[h][r.Op]) : names[h][r.Op];
                Emit(hosts[h], r, name, types[h][r.Op], nodes[h], devices[h][r.Plane], lanes[h][r.Plane][r.Lane]);
            }

            _builder.EndStep();
        }

        _repeats = runs.Repeats;
        Notes(stepOf, stepsFrom);
        return _builder.Build();
    }

    // Records by step (a counting sort), so each step is handed to the builder in one go: step s's records are
    // slots[order[s]] to slots[order[s + 1] - 1].
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int[] Order, (int Host, int Record)[] Slots) RecordsByStep(int[][] stepOf)
    {
        var order = new int[_steps.Count + 1];
        for (var h = 0; h < hosts.Length; h++)
        {
            foreach (var s in stepOf[h])
            {
                if (s >= 0) order[s + 1]++;
            }
        }

        for (var s = 0; s < _steps.Count; s++)
        {
            order[s + 1] += order[s];
        }

        var slots = new (int Host, int Record)[order[^1]];
        var next = order[..^1];
        for (var h = 0; h < hosts.Length; h++)
        {
            for (var i = 0; i < stepOf[h].Length; i++)
            {
                if (stepOf[h][i] >= 0) slots[next[stepOf[h][i]]++] = (h, i);
            }
        }

        return (order, slots);
    }

    private void Emit(XSpaceFile host, in XRecord r, string name, string type, int node, int device, int lane)
    {
        var op = host.Ops[r.Op];
        var kind = op.Class switch
        {
            XOpClass.Compute when _builder.Nodes[node].Role == NodeRole.Worker => OpKind.Compute,
            XOpClass.Update => OpKind.Update,
            _ => OpKind.Other,
        };
        int source = -1, destination = -1;
        string? tensor = null, parameter = null;
        var bytes = host.BytesOf(r);
        if (host.PeerOf(r) is >= 0 and var peer)
        {
            var (from, to, key) = host.Peers[peer];
            var s = TfNames.ParseDevice(from);
            var d = TfNames.ParseDevice(to);
            source = _builder.Node(s.Node, s.Role, s.TaskIndex);
            destination = _builder.Node(d.Node, d.Role, d.TaskIndex);
            if (source != destination)
            {
                kind = TfNames.TransferKind(s.Role, d.Role);
                lane = _builder.Lane(device, op.Type.EndsWith("Recv", StringComparison.Ordinal) ? TfNames.NetworkReceiveLane : "network send", concurrent: true);
                tensor = _builder.Intern(TfNames.ParseRendezvousKey(key).Tensor);
                if (kind == OpKind.ParameterTransfer)
                {
                    parameter = _builder.Intern(TfNames.VariableOf(tensor));
                    _builder.Parameter(parameter, bytes >= 0 ? bytes : null, source, null);
                }
            }
            else
            {
                source = destination = -1;
            }
        }

        _builder.Op(new TraceOp
        {
            Name = name,
            Type = type,
            Kind = kind,
            Node = node,
            Device = device,
            Lane = lane,
            StartNs = r.StartNs,
            EndNs = r.EndNs,
            Bytes = bytes >= 0 ? bytes : null,
            Tensor = tensor,
            Parameter = parameter,
            SourceNode = source,
            DestinationNode = destination,
        });
    }

    // A host is a node: its TF task when a device stat names one, else its host name.
    private (int Node, int[] Devices, int[][] Lanes) Register(XSpaceFile host)
    {
        int node;
        string nodeName;
        if (host.Task is { } task)
        {
            var parsed = TfNames.ParseDevice(task);
            nodeName = parsed.Node;
            node = _builder.Node(nodeName, parsed.Role, parsed.TaskIndex);
        }
        else
        {
            // Format detection hands over XSpace files of any name, not only NAME.xplane.pb.
            var fileName = Path.GetFileName(host.File);
            nodeName = host.Host ?? (fileName.EndsWith(XSpaceReader.FileSuffix, StringComparison.OrdinalIgnoreCase) ? fileName[..^XSpaceReader.FileSuffix.Length] : fileName);
            node = _builder.Node(nodeName, NodeRole.Worker, 0);
            _builder.Note($"{Path.GetFileName(host.File)} names no TensorFlow task (no device stat with a /job: name); its node is named after the host and taken to be a worker.");
        }

        var devices = new int[host.Planes.Count];
        var lanes = new int[host.Planes.Count][];
        for (var p = 0; p < host.Planes.Count; p++)
        {
            var plane = host.Planes[p];
            // The profiler's "/host:CPU" is TF's CPU device of the task; device planes keep their names.
            var device = plane.IsHost ? $"{nodeName}/device:CPU:0" : $"{nodeName}{plane.Name}";
            devices[p] = _builder.Device(device, node);
            lanes[p] = plane.Lanes.Select(l => _builder.Lane(devices[p], l)).ToArray();
        }

        return (node, devices, lanes);
    }

    // Which step each record belongs to (a window of _steps, in time order), or OtherGroup / OutsideSteps.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[][] AssignSteps(out string stepsFrom)
    {
        var fromLines = hosts.Any(h => h.StepLines.Count > 0);
        var fromMarkers = !fromLines && hosts.Any(h => h.Markers.Count > 0);
        var stepOf = hosts.Select(h => new int[h.Records.Count]).ToArray();
        if (!fromLines && !fromMarkers)
        {
            // Every record is in the one step, window 0.
            var (first, last) = (long.MaxValue, long.MinValue);
            foreach (var host in hosts)
            {
                for (var i = 0; i < host.Records.Count; i++)
                {
                    first = Math.Min(first, host.Records[i].StartNs);
                    last = Math.Max(last, host.Records[i].EndNs);
                }
            }

            _steps.Mark("all", first, last);
            _steps.Order();
            stepsFrom = "no 'Steps' line and no step markers (step_num); the whole profile is read as one step";
            return stepOf;
        }

        var (groups, planes) = MarkSteps(fromLines);
        AssignByGroup(fromLines, groups, stepOf);
        _steps.Order(StringComparer.Ordinal);
        AssignByTime(stepOf);
        var list = ImportNotes.FirstFew(Enumerable.Range(0, _steps.Count).Select(_steps.Key));
        stepsFrom = fromLines
            ? $"the 'Steps' lines of {string.Join(", ", planes)} (steps {list}); an op joins the step of its group_id, or the step whose time holds it when it has none"
            : $"step markers (host events with a step_num stat: steps {list}); an op joins the step whose time holds it";
        return stepOf;
    }

    // One window per step name, from the Steps lines (with the group of each) or else from the step markers.
    private (Dictionary<long, int>[] Groups, SortedSet<string> Planes) MarkSteps(bool fromLines)
    {
        var groups = hosts.Select(_ => new Dictionary<long, int>()).ToArray();
        var planes = new SortedSet<string>(StringComparer.Ordinal);
        for (var h = 0; h < hosts.Length; h++)
        {
            foreach (var mark in fromLines ? hosts[h].StepLines : hosts[h].Markers)
            {
                var s = _steps.Mark(mark.Name, mark.StartNs, mark.EndNs);
                if (fromLines && mark.Group >= 0)
                {
                    groups[h].TryAdd(mark.Group, s);
                }

                planes.Add(hosts[h].Planes[mark.Plane].Name);
            }
        }

        return (groups, planes);
    }

    // An op of a step's group is in that step (the host launches ops before the device's step starts), and widens
    // it; an op of another group is in none; an op without a group (-1) is placed by time later.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AssignByGroup(bool fromLines, Dictionary<long, int>[] groups, int[][] stepOf)
    {
        for (var h = 0; h < hosts.Length; h++)
        {
            var records = hosts[h].Records;
            for (var i = 0; i < records.Count; i++)
            {
                ref readonly var r = ref records[i];
                if (fromLines && r.Group >= 0 && hosts[h].StepLines.Count > 0)
                {
                    if (groups[h].TryGetValue(r.Group, out var s))
                    {
                        stepOf[h][i] = s;
                        _steps.Widen(s, r.StartNs, r.EndNs);
                    }
                    else
                    {
                        stepOf[h][i] = OtherGroup;
                    }
                }
                else
                {
                    stepOf[h][i] = -1;
                }
            }
        }
    }

    // With the steps in time order: a step's ops take its place in time; ops without a group join the step whose
    // time holds their start.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AssignByTime(int[][] stepOf)
    {
        for (var h = 0; h < hosts.Length; h++)
        {
            var records = hosts[h].Records;
            for (var i = 0; i < records.Count; i++)
            {
                if (stepOf[h][i] >= 0)
                {
                    stepOf[h][i] = _steps.RankOf(stepOf[h][i]);
                }
                else if (stepOf[h][i] == -1)
                {
                    var k = _steps.Holding(records[i].StartNs);
                    stepOf[h][i] = k >= 0 ? k : OutsideSteps;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Notes(int[][] stepOf, string stepsFrom)
    {
        var c = CultureInfo.InvariantCulture;
        _builder.Note(string.Create(c, $"{_steps.Count} step(s) found from {stepsFrom}."));
        var otherGroup = stepOf.Sum(s => s.Count(x => x == OtherGroup));
        var outside = stepOf.Sum(s => s.Count(x => x == OutsideSteps));
        if (otherGroup + outside > 0)
        {
            _builder.Note(string.Create(c,
                $"{otherGroup + outside:N0} op events belong to no training step ({otherGroup:N0} of other event groups such as tf.data or function setup, {outside:N0} outside the steps' time) and were left out."));
        }

        if (_repeats > 0)
        {
            _builder.Note(string.Create(c,
                $"{_repeats:N0} host op events are further runs of an op already run in the same step; each is its own op, named 'name#2', 'name#3', … in the order the profile lists them."));
        }

        var runtime = hosts.Sum(h => h.RuntimeEvents);
        if (runtime > 0)
        {
            _builder.Note(string.Create(c, $"{runtime:N0} host events that are not TF ops (executor, allocator, tf.data, kernel launches) were not imported."));
        }

        TransferNotes(stepOf);
        foreach (var host in hosts)
        {
            HostNotes(host);
        }
    }

    // What the collectives and the sends and receives within a host are taken to be.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TransferNotes(int[][] stepOf)
    {
        var collectives = new List<string>();
        var local = new List<string>();
        for (var h = 0; h < hosts.Length; h++)
        {
            var host = hosts[h];
            for (var i = 0; i < host.Records.Count; i++)
            {
                ref readonly var r = ref host.Records[i];
                var op = host.Ops[r.Op];
                if (stepOf[h][i] < 0 || op.Class is not (XOpClass.Collective or XOpClass.SendRecv))
                {
                    continue;
                }

                (op.Class == XOpClass.Collective ? collectives : host.PeerOf(r) < 0 ? local : null)?.Add(op.Type);
            }
        }

        var c = CultureInfo.InvariantCulture;
        if (collectives.Count > 0)
        {
            _builder.Note(string.Create(c,
                $"{collectives.Count:N0} collective op event(s) ({ImportNotes.CountByType(collectives)}) are ops of kind Other, sized by the tensor their shape stat describes: one worker's profile shows neither its peers nor the bytes on the wire."));
        }

        if (local.Count > 0)
        {
            _builder.Note(string.Create(c,
                $"{local.Count:N0} send/receive op event(s) ({ImportNotes.CountByType(local)}) name no device of another task: they move tensors within the host and are ops of kind Other, not network transfers."));
        }
    }

    private void HostNotes(XSpaceFile host)
    {
        var c = CultureInfo.InvariantCulture;
        var empty = host.Planes.Where(p => !p.IsHost && p.Events == 0).Select(p => p.Name).ToArray();
        if (empty.Length > 0)
        {
            _builder.Note(string.Create(c,
                $"{empty.Length} of {host.Planes.Count(p => !p.IsHost)} device planes of {Path.GetFileName(host.File)} hold no events ({string.Join(", ", empty)})."));
        }

        if (host.RenamedOps > 0)
        {
            _builder.Note(string.Create(c,
                $"{host.RenamedOps} op name(s) of {Path.GetFileName(host.File)} are used by ops of different types (in different function graphs); those keep TF's full name 'name:Type'."));
        }

        foreach (var message in host.ProfilerMessages.Take(3))
        {
            _builder.Note($"The profiler reported: {message}");
        }
    }
}
