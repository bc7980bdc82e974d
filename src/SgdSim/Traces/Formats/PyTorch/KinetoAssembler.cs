using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SgdSim.Traces.PyTorch;

/// <summary>
/// Turns the parsed files of one profiled job (one file per process) into a <see cref="Trace"/>: one node per file,
/// the operators a thread ran at the outermost level as its ops (an operator stands for the operators nested in it;
/// annotations that only group operators are not ops), GPU kernels and copies on their streams, flow arrows as
/// inputs, steps from the <c>ProfilerStep#N</c> spans, and the parameter-server spans of <see cref="PsSpan"/> as
/// transfers, updates and reads.
/// </summary>
internal sealed class KinetoAssembler(TraceBuilder builder, string source)
{
    private const string NetworkLane = "network";

    private readonly List<Op> _ops = [];
    private readonly OpLinks _links = new();
    private readonly List<(long Number, long Start, long End)> _stepSpans = [];
    private readonly List<int> _pullsWithoutUse = [];
    private readonly ImportNotes _notes = new(builder);
    private int _collectives;
    private long _collectiveBytes;
    private readonly SortedSet<string> _collectiveTypes = new(StringComparer.Ordinal);

    // Kernel names are interned, so their short forms are computed once per distinct kernel.
    private readonly Dictionary<string, string> _shortKernelNames = new(ReferenceEqualityComparer.Instance);

    /// <summary>A kept op before it is named and emitted.</summary>
    private sealed class Op
    {
        public required string BaseName;
        public required string Type;
        public required OpKind Kind;
        public required int Node;
        public required int Device;
        public required int Lane;
        public required long Start;
        public long End;
        public long? Bytes;
        public string? Tensor;
        public string? Parameter;
        public int SourceNode = -1;
        public int DestinationNode = -1;
        public bool OnGpu;
        public bool IsCollective;

        /// <summary>Part of a PS span, which stands for it: not an op of its own.</summary>
        public bool Hidden;
        public int Step = -1;
        public string? Name;
    }

    /// <summary>The per-file facts the assembly needs after the first pass.</summary>
    private sealed class Process
    {
        public required KinetoFile File;
        public required int Node;
        public required NodeRole Role;
        public required long OffsetNs;
        public required bool HasClock;
        public required int CpuDevice;
        public readonly Dictionary<long, int> GpuDevices = [];

        /// <summary>Kept ops (by index in the op list) per lane (index in the file's lanes), sorted by start.</summary>
        public readonly Dictionary<int, List<int>> LaneOps = [];

        /// <summary>For a kept op hidden inside a PS span, the span's op.</summary>
        public readonly Dictionary<int, int> HiddenBy = [];

        public readonly List<(PsSpan Span, KinetoSlice Slice, int Op)> Spans = [];

        /// <summary>The op count at which the file is refused: <see cref="TraceLimits.MaxOpsPerStep"/> per step
        /// span it holds, beyond the ops of the files before it.</summary>
        public long OpLimit;
    }

    public Trace Assemble(IReadOnlyList<KinetoFile> files)
    {
        var processes = new List<Process>();
        foreach (var file in files)
        {
            processes.Add(Register(file, files.Count));
        }

        var psNodes = processes.Where(p => p.Role == NodeRole.ParameterServer).Select(p => p.Node).ToList();
        var holders = ParameterHolders(processes);
        foreach (var process in processes)
        {
            CollectOps(process);

            // Every event is an op, part of one, or a span copied aside by now: the raw events can go.
            process.File.Slices.Clear();
        }

        foreach (var process in processes)
        {
            AddSpanOps(process, psNodes, holders);
        }

        foreach (var process in processes)
        {
            AddFlows(process);
            process.File.Flows.Clear();
        }

        var steps = StepWindows();
        AssignSteps(steps);
        LinkSpans(processes);
        foreach (var process in processes)
        {
            process.LaneOps.Clear();
        }

        Emit(steps.Count);
        Notes(processes, files.Count);
        return builder.Build();
    }

    // ------------------------------------------------------------------ nodes, devices, clocks

