using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SgdSim.Traces.TensorFlow;

/// <summary>
/// Reads the TF2 profiler's XSpace (<c>&lt;host&gt;.xplane.pb</c>, what <c>tf.profiler.experimental</c> and the
/// profiler server write): one file per host, or a folder of them (one node each).
/// </summary>
/// <remarks>
/// <para>The host plane <c>/host:CPU</c> gives the ops' CPU side: events named <c>name:Type</c> on its threads
/// (one lane per thread). Each <c>/device:GPU:N</c> plane gives their GPU side: kernels and copies on its streams
/// (one lane per stream), joined into one op per TF op by the op their stats name (<c>tf_op</c>, <c>level 0</c> or
/// <c>annotation</c>). Lines the profiler derives from these (<c>TensorFlow Ops</c>, name scopes, XLA) are not read
/// again. Runtime events that are not TF ops (executor, allocator, tf.data) are left out.</para>
/// <para>Steps come from the <c>Steps</c> lines: an op joins the step of its <c>group_id</c>, or the step whose time
/// holds it when it has none; ops of other groups (tf.data, function setup) belong to no step. Without a
/// <c>Steps</c> line, host events with a <c>step_num</c> stat mark the steps; without either, the file is one step.</para>
/// <para>Collectives (<c>CollectiveReduce</c>, <c>Nccl*</c>) are ops of kind <see cref="OpKind.Other"/> sized by the
/// tensor their <c>shape</c> stat describes: one worker's trace shows neither its peers nor the bytes on the wire.
/// <c>_Send</c>/<c>_Recv</c>/<c>_HostSend</c>/<c>_HostRecv</c> are transfers between nodes only when a stat carries
/// a rendezvous key naming devices of two tasks; otherwise they move tensors within the host and are ops of kind
/// <see cref="OpKind.Other"/>. Unclaimed GPU copies keep their size from <c>memcpy_details</c>.</para>
/// </remarks>
public static class XSpaceReader
{
    /// <summary>The format name this reader reports.</summary>
    public const string FormatName = "tensorflow-xspace";

    private const string FileSuffix = ".xplane.pb";

