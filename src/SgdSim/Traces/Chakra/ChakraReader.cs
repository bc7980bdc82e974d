using System.Globalization;
using System.Runtime.InteropServices;
using Google.Protobuf.Reflection;
using SgdSim.Traces.Chakra.Wire;

namespace SgdSim.Traces.Chakra;

/// <summary>
/// Reads MLCommons Chakra execution traces (<c>.et</c>): one file per rank, or a folder of <c>name.&lt;rank&gt;.et</c>
/// files forming one job. Each rank is a node of the trace and the whole graph is one step. Compute, memory and
/// collective nodes become ops of their rank; a send and the receive it pairs with (same ranks, same
/// <c>comm_tag</c>, in order) become one transfer, logged at the receiver as TensorFlow logs one. Data dependencies
/// are inputs; control dependencies are too, unless they are not a dependency order (they name missing nodes or
/// the node itself, or close a cycle, as PyTorch-derived traces' parent links do). Without start times, ops are
/// scheduled as soon as their dependencies end.
/// </summary>
public static class ChakraReader
{
    /// <summary>The format name this reader reports.</summary>
    public const string FormatName = "chakra-et";

    private const long Absent = long.MinValue;

    /// <summary>Reads a file or a folder of per-rank files into a one-step trace.</summary>
    /// <exception cref="InvalidTraceException">A file is not a Chakra trace, or its graph is broken (a dependency on
    /// a node that does not exist, a cycle, a send without a destination, a node without a type).</exception>
    public static Trace Read(string path)
    {
        var files = TraceFiles.List(path, static f => f.EndsWith(".et", StringComparison.OrdinalIgnoreCase));
        var ranks = RankFiles(path, files);
        // Files parse independently, on all cores; the first bad one in rank order is the one reported.
        var parsed = new RankFile[ranks.Count];
        var errors = new InvalidTraceException?[ranks.Count];
        Parallel.For(0, ranks.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            try
            {
                parsed[i] = Parse(ranks[i].File, ranks[i].Rank);
            }
            catch (InvalidTraceException e)
            {
                errors[i] = e;
            }
        });