    private Process Register(KinetoFile file, int fileCount)
    {
        var roles = new List<PsSpan>();
        long? clockOffset = null;
        var hasPsSpans = false;
        foreach (ref var slice in file.Slices)
        {
            if (!PsSpan.IsConventionName(slice.Name))
            {
                continue;
            }

            var span = ParseSpan(file.Path, slice.Name);
            if (span.Kind == PsSpanKind.Role)
            {
                roles.Add(span);
            }
            else if (span.Kind is PsSpanKind.Apply or PsSpanKind.Serve)
            {
                hasPsSpans = true;
            }
            else if (span.Kind == PsSpanKind.Clock)
            {
                // The span opened after the clock was read: the largest difference is the closest estimate.
                var offset = span.Bytes - slice.StartNs;
                clockOffset = clockOffset is null ? offset : Math.Max(clockOffset.Value, offset);
            }
        }

        if (roles.Select(r => (r.Role, r.Bytes)).Distinct().Count() > 1)
        {
            throw new InvalidTraceException(file.Path, $"declares more than one role: {string.Join(", ", roles.Select(RoleName).Distinct())}.");
        }

        if (clockOffset is null && !file.IsKinetoObject && fileCount > 1)
        {
            throw new InvalidTraceException(file.Path,
                "has times relative to its profiler's start (the autograd profiler's export) and no sgdsim.clock/<ns> span, so it cannot be put on one clock with the other files (with a torch.profiler schedule, open it in every step: a span opened before the schedule is active is not recorded).");
        }

        NodeRole role;
        string nodeName;
        int taskIndex;
        if (roles.Count > 0)
        {
            (role, taskIndex, nodeName) = (roles[0].Role, (int)roles[0].Bytes, RoleName(roles[0]));
        }
        else if (hasPsSpans)
        {
            // Only a PS applies or serves parameters.
            taskIndex = builder.Nodes.Count(n => n.Role == NodeRole.ParameterServer);
            (role, nodeName) = (NodeRole.ParameterServer, $"ps:{taskIndex}");
        }
        else if (file.Rank is { } rank)
        {
            (role, taskIndex, nodeName) = (NodeRole.Worker, rank, $"rank:{rank}");
        }
        else
        {
            var pid = file.Lanes.Count > 0 ? file.Lanes[file.Slices.Count > 0 ? file.Slices[0].Lane : 0].Pid : 0;
            (role, taskIndex) = (NodeRole.Worker, 0);
            nodeName = pid >= 0 ? $"process:{pid}" : FileStem(file.Path);
        }

        if (builder.Nodes.Any(n => n.Name == nodeName))
        {
            throw new InvalidTraceException(file.Path, $"is {nodeName}, as another file of {source} is.");
        }

        var node = builder.Node(nodeName, role, taskIndex);
        return new Process
        {
            File = file,
            Node = node,
            Role = role,
            OffsetNs = clockOffset ?? file.BaseTimeNs,
            HasClock = clockOffset is not null,
            CpuDevice = builder.Device($"{nodeName}/CPU", node),
        };
    }

    private static string RoleName(PsSpan role) => role.Role == NodeRole.ParameterServer ? $"ps:{role.Bytes}" : $"worker:{role.Bytes}";

    private static string FileStem(string path)
    {
        var name = Path.GetFileName(path);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? name[..dot] : name;
    }

    private static PsSpan ParseSpan(string file, string name)
    {
        try
        {
            return PsSpan.Parse(name)!;
        }
        catch (FormatException e)
        {
            throw new InvalidTraceException(file, $"has a {e.Message}.", e);
        }
    }

    // Which PS holds a parameter: the one that serves or applies it; the only PS when there is one.
    private static Dictionary<string, int> ParameterHolders(List<Process> processes)
    {
        var holders = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var process in processes.Where(p => p.Role == NodeRole.ParameterServer))
        {
            foreach (var slice in process.File.Slices)
            {
                if (PsSpan.IsConventionName(slice.Name) && PsSpan.Parse(slice.Name) is { Kind: PsSpanKind.Apply or PsSpanKind.Serve } span)
                {
                    holders.TryAdd(span.Parameters[0], process.Node);
                }
            }
        }