    /// <summary>Reads an <c>.xplane.pb</c> file, or a folder of them, into a trace.</summary>
    /// <exception cref="InvalidTraceException">A file is not an XSpace, is damaged, or holds no TF ops.</exception>
    public static Trace Read(string path)
    {
        var files = TraceFiles.List(path, static f => f.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase));
        var hosts = files.Select(XSpaceFile.Read).ToArray();
        return new Assembly(path, hosts).Build();
    }

    private sealed class StepSpan(string name, long start, long end)
    {
        public string Name { get; } = name;

        public long Start { get; set; } = start;

        public long End { get; set; } = end;

        public int Ops { get; set; }
    }

    private sealed class Assembly(string path, XSpaceFile[] hosts)
    {
        private const int OtherGroup = -2;
        private const int OutsideSteps = -3;

        private readonly TraceBuilder _builder = new(FormatName, path);
        private readonly List<StepSpan> _steps = [];
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

            // Records by step (a counting sort), so each step is handed to the builder in one go.
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
                _steps[s].Ops = order[s + 1];
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

            var names = hosts.Select(x => x.Ops.Select(o => _builder.Intern(o.Name)).ToArray()).ToArray();
            var types = hosts.Select(x => x.Ops.Select(o => _builder.Intern(o.Type)).ToArray()).ToArray();
            var runs = new Dictionary<(int Host, int Plane, int Op), int>();
            var isHost = hosts.Select(x => x.Planes.Select(p => p.IsHost).ToArray()).ToArray();
            for (var s = 0; s < _steps.Count; s++)
            {
                _builder.BeginStep(null, _steps[s].Ops);
                runs.Clear();
                for (var k = order[s]; k < order[s + 1]; k++)
                {
                    var (h, i) = slots[k];
                    ref readonly var r = ref hosts[h].Records[i];
                    var name = names[h][r.Op];
                    if (isHost[h][r.Plane])
                    {
                        // Each host event is one run of the op; a second run in the same step (a loop, a function
                        // called twice) is another op, where the builder would merge the two into one long one.
                        ref var run = ref CollectionsMarshal.GetValueRefOrAddDefault(runs, (h, r.Plane, r.Op), out _);
                        if (++run > 1)
                        {
                            name = _builder.Intern(string.Create(CultureInfo.InvariantCulture, $"{name}#{run}"));
                            _repeats++;
                        }
                    }

                    Emit(hosts[h], r, name, types[h][r.Op], nodes[h], devices[h][r.Plane], lanes[h][r.Plane][r.Lane]);
                }

                _builder.EndStep();
            }

            Notes(stepOf, stepsFrom);
            return _builder.Build();
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
                nodeName = host.Host ?? (fileName.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase) ? fileName[..^FileSuffix.Length] : fileName);
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

        // Which step each record belongs to (an index into _steps, in time order), or OtherGroup / OutsideSteps.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int[][] AssignSteps(out string stepsFrom)
        {
            var fromLines = hosts.Any(h => h.StepLines.Count > 0);
            var fromMarkers = !fromLines && hosts.Any(h => h.Markers.Count > 0);
            var byName = new Dictionary<string, int>(StringComparer.Ordinal);
            var groups = hosts.Select(_ => new Dictionary<long, int>()).ToArray();
            var planes = new SortedSet<string>(StringComparer.Ordinal);
            for (var h = 0; h < hosts.Length; h++)
            {
                foreach (var mark in fromLines ? hosts[h].StepLines : hosts[h].Markers)
                {
                    if (!byName.TryGetValue(mark.Name, out var s))
                    {
                        s = _steps.Count;
                        byName.Add(mark.Name, s);
                        _steps.Add(new StepSpan(mark.Name, mark.StartNs, mark.EndNs));
                    }

                    Widen(_steps[s], mark.StartNs, mark.EndNs);
                    if (fromLines && mark.Group >= 0)
                    {
                        groups[h].TryAdd(mark.Group, s);
                    }

                    planes.Add(hosts[h].Planes[mark.Plane].Name);
                }
            }

            var stepOf = hosts.Select(h => new int[h.Records.Count]).ToArray();
            if (!fromLines && !fromMarkers)
            {
                var (first, last) = (long.MaxValue, long.MinValue);
                foreach (var host in hosts)
                {
                    for (var i = 0; i < host.Records.Count; i++)
                    {
                        first = Math.Min(first, host.Records[i].StartNs);
                        last = Math.Max(last, host.Records[i].EndNs);
                    }
                }

                _steps.Add(new StepSpan("all", first, last));
                stepsFrom = "no 'Steps' line and no step markers (step_num); the whole profile is read as one step";
                return stepOf;
            }

            // An op of a step's group is in that step (the host launches ops before the device's step starts).
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
                            Widen(_steps[s], r.StartNs, r.EndNs);
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

            // Steps in time order; ops without a group join the step whose time holds their start.
            var sorted = Enumerable.Range(0, _steps.Count).OrderBy(s => _steps[s].Start).ThenBy(s => _steps[s].Name, StringComparer.Ordinal).ToArray();
            var rank = new int[sorted.Length];
            for (var k = 0; k < sorted.Length; k++) rank[sorted[k]] = k;
            var ordered = sorted.Select(s => _steps[s]).ToArray();
            _steps.Clear();
            _steps.AddRange(ordered);
            var starts = ordered.Select(s => s.Start).ToArray();
            for (var h = 0; h < hosts.Length; h++)
            {
                var records = hosts[h].Records;
                for (var i = 0; i < records.Count; i++)
                {
                    if (stepOf[h][i] >= 0)
                    {
                        stepOf[h][i] = rank[stepOf[h][i]];
                    }
                    else if (stepOf[h][i] == -1)
                    {
                        var k = Array.BinarySearch(starts, records[i].StartNs);
                        k = k >= 0 ? k : ~k - 1;
                        stepOf[h][i] = k >= 0 && records[i].StartNs <= ordered[k].End ? k : OutsideSteps;
                    }
                }
            }

            var list = string.Join(", ", ordered.Take(5).Select(s => s.Name)) + (ordered.Length > 5 ? ", …" : "");
            stepsFrom = fromLines
                ? $"the 'Steps' lines of {string.Join(", ", planes)} (steps {list}); an op joins the step of its group_id, or the step whose time holds it when it has none"
                : $"step markers (host events with a step_num stat: steps {list}); an op joins the step whose time holds it";
            return stepOf;
        }

        private static string CountByType(IEnumerable<string> types) =>
            string.Join(", ", types.GroupBy(t => t).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count():N0}"));

        private static void Widen(StepSpan step, long start, long end)
        {
            step.Start = Math.Min(step.Start, start);
            step.End = Math.Max(step.End, end);
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

            if (collectives.Count > 0)
            {
                _builder.Note(string.Create(c,
                    $"{collectives.Count:N0} collective op event(s) ({CountByType(collectives)}) are ops of kind Other, sized by the tensor their shape stat describes: one worker's profile shows neither its peers nor the bytes on the wire."));
            }

            if (local.Count > 0)
            {
                _builder.Note(string.Create(c,
                    $"{local.Count:N0} send/receive op event(s) ({CountByType(local)}) name no device of another task: they move tensors within the host and are ops of kind Other, not network transfers."));
            }

            foreach (var host in hosts)
            {
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
    }
}