        return errors.FirstOrDefault(e => e is not null) is { } first ? throw first : new Assembler(path, parsed).Build();
    }

    private static List<(string File, long Rank)> RankFiles(string path, IReadOnlyList<string> files)
    {
        // name.<rank>.et, or name-rank3.et: the digits that end the name. Without them, files are ranked in name order.
        var ranked = files.Select(f => (File: f, Rank: TrailingNumber(Path.GetFileName(f)))).ToList();
        if (ranked.Any(r => r.Rank < 0))
        {
            return files.Select((f, i) => (f, (long)i)).ToList();
        }

        var twice = ranked.GroupBy(r => r.Rank).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new InvalidTraceException(path,
                $"holds two files for rank {twice.Key}: {string.Join(" and ", twice.Select(t => Path.GetFileName(t.File)))}.");
        }

        return ranked.OrderBy(r => r.Rank).ToList();
    }

    private static long TrailingNumber(string fileName)
    {
        var stem = fileName.EndsWith(".et", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        var start = stem.Length;
        while (start > 0 && char.IsAsciiDigit(stem[start - 1]))
        {
            start--;
        }

        return start < stem.Length && stem.Length - start <= 9 ? long.Parse(stem[start..], CultureInfo.InvariantCulture) : -1;
    }

    /// <summary>One graph node as read, before ranks are joined; integers absent from the file are <see cref="Absent"/>.</summary>
    private struct RawNode
    {
        public ulong Id;
        public string Name;
        public NodeType Type;
        public ulong[] DataDeps;
        public ulong[] CtrlDeps;
        public ulong StartUs;
        public ulong DurationUs;
        public long CommSize;
        public long CommSrc;
        public long CommDst;
        public long CommTag;
        public long CommType;
        public long Tid;
        public long TensorSize;
        public long IsCpu;
        public string? Kind;
        public string? OpType;
        public string? Device;
        public string? Tensor;
        public string? Parameter;
    }

    private sealed class RankFile(string file, long rank)
    {
        public string File { get; } = file;
        public long Rank { get; } = rank;
        public string? NodeName { get; set; }
        public NodeRole Role { get; set; } = NodeRole.Worker;
        public int Task { get; set; } = -1;
        public List<RawNode> Nodes { get; } = [];
    }

    private static RankFile Parse(string file, long rank)
    {
        var result = new RankFile(file, rank);
        // Strings that repeat on every node (attribute values such as a device) are kept once per file.
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string s)
        {
            if (!strings.TryGetValue(s, out var shared))
            {
                strings.Add(s, s);
                shared = s;
            }

            return shared;
        }

        var metadata = ChakraStream.Read(file, node => result.Nodes.Add(Raw(node, Shared)));
        foreach (var a in metadata.Attr)
        {
            switch (a.Name)
            {
                case ChakraAttributes.NodeName:
                    result.NodeName = ChakraAttributes.Text(a);
                    break;
                case ChakraAttributes.NodeRole:
                    result.Role = ChakraAttributes.Text(a) switch { "ps" => NodeRole.ParameterServer, "worker" => NodeRole.Worker, _ => NodeRole.Other };
                    break;
                case ChakraAttributes.TaskIndex:
                    result.Task = (int)(ChakraAttributes.Integer(a) ?? -1);
                    break;
            }
        }

        return result;
    }

    private static RawNode Raw(Node node, Func<string, string> shared)
    {
        var raw = new RawNode
        {
            Id = node.Id,
            Name = node.Name,
            Type = node.Type,
            DataDeps = node.DataDeps.Count == 0 ? [] : node.DataDeps.ToArray(),
            CtrlDeps = node.CtrlDeps.Count == 0 ? [] : node.CtrlDeps.ToArray(),
            StartUs = node.StartTimeMicros,
            DurationUs = node.DurationMicros,
            CommSize = Absent,
            CommSrc = Absent,
            CommDst = Absent,
            CommTag = Absent,
            CommType = Absent,
            Tid = Absent,
            TensorSize = Absent,
            IsCpu = Absent,
        };
        foreach (var a in node.Attr)
        {
            switch (a.Name)
            {
                case ChakraAttributes.CommSize: raw.CommSize = ChakraAttributes.Integer(a) ?? Absent; break;
                case ChakraAttributes.CommSrc: raw.CommSrc = ChakraAttributes.Integer(a) ?? Absent; break;
                case ChakraAttributes.CommDst: raw.CommDst = ChakraAttributes.Integer(a) ?? Absent; break;
                case ChakraAttributes.CommTag: raw.CommTag = ChakraAttributes.Integer(a) ?? Absent; break;
                case ChakraAttributes.CommType: raw.CommType = ChakraAttributes.Integer(a) ?? Absent; break;
                case ChakraAttributes.Tid: raw.Tid = ChakraAttributes.Integer(a) ?? Absent; break;
                case ChakraAttributes.TensorSize: raw.TensorSize = ChakraAttributes.Integer(a) ?? Absent; break;
                case ChakraAttributes.IsCpuOp: raw.IsCpu = ChakraAttributes.Integer(a) ?? Absent; break;
                case ChakraAttributes.Kind: raw.Kind = Text(a); break;
                case ChakraAttributes.OpType: raw.OpType = Text(a); break;
                case ChakraAttributes.Device: raw.Device = Text(a); break;
                case ChakraAttributes.Tensor: raw.Tensor = Text(a); break;
                case ChakraAttributes.Parameter: raw.Parameter = Text(a); break;
            }
        }

        return raw;

        string? Text(AttributeProto a) => ChakraAttributes.Text(a) is { } s ? shared(s) : null;
    }

    /// <summary>Joins the ranks' graphs into one step: pairs sends with receives, resolves and checks dependencies,
    /// schedules ops without start times, and names them so that every input resolves to the op it means.</summary>
    private sealed class Assembler
    {
        private readonly string _path;
        private readonly RankFile[] _files;
        private readonly TraceBuilder _builder;
        private readonly int[] _offset;
        private readonly RawNode[] _ops;
        private readonly int[] _fileOf;
        private readonly int[] _dataCount;
        private readonly int[] _fileOrder;
        private readonly int[] _nodeOfFile;
        private readonly Dictionary<long, int> _nodeOfRank = [];
        private readonly List<long> _peerRanks = [];

        public Assembler(string path, RankFile[] files)
        {
            _path = path;
            _files = files;
            _builder = new TraceBuilder(FormatName, path);
            _offset = new int[files.Length + 1];
            for (var f = 0; f < files.Length; f++)
            {
                _offset[f + 1] = _offset[f] + files[f].Nodes.Count;
            }

            _ops = new RawNode[_offset[^1]];
            _fileOf = new int[_ops.Length];
            _dataCount = new int[_ops.Length];
            _fileOrder = new int[_ops.Length];
            _nodeOfFile = new int[files.Length];
            for (var f = 0; f < files.Length; f++)
            {
                CollectionsMarshal.AsSpan(files[f].Nodes).CopyTo(_ops.AsSpan(_offset[f]));
                _fileOf.AsSpan(_offset[f], files[f].Nodes.Count).Fill(f);
                files[f].Nodes.Clear();
                files[f].Nodes.TrimExcess();
                var name = files[f].NodeName ?? $"rank {files[f].Rank}";
                if (_builder.Nodes.Any(n => n.Name == name))
                {
                    throw new InvalidTraceException(files[f].File, $"names node '{name}', as another file of the trace does.");
                }

                _nodeOfFile[f] = _builder.Node(name, files[f].Role, files[f].Task >= 0 ? files[f].Task : (int)Math.Min(files[f].Rank, int.MaxValue));
                _nodeOfRank[files[f].Rank] = _nodeOfFile[f];
            }
        }

        public Trace Build()
        {
            for (var g = 0; g < _ops.Length; g++)
            {
                CheckFields(g);
            }

            var deps = Dependencies();
            var (unitOf, rep, partner) = PairTransfers();
            var unitDeps = UnitDependencies(deps, unitOf, rep, partner);
            var order = TopologicalOrder(unitDeps, rep);
            var (start, end) = Times(unitDeps, order, rep, partner);
            var node = new int[rep.Length];
            var source = new int[rep.Length];
            var destination = new int[rep.Length];
            for (var u = 0; u < rep.Length; u++)
            {
                Place(rep[u], out node[u], out source[u], out destination[u]);
            }

            var names = Names(unitDeps, rep, node, source);
            if (_peerRanks.Count > 0)
            {
                _builder.Note($"{Plural(_peerRanks.Count, "rank")} ({string.Join(", ", _peerRanks.Order().Select(r => r.ToString(CultureInfo.InvariantCulture)))}) " +
                              "appear only as peers of sends and receives: no file of theirs was read.");
            }

            _builder.BeginStep(_files.Length == 1 ? _files[0].File : null, rep.Length);
            var ops = new TraceOp[rep.Length];
            for (var u = 0; u < rep.Length; u++)
            {
                ops[u] = Op(u, rep[u], partner[u], node[u], source[u], destination[u], start[u], end[u], names, unitDeps[u]);
                _builder.Op(ops[u]);
            }

            _builder.EndStep();
            foreach (var op in ops)
            {
                AddParameter(op);
            }

            return _builder.Build();
        }

        private string FileOf(int g) => _files[_fileOf[g]].File;

        private string Describe(int g) => $"node {_ops[g].Id} ('{_ops[g].Name}')";

        private void CheckFields(int g)
        {
            ref var op = ref _ops[g];
            if (op.Type == NodeType.InvalidNode)
            {
                throw new InvalidTraceException(FileOf(g), $"{Describe(g)} has no type (field 3 is missing or INVALID_NODE).");
            }

            if (op.Type == NodeType.CommSendNode && op.CommDst == Absent)
            {
                throw new InvalidTraceException(FileOf(g), $"{Describe(g)} is a COMM_SEND_NODE without a {ChakraAttributes.CommDst} attribute, so its destination is unknown.");
            }

            if (op.StartUs > long.MaxValue / 1000 || op.DurationUs > long.MaxValue / 1000 - op.StartUs)
            {
                throw new InvalidTraceException(FileOf(g),
                    $"{Describe(g)} has a time that overflows 64-bit nanoseconds (start_time_micros={op.StartUs}, duration_micros={op.DurationUs}).");
            }
        }

        // Per op, the global indexes of the ops it depends on: data dependencies, then usable control dependencies.
        private int[][] Dependencies()
        {
            var deps = new int[_ops.Length][];
            for (var f = 0; f < _files.Length; f++)
            {
                var first = _offset[f];
                var count = _offset[f + 1] - first;
                var index = new Dictionary<ulong, int>(count);
                for (var i = 0; i < count; i++)
                {
                    if (!index.TryAdd(_ops[first + i].Id, first + i))
                    {
                        throw new InvalidTraceException(_files[f].File,
                            $"has two nodes with id {_ops[first + i].Id} ('{_ops[index[_ops[first + i].Id]].Name}' and '{_ops[first + i].Name}').");
                    }
                }

                var ignored = 0;
                var hasCtrl = false;
                for (var g = first; g < first + count; g++)
                {
                    ref var op = ref _ops[g];
                    var list = new List<int>(op.DataDeps.Length + op.CtrlDeps.Length);
                    foreach (var d in op.DataDeps)
                    {
                        if (!index.TryGetValue(d, out var target))
                        {
                            throw new InvalidTraceException(_files[f].File,
                                $"{Describe(g)} has a data dependency on node {d}, which is not in the file (a dangling dependency).");
                        }

                        if (target == g)
                        {
                            throw new InvalidTraceException(_files[f].File, $"{Describe(g)} has a data dependency on itself.");
                        }

                        list.Add(target);
                    }

                    var dataCount = list.Count;
                    foreach (var d in op.CtrlDeps)
                    {
                        if (index.TryGetValue(d, out var target) && target != g)
                        {
                            list.Add(target);
                            hasCtrl = true;
                        }
                        else
                        {
                            ignored++;
                        }
                    }

                    deps[g] = list.ToArray();
                    _dataCount[g] = dataCount;
                    op.DataDeps = op.CtrlDeps = [];
                }

                if (ignored > 0)
                {
                    _builder.Note($"{Path.GetFileName(_files[f].File)}: {Plural(ignored, "control dependency", "control dependencies")} " +
                                  "name a node not in the file or the node itself; they were ignored.");
                }

                var order = FileOrder(deps, first, count, out var example);
                if (hasCtrl && example is not null)
                {
                    for (var g = first; g < first + count; g++)
                    {
                        deps[g] = deps[g][.._dataCount[g]];
                    }

                    order = FileOrder(deps, first, count, out var cycle);
                    if (cycle is not null)
                    {
                        throw new InvalidTraceException(_files[f].File,
                            $"has a cycle of data dependencies: {string.Join(" → ", cycle.Select(Describe))}.");
                    }

                    _builder.Note($"{Path.GetFileName(_files[f].File)}: its control dependencies form cycles " +
                                  $"({string.Join(" → ", example.Take(4).Select(g => _ops[g].Id.ToString(CultureInfo.InvariantCulture)))}), so they are " +
                                  "not an execution order (PyTorch-derived traces store the caller of each op there); only data dependencies order its ops.");
                }
                else if (example is not null)
                {
                    throw new InvalidTraceException(_files[f].File,
                        $"has a cycle of data dependencies: {string.Join(" → ", example.Select(Describe))}.");
                }

                order.CopyTo(_fileOrder, first);
            }

            return deps;
        }

        // Kahn's algorithm over one file's ops (global indexes); on a cycle, walks back from a leftover op until one repeats.
        private static int[] FileOrder(int[][] deps, int first, int count, out List<int>? cycle)
        {
            var indegree = new int[count];
            var childStart = new int[count + 1];
            for (var g = first; g < first + count; g++)
            {
                indegree[g - first] = deps[g].Length;
                foreach (var d in deps[g]) childStart[d - first + 1]++;
            }

            for (var i = 0; i < count; i++) childStart[i + 1] += childStart[i];
            var children = new int[childStart[^1]];
            var fill = childStart[..^1];
            for (var g = first; g < first + count; g++)
            {
                foreach (var d in deps[g]) children[fill[d - first]++] = g;
            }

            var order = new int[count];
            var head = 0;
            var tail = 0;
            for (var i = 0; i < count; i++)
            {
                if (indegree[i] == 0) order[tail++] = first + i;
            }

            while (head < tail)
            {
                var i = order[head++] - first;
                for (var c = childStart[i]; c < childStart[i + 1]; c++)
                {
                    if (--indegree[children[c] - first] == 0) order[tail++] = children[c];
                }
            }

            cycle = null;
            if (tail == count)
            {
                return order;
            }

            var v = first + Array.FindIndex(indegree, d => d > 0);
            var seen = new Dictionary<int, int>();
            var path = new List<int>();
            while (!seen.ContainsKey(v))
            {
                seen[v] = path.Count;
                path.Add(v);
                v = deps[v].First(d => indegree[d - first] > 0);
            }

            cycle = path[seen[v]..];
            cycle.Reverse();
            cycle.Add(cycle[0]);
            return order;
        }

        // A send and a receive with the same ranks and tag, matched in file order, are one transfer (a "unit").
        private (int[] UnitOf, int[] Rep, int[] Partner) PairTransfers()
        {
            var sends = new Dictionary<(long Src, long Dst, long Tag), Queue<int>>();
            for (var g = 0; g < _ops.Length; g++)
            {
                if (_ops[g].Type == NodeType.CommSendNode)
                {
                    var key = (_files[_fileOf[g]].Rank, _ops[g].CommDst, _ops[g].CommTag);
                    if (!sends.TryGetValue(key, out var queue))
                    {
                        sends[key] = queue = new Queue<int>();
                    }

                    queue.Enqueue(g);
                }
            }

            var sendOf = new Dictionary<int, int>();
            var matched = new HashSet<int>();
            var unmatchedReceives = 0;
            for (var g = 0; g < _ops.Length; g++)
            {
                if (_ops[g].Type != NodeType.CommRecvNode)
                {
                    continue;
                }

                if (_ops[g].CommSrc != Absent && sends.TryGetValue((_ops[g].CommSrc, _files[_fileOf[g]].Rank, _ops[g].CommTag), out var queue) &&
                    queue.TryDequeue(out var send))
                {
                    sendOf[g] = send;
                    matched.Add(send);
                }
                else if (_nodeOfRank.ContainsKey(_ops[g].CommSrc))
                {
                    unmatchedReceives++;
                }
            }

            var unmatchedSends = sends.Sum(s => _nodeOfRank.ContainsKey(s.Key.Dst) ? s.Value.Count : 0);
            if (unmatchedSends + unmatchedReceives > 0)
            {
                _builder.Note($"{Plural(unmatchedSends, "send")} and {Plural(unmatchedReceives, "receive")} between ranks of this trace " +
                              "have no partner (same ranks and comm_tag); they are kept as one-sided transfers.");
            }

            var unitOf = new int[_ops.Length];
            var rep = new List<int>(_ops.Length - matched.Count);
            var partner = new List<int>(_ops.Length - matched.Count);
            for (var g = 0; g < _ops.Length; g++)
            {
                if (matched.Contains(g))
                {
                    continue;
                }

                unitOf[g] = rep.Count;
                rep.Add(g);
                partner.Add(sendOf.TryGetValue(g, out var s) ? s : -1);
            }

            foreach (var (receive, send) in sendOf)
            {
                unitOf[send] = unitOf[receive];
            }

            return (unitOf, rep.ToArray(), partner.ToArray());
        }

        // A dependency on a send that is part of a transfer means "once the send is posted": once what the send waits
        // for is done, the data leaving from a buffer. The transfer itself ends at the receiver, and waiting for it
        // there would close a cycle in every ring (each rank receives after it sends).
        private int[][] UnitDependencies(int[][] deps, int[] unitOf, int[] rep, int[] partner)
        {
            var matched = new bool[_ops.Length];
            foreach (var p in partner)
            {
                if (p >= 0) matched[p] = true;
            }

            var seen = new HashSet<int>();
            var list = new List<int>();
            var posted = new int[_ops.Length][];
            foreach (var g in _fileOrder)
            {
                if (matched[g])
                {
                    posted[g] = Collect(deps[g], [], -1);
                }
            }

            var result = new int[rep.Length][];
            for (var u = 0; u < rep.Length; u++)
            {
                result[u] = Collect(deps[rep[u]], partner[u] >= 0 ? deps[partner[u]] : [], u);
            }

            return result;

            int[] Collect(int[] own, int[] other, int self)
            {
                seen.Clear();
                list.Clear();
                foreach (var d in own)
                {
                    Add(d);
                }

                foreach (var d in other)
                {
                    Add(d);
                }

                return list.ToArray();

                void Add(int d)
                {
                    foreach (var v in matched[d] ? posted[d] : [unitOf[d]])
                    {
                        if (v != self && seen.Add(v)) list.Add(v);
                    }
                }
            }
        }

        private int[] TopologicalOrder(int[][] unitDeps, int[] rep)
        {
            var indegree = new int[rep.Length];
            var childCount = new int[rep.Length + 1];
            foreach (var ds in unitDeps)
            {
                foreach (var d in ds) childCount[d + 1]++;
            }

            for (var i = 0; i < rep.Length; i++) childCount[i + 1] += childCount[i];
            var children = new int[childCount[^1]];
            var fill = childCount[..^1];
            for (var u = 0; u < rep.Length; u++)
            {
                indegree[u] = unitDeps[u].Length;
                foreach (var d in unitDeps[u]) children[fill[d]++] = u;
            }

            var order = new int[rep.Length];
            var head = 0;
            var tail = 0;
            for (var u = 0; u < rep.Length; u++)
            {
                if (indegree[u] == 0) order[tail++] = u;
            }

            while (head < tail)
            {
                var u = order[head++];
                for (var c = childCount[u]; c < childCount[u + 1]; c++)
                {
                    if (--indegree[children[c]] == 0) order[tail++] = children[c];
                }
            }

            if (tail < rep.Length)
            {
                // Within a file there is no cycle (checked), so this one runs through paired sends and receives.
                var v = Array.FindIndex(indegree, d => d > 0);
                var seen = new HashSet<int>();
                var path = new List<int>();
                while (seen.Add(v))
                {
                    path.Add(v);
                    v = unitDeps[v].First(d => indegree[d] > 0);
                }

                var cycle = path[path.IndexOf(v)..];
                cycle.Reverse();
                throw new InvalidTraceException(_path,
                    $"has a dependency cycle through sends and receives: {string.Join(" → ", cycle.Select(u => $"{Describe(rep[u])} of {Path.GetFileName(FileOf(rep[u]))}"))}.");
            }

            return order;
        }

        private (long[] Start, long[] End) Times(int[][] unitDeps, int[] order, int[] rep, int[] partner)
        {
            var start = new long[rep.Length];
            var end = new long[rep.Length];
            var measured = _ops.Any(o => o.StartUs != 0);
            if (!measured)
            {
                _builder.Note("No node has a start time: each op starts when its dependencies end (a topological schedule " +
                              "of the recorded durations), so step time and critical path follow from the durations alone.");
            }

            foreach (var u in order)
            {
                ref var op = ref _ops[rep[u]];
                var duration = op.DurationUs != 0 || partner[u] < 0 ? op.DurationUs : _ops[partner[u]].DurationUs;
                long s = 0;
                if (measured)
                {
                    s = (long)op.StartUs * 1000;
                }
                else
                {
                    foreach (var d in unitDeps[u]) s = Math.Max(s, end[d]);
                }

                start[u] = s;
                end[u] = s > long.MaxValue - (long)duration * 1000
                    ? throw new InvalidTraceException(FileOf(rep[u]), $"the schedule of {Describe(rep[u])} overflows 64-bit nanoseconds.")
                    : s + (long)duration * 1000;
            }

            return (start, end);
        }

        private void Place(int g, out int node, out int source, out int destination)
        {
            var own = _nodeOfFile[_fileOf[g]];
            node = own;
            source = destination = -1;
            switch (_ops[g].Type)
            {
                case NodeType.CommSendNode:
                    source = own;
                    destination = Peer(_ops[g].CommDst);
                    break;
                case NodeType.CommRecvNode:
                    destination = own;
                    source = _ops[g].CommSrc == Absent ? -1 : Peer(_ops[g].CommSrc);
                    break;
            }
        }

        private int Peer(long rank)
        {
            if (_nodeOfRank.TryGetValue(rank, out var node))
            {
                return node;
            }

            node = _builder.Node($"rank {rank}", NodeRole.Worker, (int)Math.Clamp(rank, 0, int.MaxValue));
            _nodeOfRank[rank] = node;
            _peerRanks.Add(rank);
            return node;
        }

        // Inputs are names, resolved on the op's node, then on a transfer's sender (StepGraph). Names repeated on a node
        // get the Chakra id; a sender's op named by a transfer whose receiver has an op of that name gets its node's name.
        private string[] Names(int[][] unitDeps, int[] rep, int[] node, int[] source)
        {
            var names = new string[rep.Length];
            var count = new Dictionary<(int, string), int>(rep.Length);
            for (var u = 0; u < rep.Length; u++)
            {
                names[u] = _ops[rep[u]].Name.Length > 0 ? _ops[rep[u]].Name : $"node {_ops[rep[u]].Id}";
                var key = (node[u], names[u]);
                count[key] = count.GetValueOrDefault(key) + 1;
            }

            for (var u = 0; u < rep.Length; u++)
            {
                if (count[(node[u], names[u])] > 1)
                {
                    names[u] = $"{names[u]} #{_ops[rep[u]].Id}";
                }
            }

            var qualified = 0;
            for (var pass = 0; pass < 3; pass++)
            {
                var living = new Dictionary<(int, string), int>(rep.Length);
                for (var u = 0; u < rep.Length; u++)
                {
                    living.TryAdd((node[u], names[u]), u);
                }

                int Resolve(int u, string name) =>
                    living.TryGetValue((node[u], name), out var v) || (source[u] >= 0 && living.TryGetValue((source[u], name), out v)) ? v : -1;

                var wrong = new HashSet<int>();
                for (var u = 0; u < rep.Length; u++)
                {
                    foreach (var v in unitDeps[u])
                    {
                        if (Resolve(u, names[v]) != v) wrong.Add(v);
                    }
                }

                if (wrong.Count == 0)
                {
                    if (qualified > 0)
                    {
                        _builder.Note($"{Plural(qualified, "op name")} of one rank also name ops of another that depend on them; " +
                                      "they carry their node's name in brackets so that each dependency names one op.");
                    }

                    return names;
                }

                foreach (var v in wrong)
                {
                    names[v] = pass == 0 ? $"{names[v]} [{_builder.Nodes[node[v]].Name}]" : $"{names[v]} #{_files[_fileOf[rep[v]]].Rank}:{_ops[rep[v]].Id}";
                    qualified++;
                }
            }

            throw new InvalidOperationException("Op names could not be made unambiguous.");
        }

        private TraceOp Op(int u, int g, int partner, int node, int source, int destination, long start, long end, string[] names, int[] deps)
        {
            ref var op = ref _ops[g];
            var nodeName = _builder.Nodes[node].Name;
            var device = _builder.Device(op.Device ?? (op.IsCpu == 1 ? $"{nodeName}/CPU" : $"{nodeName}/accelerator"), node);
            var lane = _builder.Lane(device, op.Tid != Absent ? $"tid {op.Tid}" : LaneOf(op.Type), concurrent: true);
            var bytes = op.Type switch
            {
                NodeType.CommSendNode or NodeType.CommRecvNode or NodeType.CommCollNode =>
                    op.CommSize != Absent ? op.CommSize : partner >= 0 && _ops[partner].CommSize != Absent ? _ops[partner].CommSize : null,
                NodeType.MemLoadNode or NodeType.MemStoreNode => op.TensorSize != Absent ? op.TensorSize : null,
                _ => (long?)null,
            };
            var inputs = new string[deps.Length];
            for (var i = 0; i < deps.Length; i++)
            {
                inputs[i] = names[deps[i]];
            }

            return new TraceOp
            {
                Name = names[u],
                Type = op.OpType ?? TypeName(op),
                Kind = KindOf(op, source, destination),
                Node = node,
                Device = device,
                Lane = lane,
                StartNs = start,
                EndNs = end,
                Bytes = bytes,
                Tensor = op.Tensor ?? (partner >= 0 ? _ops[partner].Tensor : null),
                Parameter = op.Parameter ?? (partner >= 0 ? _ops[partner].Parameter : null),
                SourceNode = source,
                DestinationNode = destination,
                Inputs = inputs,
            };
        }

        private OpKind KindOf(in RawNode op, int source, int destination)
        {
            if (op.Kind is not null && Enum.TryParse<OpKind>(op.Kind, ignoreCase: true, out var kind))
            {
                return kind;
            }

            if (destination >= 0)
            {
                var from = source >= 0 ? _builder.Nodes[source].Role : NodeRole.Other;
                var to = _builder.Nodes[destination].Role;
                return (from, to) switch
                {
                    (NodeRole.ParameterServer, NodeRole.Worker) => OpKind.ParameterTransfer,
                    (NodeRole.Worker, NodeRole.ParameterServer) => OpKind.GradientTransfer,
                    _ => OpKind.Other,
                };
            }

            return op.Type == NodeType.CompNode ? OpKind.Compute : OpKind.Other;
        }

        private void AddParameter(TraceOp op)
        {
            if (op.Parameter is not { } p)
            {
                return;
            }

            switch (op.Kind)
            {
                case OpKind.ParameterTransfer:
                    _builder.Parameter(p, op.Bytes, op.SourceNode, null);
                    break;
                case OpKind.GradientTransfer:
                    _builder.Parameter(p, null, op.DestinationNode, null);
                    break;
                case OpKind.Update:
                    _builder.Parameter(p, null, op.Node, op.Name);
                    break;
                default:
                    _builder.Parameter(p, null, -1, null);
                    break;
            }
        }

        private static string TypeName(in RawNode op) =>
            op.Type == NodeType.CommCollNode && op.CommType != Absent && Enum.IsDefined((CollectiveCommType)op.CommType)
                ? EtDefReflection.Descriptor.FindTypeByName<EnumDescriptor>("CollectiveCommType").FindValueByNumber((int)op.CommType).Name
                : NodeTypeName(op.Type);

        private static string LaneOf(NodeType type) => type switch
        {
            NodeType.CompNode => "compute",
            NodeType.MemLoadNode or NodeType.MemStoreNode => "memory",
            NodeType.CommSendNode or NodeType.CommRecvNode => "network",
            NodeType.CommCollNode => "collectives",
            _ => "other",
        };
    }

    /// <summary>The schema's name of a node type (<c>COMP_NODE</c>), or its number when the schema has none.</summary>
    internal static string NodeTypeName(NodeType type) =>
        EtDefReflection.Descriptor.FindTypeByName<EnumDescriptor>("NodeType").FindValueByNumber((int)type)?.Name ?? $"NODE_TYPE_{(int)type}";

    private static string Plural(int n, string one, string? many = null) =>
        $"{n.ToString("N0", CultureInfo.InvariantCulture)} {(n == 1 ? one : many ?? one + "s")}";
}