        return holders;
    }

    // ------------------------------------------------------------------ ops

    private enum SliceClass : byte
    {
        Ignored,
        Step,
        Span,
        GpuOp,
        Container,
        Op,
    }

    private static SliceClass Classify(in KinetoSlice slice)
    {
        if (slice.Category is KinetoCategory.Other or KinetoCategory.GpuUserAnnotation)
        {
            return SliceClass.Ignored;
        }

        if (slice.Name.StartsWith(KinetoNames.StepPrefix, StringComparison.Ordinal))
        {
            return SliceClass.Step;
        }

        if (PsSpan.IsConventionName(slice.Name))
        {
            return SliceClass.Span;
        }

        return slice.Category switch
        {
            KinetoCategory.Kernel or KinetoCategory.GpuMemcpy or KinetoCategory.GpuMemset => SliceClass.GpuOp,
            KinetoCategory.UserAnnotation when !KinetoNames.IsCollective(slice.Name) => SliceClass.Container,
            KinetoCategory.PythonFunction => SliceClass.Container,
            _ => SliceClass.Op,
        };
    }

    // Runs once per file with loops over every event: compile it fully at once rather than tier it up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CountStepSpans(KinetoFile file)
    {
        var count = 0;
        foreach (ref var slice in file.Slices)
        {
            if (Classify(slice) == SliceClass.Step && ++count > TraceLimits.MaxSteps)
            {
                throw TraceLimits.TooManySteps(file.Path);
            }
        }

        return count;
    }

    private void CollectOps(Process process)
    {
        var file = process.File;
        process.OpLimit = _ops.Count + (long)TraceLimits.MaxOpsPerStep * Math.Max(1, CountStepSpans(file));
        var byLane = SortSlices(process);
        var stack = new List<(long End, int Owner)>();
        foreach (var (key, indexes) in byLane)
        {
            // Outer events first: by start, then the longer one. Sorted in place through a struct comparer: a side
            // array of keys would cost 24 bytes per event at the import's peak.
            CollectionsMarshal.AsSpan(indexes).Sort(new OuterFirst(file.Slices));
            KeepOutermost(process, key, indexes, stack);
        }
    }

    // Step spans and PS spans are set aside, GPU ops kept at once; a thread's other events are grouped by lane.
    // A loop over every event: compiled fully at once rather than tiered up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Dictionary<int, List<int>> SortSlices(Process process)
    {
        var slices = process.File.Slices;
        var byLane = new Dictionary<int, List<int>>();
        for (var i = 0; i < slices.Count; i++)
        {
            var slice = slices[i];
            switch (Classify(slice))
            {
                case SliceClass.Step when KinetoNames.StepNumber(slice.Name) is { } number:
                    _stepSpans.Add((number, slice.StartNs + process.OffsetNs, slice.EndNs + process.OffsetNs));
                    break;
                case SliceClass.Span:
                    var span = PsSpan.Parse(slice.Name)!;
                    if (span.Kind is not (PsSpanKind.Role or PsSpanKind.Clock))
                    {
                        process.Spans.Add((span, slice, -1));
                    }

                    break;
                case SliceClass.GpuOp:
                    AddGpuOp(process, slice);
                    break;
                case SliceClass.Container or SliceClass.Op:
                    var key = slice.Lane;
                    if (!byLane.TryGetValue(key, out var list))
                    {
                        byLane[key] = list = [];
                    }

                    list.Add(i);
                    break;
            }
        }

        return byLane;
    }

    // The nesting pass over one thread's events, outer ones first: an event inside a kept op is part of it (a
    // collective inside an operator excepted), a container stands for nothing, any other outermost event is an op.
    // A loop over every event of the thread: compiled fully at once rather than tiered up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void KeepOutermost(Process process, int key, List<int> indexes, List<(long End, int Owner)> stack)
    {
        var file = process.File;
        var slices = file.Slices;
        var lane = builder.Lane(process.CpuDevice, ThreadLaneName(file, key));
        var kept = new List<int>();
        process.LaneOps[key] = kept;
        stack.Clear();
        foreach (var i in indexes)
        {
            var slice = slices[i];
            while (stack.Count > 0 && stack[^1].End <= slice.StartNs)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            if (stack.Count >= TraceLimits.MaxNesting)
            {
                throw TraceLimits.TooDeep(file.Path, ThreadLaneName(file, key));
            }

            var owner = stack.Count > 0 ? stack[^1].Owner : -1;
            if (owner >= 0 && !_ops[owner].IsCollective && IsCollective(slice))
            {
                // A collective called from inside an operator (DDP's all-reduce from an autograd hook) is an op
                // of its own, on a lane beside its thread's: it is what a data-parallel step is made of.
                var comms = builder.Lane(process.CpuDevice, ThreadLaneName(file, key) + " collectives");
                stack.Add((slice.EndNs, _ops.Count));
                AddOp(process, NewOp(process, slice, comms));
                continue;
            }

            if (owner >= 0)
            {
                // Inside a kept op: it stands for this one; a collective learns its name and size from its parts.
                if (IsCollective(slice))
                {
                    MergeCollective(file, _ops[owner], slice);
                }

                stack.Add((slice.EndNs, owner));
                continue;
            }

            if (Classify(slice) == SliceClass.Container)
            {
                stack.Add((slice.EndNs, -1));
                continue;
            }

            var op = NewOp(process, slice, lane);
            stack.Add((slice.EndNs, _ops.Count));
            kept.Add(_ops.Count);
            AddOp(process, op);
        }
    }

    /// <summary>Adds an op of <paramref name="process"/>'s raw events, refusing the file once it holds more ops
    /// than <see cref="TraceLimits.MaxOpsPerStep"/> per step span: the step would be refused later anyway, and
    /// millions of ops cost gigabytes before it could be.</summary>
    private void AddOp(Process process, Op op)
    {
        if (_ops.Count >= process.OpLimit)
        {
            throw new InvalidTraceException(process.File.Path,
                $"holds more than {TraceLimits.MaxOpsPerStep:N0} ops per ProfilerStep span, the most one step may (a step of the largest models holds tens of thousands); profile a few steps of the job, each in its own ProfilerStep.");
        }

        _ops.Add(op);
    }

    /// <summary>Orders a lane's events by start, the longer of two that start together first, then by position in
    /// the file: the order in which enclosing events come before what they enclose.</summary>
    private readonly struct OuterFirst(ChunkedList<KinetoSlice> slices) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            ref var a = ref slices[x];
            ref var b = ref slices[y];
            var byStart = a.StartNs.CompareTo(b.StartNs);
            if (byStart != 0)
            {
                return byStart;
            }

            var byLength = b.DurationNs.CompareTo(a.DurationNs);
            return byLength != 0 ? byLength : x.CompareTo(y);
        }
    }

    private static string ThreadLaneName(KinetoFile file, int lane) =>
        file.ThreadNames.TryGetValue(file.Lanes[lane], out var name) ? name : $"thread {file.Lanes[lane].Tid.ToString(CultureInfo.InvariantCulture)}";

    private static bool IsCollective(in KinetoSlice slice) => slice.Collective >= 0;

    private Op NewOp(Process process, in KinetoSlice slice, int lane)
    {
        var collective = IsCollective(slice);
        var kind = collective || slice.Category == KinetoCategory.CudaRuntime || process.Role != NodeRole.Worker ? OpKind.Other : OpKind.Compute;
        return new Op
        {
            BaseName = slice.Name,
            Type = collective ? builder.Intern(KinetoNames.CollectiveType(slice.Name, process.File.Collectives[slice.Collective].Name)) : slice.Name,
            Kind = kind,
            Node = process.Node,
            Device = process.CpuDevice,
            Lane = lane,
            Start = slice.StartNs + process.OffsetNs,
            End = slice.EndNs + process.OffsetNs,
            Bytes = collective && process.File.Collectives[slice.Collective].Bytes is >= 0 and var bytes ? bytes : null,
            IsCollective = collective,
        };
    }

    private void MergeCollective(KinetoFile file, Op owner, in KinetoSlice part)
    {
        if (!owner.IsCollective)
        {
            return;
        }

        if (owner.BaseName == "record_param_comms" && part.Name != "record_param_comms")
        {
            // The process group's span names the collective better than the generic wrapper does.
            owner.BaseName = part.Name;
            owner.Type = builder.Intern(KinetoNames.CollectiveType(part.Name, file.Collectives[part.Collective].Name));
        }

        owner.Bytes ??= file.Collectives[part.Collective].Bytes is >= 0 and var bytes ? bytes : null;
    }

    private void AddGpuOp(Process process, in KinetoSlice slice)
    {
        var (pid, tid) = process.File.Lanes[slice.Lane];
        if (!process.GpuDevices.TryGetValue(pid, out var device))
        {
            var nodeName = builder.Nodes[process.Node].Name;
            device = builder.Device($"{nodeName}/GPU:{pid.ToString(CultureInfo.InvariantCulture)}", process.Node);
            process.GpuDevices[pid] = device;
        }

        var key = slice.Lane;
        if (!process.LaneOps.TryGetValue(key, out var kept))
        {
            process.LaneOps[key] = kept = [];
        }

        var (type, kind) = slice.Category switch
        {
            KinetoCategory.GpuMemcpy => ("memcpy", OpKind.Compute),
            KinetoCategory.GpuMemset => ("memset", OpKind.Compute),
            _ when KinetoNames.IsCollectiveKernel(slice.Name) => ("kernel", OpKind.Other),
            _ => ("kernel", OpKind.Compute),
        };
        kept.Add(_ops.Count);
        AddOp(process, new Op
        {
            BaseName = slice.Category == KinetoCategory.Kernel ? ShortKernelName(slice.Name) : slice.Name,
            Type = type,
            Kind = process.Role == NodeRole.Worker ? kind : OpKind.Other,
            Node = process.Node,
            Device = device,
            Lane = builder.Lane(device, $"stream {tid.ToString(CultureInfo.InvariantCulture)}"),
            Start = slice.StartNs + process.OffsetNs,
            End = slice.EndNs + process.OffsetNs,
            Bytes = null,
            OnGpu = true,
        });
    }

    private string ShortKernelName(string name)
    {
        if (!_shortKernelNames.TryGetValue(name, out var shortName))
        {
            shortName = builder.Intern(KinetoNames.ShortKernelName(name));
            _shortKernelNames.Add(name, shortName);
        }

        return shortName;
    }

    // ------------------------------------------------------------------ parameter-server spans

    private void AddSpanOps(Process process, List<int> psNodes, Dictionary<string, int> holders)
    {
        foreach (var list in process.LaneOps.Values)
        {
            SortByStart(list);
        }

        var nodeName = builder.Nodes[process.Node].Name;
        for (var s = 0; s < process.Spans.Count; s++)
        {
            var (span, slice, _) = process.Spans[s];
            var only = span.Kind switch
            {
                PsSpanKind.Pull or PsSpanKind.Push or PsSpanKind.Use when process.Role != NodeRole.Worker => "a worker",
                PsSpanKind.Apply or PsSpanKind.Serve when process.Role != NodeRole.ParameterServer => "a PS",
                _ => null,
            };
            if (only is not null)
            {
                throw new InvalidTraceException(process.File.Path, $"has a span '{slice.Name}', which only {only} may have, on {nodeName}.");
            }

            var op = span.Kind switch
            {
                PsSpanKind.Pull or PsSpanKind.Push => TransferOp(process, span, slice, PsOf(span, nodeName, psNodes, holders)),
                PsSpanKind.Apply or PsSpanKind.Serve => ServerOp(process, span, slice),
                _ => null,
            };

            if (op is not null)
            {
                process.Spans[s] = (span, slice, _ops.Count);
                _ops.Add(op);
            }
        }

        HideInsideSpans(process);
    }

    // The PS a pull or push goes to: the one holding its parameter, else the only one (or one the worker implies).
    private int PsOf(PsSpan span, string nodeName, List<int> psNodes, Dictionary<string, int> holders)
    {
        var parameter = span.Parameters.Count == 1 ? span.Parameters[0] : null;
        return holders.TryGetValue(parameter!, out var holder) ? holder
            : psNodes.Count == 1 ? psNodes[0]
            : psNodes.Count == 0 ? ImplicitPs(psNodes)
            : throw new InvalidTraceException(source, $"has several PS traces but none serves or applies parameter '{parameter}', which {nodeName} pulls or pushes.");
    }

    private Op TransferOp(Process process, PsSpan span, in KinetoSlice slice, int ps)
    {
        var parameter = span.Parameters.Count == 1 ? span.Parameters[0] : null;
        var pull = span.Kind == PsSpanKind.Pull;
        var receiver = pull ? process.Node : ps;
        // A transfer belongs to its receiving node, as TensorFlow's RecvTensor does.
        var device = pull ? process.CpuDevice : builder.Devices.Select((d, i) => (d, i)).First(x => x.d.Node == ps).i;
        return new Op
        {
            BaseName = $"{PsSpan.Prefix}{(pull ? "pull" : "push")}/{parameter}",
            Type = pull ? "pull" : "push",
            Kind = pull ? OpKind.ParameterTransfer : OpKind.GradientTransfer,
            Node = receiver,
            Device = device,
            Lane = builder.Lane(device, NetworkLane, concurrent: true),
            Start = slice.StartNs + process.OffsetNs,
            End = slice.EndNs + process.OffsetNs,
            Bytes = span.Bytes,
            Tensor = pull ? parameter : parameter + ".grad",
            Parameter = parameter,
            SourceNode = pull ? ps : process.Node,
            DestinationNode = receiver,
        };
    }

    private Op ServerOp(Process process, PsSpan span, in KinetoSlice slice)
    {
        var parameter = span.Parameters.Count == 1 ? span.Parameters[0] : null;
        var apply = span.Kind == PsSpanKind.Apply;
        return new Op
        {
            BaseName = $"{PsSpan.Prefix}{(apply ? "apply" : "serve")}/{parameter}",
            Type = apply ? "apply" : "serve",
            Kind = apply ? OpKind.Update : OpKind.Other,
            Node = process.Node,
            Device = process.CpuDevice,
            Lane = builder.Lane(process.CpuDevice, ThreadLaneName(process.File, slice.Lane)),
            Start = slice.StartNs + process.OffsetNs,
            End = slice.EndNs + process.OffsetNs,
            Parameter = parameter,
        };
    }

    private void SortByStart(List<int> ops)
    {
        // A thread's ops come out of the nesting pass in order, a stream's kernels mostly in the file's order.
        var sorted = true;
        for (var k = 1; k < ops.Count && sorted; k++)
        {
            sorted = _ops[ops[k - 1]].Start <= _ops[ops[k]].Start;
        }

        if (sorted)
        {
            return;
        }

        var keys = new (long Start, int Index)[ops.Count];
        for (var k = 0; k < keys.Length; k++)
        {
            keys[k] = (_ops[ops[k]].Start, ops[k]);
        }

        Array.Sort(keys);
        for (var k = 0; k < keys.Length; k++)
        {
            ops[k] = keys[k].Index;
        }
    }

    private int ImplicitPs(List<int> psNodes)
    {
        // The worker's spans name transfers to a PS whose own trace is not in the folder: it still is their other end.
        var node = builder.Node("ps:0", NodeRole.ParameterServer, 0);
        builder.Device("ps:0/CPU", node);
        psNodes.Add(node);
        _notes.Add("The folder holds no PS trace; the PS ps:0 is known only from the worker's sgdsim.pull and sgdsim.push spans, so no update is shown.");
        return node;
    }

    // An op that starts inside a pull, push, serve or apply span on its thread is part of it: the span stands for it.
    private void HideInsideSpans(Process process)
    {
        foreach (var group in process.Spans.Where(s => s.Op >= 0).GroupBy(s => s.Slice.Lane))
        {
            if (!process.LaneOps.TryGetValue(group.Key, out var kept))
            {
                continue;
            }

            var spans = group.OrderBy(s => s.Slice.StartNs).ToArray();
            var next = 0;
            var coverEnd = long.MinValue;
            var coverOp = -1;
            foreach (var k in kept)
            {
                var start = _ops[k].Start;
                while (next < spans.Length && _ops[spans[next].Op].Start <= start)
                {
                    var spanEnd = spans[next].Slice.EndNs + process.OffsetNs;
                    if (spanEnd > coverEnd)
                    {
                        (coverEnd, coverOp) = (spanEnd, spans[next].Op);
                    }

                    next++;
                }

                if (start < coverEnd)
                {
                    process.HiddenBy[k] = coverOp;
                    _ops[k].Hidden = true;
                }
            }

        }
    }

    // ------------------------------------------------------------------ flows

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddFlows(Process process)
    {
        var arrows = new FlowArrows<(KinetoCategory, long)>();
        foreach (var end in process.File.Flows)
        {
            if (end.IsStart)
            {
                arrows.Tail((end.Category, end.Id), Visible(process, OpAt(process, end)));
            }
        }

        foreach (var end in process.File.Flows)
        {
            if (!end.IsStart && arrows.TryTail((end.Category, end.Id), out var from))
            {
                FlowArrows<(KinetoCategory, long)>.Link(from, Visible(process, OpAt(process, end)), _links);
            }
        }
    }

    private static int Visible(Process process, int op) => op >= 0 && process.HiddenBy.TryGetValue(op, out var span) ? span : op;

    // The kept op running on the flow end's thread or stream at its time (the outermost op around it).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int OpAt(Process process, in KinetoFlowEnd end)
    {
        if (!process.LaneOps.TryGetValue(end.Lane, out var kept) || kept.Count == 0)
        {
            return -1;
        }

        var ts = end.TsNs + process.OffsetNs;
        int lo = 0, hi = kept.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_ops[kept[mid]].Start <= ts)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0 || _ops[kept[found]].End < ts)
        {
            return -1;
        }

        return kept[found];
    }

    // ------------------------------------------------------------------ steps

    private StepWindows<long> StepWindows()
    {
        if (_stepSpans.Count == 0)
        {
            throw new InvalidTraceException(source,
                "has no ProfilerStep#N spans, so its training steps are unknown; profile with a torch.profiler schedule and call prof.step() after every step.");
        }

        // The same step number in several files (workers) is one step, from its earliest start to its latest end.
        var windows = new StepWindows<long>();
        foreach (var (number, start, end) in _stepSpans)
        {
            windows.Mark(number, start, end);
        }

        windows.Order();
        return windows;
    }

    // A step runs from its span's start to the next step's start (the last: to its span's end); a GPU op belongs to
    // the step of the op that launched it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AssignSteps(StepWindows<long> steps)
    {
        foreach (var op in _ops)
        {
            if (!op.OnGpu && !op.Hidden)
            {
                op.Step = steps.RunningAt(op.Start);
            }
        }

        foreach (var (target, from) in _links.All)
        {
            var op = _ops[target];
            if (op.OnGpu && op.Step < 0 && !_ops[from].OnGpu)
            {
                op.Step = _ops[from].Step;
            }
        }

        foreach (var op in _ops)
        {
            if (op.OnGpu && op.Step < 0 && !op.Hidden)
            {
                op.Step = steps.RunningAt(op.Start);
            }
        }
    }

    // Inputs the PS spans imply: pull ← serve, first op of a use span ← pulls, apply ← push, a transfer ← the op its
    // thread ran just before it.
    private void LinkSpans(List<Process> processes)
    {
        var byStepAndName = new Dictionary<(int Step, int Node, string Name), int>();
        foreach (var process in processes)
        {
            foreach (var (_, _, op) in process.Spans)
            {
                if (op >= 0 && _ops[op].Step >= 0)
                {
                    byStepAndName.TryAdd((_ops[op].Step, _ops[op].Node, _ops[op].BaseName), op);
                }
            }
        }

        var used = new HashSet<int>();
        foreach (var process in processes)
        {
            foreach (var (span, slice, op) in process.Spans)
            {
                if (span.Kind == PsSpanKind.Use)
                {
                    LinkUse(process, span, slice, byStepAndName, used);
                    continue;
                }

                if (op < 0 || _ops[op].Step < 0)
                {
                    continue;
                }

                var o = _ops[op];
                switch (span.Kind)
                {
                    case PsSpanKind.Pull:
                        if (byStepAndName.TryGetValue((o.Step, o.SourceNode, $"{PsSpan.Prefix}serve/{o.Parameter}"), out var serve))
                        {
                            _links.Add(op, serve);
                        }

                        LinkProgramOrder(process, slice, op);
                        break;
                    case PsSpanKind.Push:
                        LinkProgramOrder(process, slice, op);
                        break;
                    case PsSpanKind.Apply:
                        if (byStepAndName.TryGetValue((o.Step, o.Node, $"{PsSpan.Prefix}push/{o.Parameter}"), out var push))
                        {
                            _links.Add(op, push);
                            var p = _ops[push];
                            // The worker's span lasts until the PS acknowledges; the gradient had arrived when the
                            // update started.
                            if (p.Start <= o.Start && o.Start < p.End)
                            {
                                p.End = o.Start;
                            }
                        }

                        break;
                }
            }
        }

        foreach (var process in processes)
        {
            foreach (var (span, slice, op) in process.Spans)
            {
                if (span.Kind == PsSpanKind.Pull && op >= 0 && _ops[op].Step >= 0 && !used.Contains(op))
                {
                    // No use span names the parameter: the first op its thread starts after the value arrived reads it.
                    var reader = FirstOpFrom(process, slice.Lane, _ops[op].End, _ops[op].Step);
                    if (reader >= 0)
                    {
                        _links.Add(reader, op);
                        _pullsWithoutUse.Add(op);
                    }
                }
            }
        }
    }

    private void LinkUse(Process process, PsSpan span, in KinetoSlice slice, Dictionary<(int, int, string), int> pulls, HashSet<int> used)
    {
        var first = FirstOpFrom(process, slice.Lane, slice.StartNs + process.OffsetNs, -2);
        if (first < 0 || _ops[first].Start >= slice.EndNs + process.OffsetNs || _ops[first].Step < 0)
        {
            return;
        }

        foreach (var parameter in span.Parameters)
        {
            if (pulls.TryGetValue((_ops[first].Step, process.Node, $"{PsSpan.Prefix}pull/{parameter}"), out var pull))
            {
                _links.Add(first, pull);
                used.Add(pull);
            }
        }
    }

    // The first kept op on a thread that starts at or after t (in the given step, or any step for -2).
    private int FirstOpFrom(Process process, int lane, long t, int step)
    {
        if (!process.LaneOps.TryGetValue(lane, out var kept))
        {
            return -1;
        }

        int lo = 0, hi = kept.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_ops[kept[mid]].Start < t) lo = mid + 1;
            else hi = mid;
        }

        while (lo < kept.Count && _ops[kept[lo]].Hidden)
        {
            lo++;
        }

        return lo < kept.Count && (step == -2 || _ops[kept[lo]].Step == step) ? kept[lo] : -1;
    }

    private void LinkProgramOrder(Process process, in KinetoSlice slice, int op)
    {
        if (!process.LaneOps.TryGetValue(slice.Lane, out var kept))
        {
            return;
        }

        var start = _ops[op].Start;
        int lo = 0, hi = kept.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_ops[kept[mid]].Start < start) lo = mid + 1;
            else hi = mid;
        }

        // Ops before the span on its thread, latest first: the first one that had ended when the span began.
        for (var k = lo - 1; k >= 0 && k >= lo - 64; k--)
        {
            var before = _ops[kept[k]];
            if (!before.Hidden && before.End <= start)
            {
                if (before.Step == _ops[op].Step)
                {
                    _links.Add(op, kept[k]);
                }

                return;
            }
        }
    }

    // ------------------------------------------------------------------ output

    // Runs once per trace with loops over every op: compile it fully at once rather than tier it up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Emit(int stepCount)
    {
        var perStep = OpsByStep(stepCount);
        var sources = _links.Freeze(_ops.Count);
        var names = new RepeatNames<string>(builder);
        var inputs = new List<string>();
        for (var k = 0; k < stepCount; k++)
        {
            var ops = perStep[k];
            SortByStart(ops);

            // Names repeat within a step (every aten::addmm): the n-th one is "name#n", the same in every step.
            names.NextStep();
            foreach (var i in ops)
            {
                _ops[i].Name = names.Name(_ops[i].BaseName, _ops[i].BaseName);
            }

            builder.BeginStep(null, ops.Count);
            foreach (var i in ops)
            {
                inputs.Clear();
                foreach (var from in sources.Of(i))
                {
                    // An input of an earlier step was emitted, and let go, with that step: only this step's count.
                    if (_ops[from] is { } source && source.Step == k && source.Name is { } name && !inputs.Contains(name))
                    {
                        inputs.Add(name);
                    }
                }

                EmitOp(_ops[i], inputs);
            }

            builder.EndStep();

            // The step's ops are in the model now; what is left of them is garbage.
            foreach (var i in ops)
            {
                _ops[i] = null!;
            }

            perStep[k] = null!;
        }
    }

    // The ops of each step; those of no step are let go (and counted, unless a span stood for them).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<int>[] OpsByStep(int stepCount)
    {
        var perStep = new List<int>[stepCount];
        for (var k = 0; k < stepCount; k++)
        {
            perStep[k] = [];
        }

        var dropped = 0;
        for (var i = 0; i < _ops.Count; i++)
        {
            if (_ops[i].Step >= 0)
            {
                perStep[_ops[i].Step].Add(i);
            }
            else
            {
                dropped += _ops[i].Hidden ? 0 : 1;
                _ops[i] = null!;
            }
        }

        _notes.LeftOut(dropped, "op", "ran outside every ProfilerStep");
        return perStep;
    }

    private void EmitOp(Op op, List<string> inputs)
    {
        builder.Op(new TraceOp
        {
            Name = op.Name!,
            Type = op.Type,
            Kind = op.Kind,
            Node = op.Node,
            Device = op.Device,
            Lane = op.Lane,
            StartNs = op.Start,
            EndNs = op.End,
            Bytes = op.Bytes,
            Tensor = op.Tensor is null ? null : builder.Intern(op.Tensor),
            Parameter = op.Parameter is null ? null : builder.Intern(op.Parameter),
            SourceNode = op.SourceNode,
            DestinationNode = op.DestinationNode,
            Inputs = inputs.Count == 0 ? [] : inputs.ToArray(),
        });

        switch (op.Kind)
        {
            case OpKind.ParameterTransfer or OpKind.GradientTransfer:
                builder.Parameter(op.Parameter!, op.Bytes, op.Kind == OpKind.ParameterTransfer ? op.SourceNode : op.DestinationNode, null);
                break;
            case OpKind.Update:
                builder.Parameter(op.Parameter!, null, op.Node, op.Name);
                break;
        }

        if (op.IsCollective && op.Bytes is { } bytes)
        {
            _collectives++;
            _collectiveBytes += bytes;
            _collectiveTypes.Add(op.Type);
        }
    }

    private void Notes(List<Process> processes, int fileCount)
    {
        foreach (var process in processes)
        {
            var file = process.File;
            if (file.Rank is { } rank)
            {
                _notes.Add($"{Path.GetFileName(file.Path)} is rank {rank} of a {file.WorldSize?.ToString(CultureInfo.InvariantCulture) ?? "?"}-rank {file.Backend ?? "?"} job (distributedInfo).");
            }

            if (!file.IsKinetoObject && fileCount == 1 && !process.HasClock)
            {
                _notes.Add("The trace's times count from the profiler's start (the autograd profiler's export), not from the Unix epoch.");
            }
        }

        if (_collectives > 0 && builder.StepCount > 0)
        {
            var perStep = (double)_collectives / builder.StepCount;
            _notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{perStep:0.#} collectives per step ({string.Join(", ", _collectiveTypes)}) move {_collectiveBytes / builder.StepCount:N0} bytes per step; they are shown as other ops, not as transfers between nodes: SgdSim predicts parameter-server jobs."));
        }

        if (_pullsWithoutUse.Count > 0)
        {
            _notes.Add("Some pulled parameters are named by no sgdsim.use span; each was taken to be read by the first op its thread started after it arrived.");
        }
    }
}
