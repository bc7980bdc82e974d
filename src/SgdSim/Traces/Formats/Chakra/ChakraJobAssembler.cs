using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Google.Protobuf.Reflection;
using SgdSim.Traces.Chakra.Wire;
using static SgdSim.Traces.Chakra.ChakraReader;

namespace SgdSim.Traces.Chakra;

/// <summary>
/// Joins the ranks' graphs into one step: resolves and checks dependencies, pairs sends with receives, schedules
/// ops without start times, and names ops so that every input resolves to the op it means. Dependencies are kept
/// as flat arrays (an op's range in one array of indexes), since a large trace has millions of them. Each stage
/// runs once with a loop over every op: its method is compiled fully at once rather than tiered up mid-loop.
/// </summary>
internal sealed class ChakraJobAssembler
{
    private const long Absent = ChakraNodeRecord.Absent;

    private readonly string _path;
    private readonly RankFile[] _files;
    private readonly TraceBuilder _builder;
    private readonly int[] _offset;
    private readonly ChakraNodeRecord[][] _nodes;
    private readonly int _count;
    private readonly int[] _fileOf;
    private readonly int[] _nodeOfFile;
    private readonly Dictionary<long, int> _nodeOfRank = [];
    private readonly List<long> _peerRanks = [];

    // Op g depends on _dep[_depStart[g] .. _depStart[g] + _depLength[g]]: its data dependencies, then the usable
    // control ones (_dataCount[g] of them are data).
    private readonly int[] _depStart;
    private readonly int[] _depLength;
    private readonly int[] _dataCount;
    private readonly int[] _dep;
    private readonly int[] _fileOrder;

    public ChakraJobAssembler(string path, RankFile[] files)
    {
        _path = path;
        _files = files;
        _builder = new TraceBuilder(FormatName, path);
        _offset = new int[files.Length + 1];
        var deps = 0;
        for (var f = 0; f < files.Length; f++)
        {
            _offset[f + 1] = _offset[f] + files[f].Nodes.Length;
            deps += files[f].Deps.Count;
        }

        _count = _offset[^1];
        _nodes = new ChakraNodeRecord[files.Length][];
        _fileOf = new int[_count];
        _depStart = new int[_count + 1];
        _depLength = new int[_count];
        _dataCount = new int[_count];
        _dep = new int[deps];
        _fileOrder = new int[_count];
        _nodeOfFile = new int[files.Length];
        for (var f = 0; f < files.Length; f++)
        {
            _nodes[f] = files[f].Nodes;
            _fileOf.AsSpan(_offset[f], files[f].Nodes.Length).Fill(f);
            var name = files[f].NodeName ?? $"rank {files[f].Rank}";
            if (_builder.Nodes.Any(n => n.Name == name))
            {
                throw new InvalidTraceException(files[f].File, $"names node '{name}', as another file of the trace does.");
            }

            _nodeOfFile[f] = _builder.Node(name, files[f].Role, files[f].Task >= 0 ? files[f].Task : (int)Math.Clamp(files[f].Rank, 0, int.MaxValue));
            _nodeOfRank[files[f].Rank] = _nodeOfFile[f];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Trace Build()
    {
        for (var g = 0; g < _count; g++)
        {
            CheckFields(g);
        }

        ResolveDependencies();
        var (unitOf, rep, partner) = PairTransfers();
        var (unitDepStart, unitDep) = UnitDependencies(unitOf, rep, partner);
        var order = TopologicalOrder(unitDepStart, unitDep, rep);
        var (start, end) = Times(unitDepStart, unitDep, order, rep, partner);
        var node = new int[rep.Length];
        var source = new int[rep.Length];
        var destination = new int[rep.Length];
        for (var u = 0; u < rep.Length; u++)
        {
            Place(rep[u], out node[u], out source[u], out destination[u]);
        }

        var names = Names(unitDepStart, unitDep, rep, node, source);
        if (_peerRanks.Count > 0)
        {
            _builder.Note($"{Counts.Of(_peerRanks.Count, "rank")} ({string.Join(", ", _peerRanks.Order().Select(r => r.ToString(CultureInfo.InvariantCulture)))}) " +
                          "appear only as peers of sends and receives: no file of theirs was read.");
        }

        _builder.BeginStep(_files.Length == 1 ? _files[0].File : null, rep.Length);
        var ops = new TraceOp[rep.Length];
        var look = new OpLook(_builder);
        for (var u = 0; u < rep.Length; u++)
        {
            var inputs = new string[unitDepStart[u + 1] - unitDepStart[u]];
            for (var i = 0; i < inputs.Length; i++)
            {
                inputs[i] = names[unitDep[unitDepStart[u] + i]];
            }

            ops[u] = Op(look, rep[u], partner[u], names[u], node[u], source[u], destination[u], start[u], end[u], inputs);
            _builder.Op(ops[u]);
        }

        _builder.EndStep();
        foreach (var op in ops)
        {
            AddParameter(op);
        }

        return _builder.Build();
    }

    // The ops of all files are numbered together: op g is node g - _offset[f] of file f = _fileOf[g].
    private ref ChakraNodeRecord At(int g) => ref _nodes[_fileOf[g]][g - _offset[_fileOf[g]]];

    private string FileOf(int g) => _files[_fileOf[g]].File;

    private string Describe(int g) => $"node {At(g).Id} ('{NameOf(g)}')";

    private string NameOf(int g) => Text(g, At(g).Name)!;

    private string? Text(int g, Utf8Slice slice) => slice.IsPresent ? ChakraNodeDecoder.Text(_files[_fileOf[g]].Arena, slice) : null;

    private ReadOnlySpan<int> Deps(int g) => _dep.AsSpan(_depStart[g], _depLength[g]);

    private void CheckFields(int g)
    {
        ref var op = ref At(g);
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

    // Ids are per file. A data dependency must name a node of the file; a control one that does not (or that names
    // the node itself) is dropped, and so are all of a file's control ones when they close a cycle.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ResolveDependencies()
    {
        var next = 0;
        for (var f = 0; f < _files.Length; f++)
        {
            var first = _offset[f];
            var count = _offset[f + 1] - first;
            var index = IndexIds(f, first, count);
            var (ignored, hasCtrl) = ResolveFileDependencies(f, index, first, count, ref next);
            _files[f].Deps = [];
            if (ignored > 0)
            {
                _builder.Note($"{Path.GetFileName(_files[f].File)}: {Counts.Of(ignored, "control dependency", "control dependencies")} " +
                              "name a node not in the file or the node itself; they were ignored.");
            }

            var cycle = FileOrder(first, count);
            if (cycle is not null && hasCtrl)
            {
                for (var g = first; g < first + count; g++)
                {
                    _depLength[g] = _dataCount[g];
                }

                _builder.Note($"{Path.GetFileName(_files[f].File)}: its control dependencies form cycles " +
                              $"({string.Join(" → ", cycle.Take(4).Select(g => At(g).Id.ToString(CultureInfo.InvariantCulture)))}), so they are " +
                              "not an execution order (PyTorch-derived traces store the caller of each op there); only data dependencies order its ops.");
                cycle = FileOrder(first, count);
            }

            if (cycle is not null)
            {
                throw new InvalidTraceException(_files[f].File, $"has a cycle of data dependencies: {string.Join(" → ", cycle.Select(Describe))}.");
            }
        }

        _depStart[^1] = next;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private IdIndex IndexIds(int f, int first, int count)
    {
        var index = new IdIndex(_nodes[f]);
        for (var g = first; g < first + count; g++)
        {
            if (!index.TryAdd(At(g).Id, g, out var other))
            {
                throw new InvalidTraceException(_files[f].File,
                    $"has two nodes with id {At(g).Id} ('{NameOf(other)}' and '{NameOf(g)}').");
            }
        }

        return index;
    }

    // One file's dependencies as node indexes, data first: a broken data dependency is an error, a control
    // dependency that names no other node of the file is ignored (and counted).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Ignored, bool HasCtrl) ResolveFileDependencies(int f, IdIndex index, int first, int count, ref int next)
    {
        var raw = CollectionsMarshal.AsSpan(_files[f].Deps);
        var ignored = 0;
        var hasCtrl = false;
        for (var g = first; g < first + count; g++)
        {
            ref var op = ref At(g);
            _depStart[g] = next;
            foreach (var d in raw.Slice(op.DepStart, op.DataCount))
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

                _dep[next++] = target;
            }

            _dataCount[g] = next - _depStart[g];
            foreach (var d in raw.Slice(op.DepStart + op.DataCount, op.CtrlCount))
            {
                if (index.TryGetValue(d, out var target) && target != g)
                {
                    _dep[next++] = target;
                    hasCtrl = true;
                }
                else
                {
                    ignored++;
                }
            }

            _depLength[g] = next - _depStart[g];
        }

        return (ignored, hasCtrl);
    }

    // Kahn's algorithm over one file's ops, into _fileOrder; on a cycle, returns one, walked back from a leftover op.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<int>? FileOrder(int first, int count)
    {
        var indegree = new int[count];
        var childStart = new int[count + 1];
        for (var g = first; g < first + count; g++)
        {
            indegree[g - first] = _depLength[g];
            foreach (var d in Deps(g)) childStart[d - first + 1]++;
        }

        for (var i = 0; i < count; i++) childStart[i + 1] += childStart[i];
        var children = new int[childStart[^1]];
        var fill = childStart[..^1];
        for (var g = first; g < first + count; g++)
        {
            foreach (var d in Deps(g)) children[fill[d - first]++] = g;
        }

        var order = _fileOrder.AsSpan(first, count);
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

        if (tail == count)
        {
            return null;
        }

        var v = first + Array.FindIndex(indegree, d => d > 0);
        var seen = new Dictionary<int, int>();
        var path = new List<int>();
        while (!seen.ContainsKey(v))
        {
            seen[v] = path.Count;
            path.Add(v);
            foreach (var d in Deps(v))
            {
                if (indegree[d - first] > 0)
                {
                    v = d;
                    break;
                }
            }
        }

        var cycle = path[seen[v]..];
        cycle.Reverse();
        cycle.Add(cycle[0]);
        return cycle;
    }

    // A send and a receive with the same ranks and tag, matched in file order, are one transfer (a "unit", led by
    // the receive); every other op is a unit of its own.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int[] UnitOf, int[] Rep, int[] Partner) PairTransfers()
    {
        var queues = new SendQueues<(long Src, long Dst, long Tag)>(_count);
        for (var g = 0; g < _count; g++)
        {
            if (At(g).Type == NodeType.CommSendNode)
            {
                queues.Send((_files[_fileOf[g]].Rank, At(g).CommDst, At(g).CommTag), g);
            }
        }

        var partnerOf = new int[_count];
        Array.Fill(partnerOf, -1);
        var matched = new bool[_count];
        var pairs = 0;
        var unmatchedReceives = 0;
        for (var g = 0; g < _count; g++)
        {
            if (At(g).Type != NodeType.CommRecvNode)
            {
                continue;
            }

            var send = At(g).CommSrc != Absent ? queues.Receive((At(g).CommSrc, _files[_fileOf[g]].Rank, At(g).CommTag)) : -1;
            if (send >= 0)
            {
                partnerOf[g] = send;
                matched[send] = true;
                pairs++;
            }
            else if (_nodeOfRank.ContainsKey(At(g).CommSrc))
            {
                unmatchedReceives++;
            }
        }

        var unmatchedSends = queues.Unpaired(key => _nodeOfRank.ContainsKey(key.Dst));
        if (unmatchedSends + unmatchedReceives > 0)
        {
            _builder.Note($"{Counts.Of(unmatchedSends, "send")} and {Counts.Of(unmatchedReceives, "receive")} between ranks of this trace " +
                          "have no partner (same ranks and comm_tag); they are kept as one-sided transfers.");
        }

        var unitOf = new int[_count];
        var rep = new int[_count - pairs];
        var partner = new int[rep.Length];
        var u = 0;
        for (var g = 0; g < _count; g++)
        {
            if (!matched[g])
            {
                unitOf[g] = u;
                rep[u] = g;
                partner[u++] = partnerOf[g];
            }
        }

        for (u = 0; u < rep.Length; u++)
        {
            if (partner[u] >= 0) unitOf[partner[u]] = u;
        }

        return (unitOf, rep, partner);
    }

    // A dependency on a send that is part of a transfer means "once the send is posted": once what the send waits
    // for is done, the data leaving from a buffer. The transfer itself ends at the receiver, and waiting for it
    // there would close a cycle in every ring (each rank receives after it sends).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int[] Start, int[] Dep) UnitDependencies(int[] unitOf, int[] rep, int[] partner)
    {
        var matched = new bool[_count];
        foreach (var p in partner)
        {
            if (p >= 0) matched[p] = true;
        }

        var seen = new HashSet<int>();
        var posted = new Dictionary<int, int[]>();
        var list = new List<int>(_dep.Length);
        foreach (var g in _fileOrder)
        {
            if (matched[g])
            {
                var from = list.Count;
                Collect(g, -1, -1);
                posted[g] = list.GetRange(from, list.Count - from).ToArray();
                list.RemoveRange(from, list.Count - from);
            }
        }

        var start = new int[rep.Length + 1];
        for (var u = 0; u < rep.Length; u++)
        {
            start[u] = list.Count;
            Collect(rep[u], partner[u], u);
        }

        start[^1] = list.Count;
        return (start, list.ToArray());

        void Collect(int g, int other, int self)
        {
            var from = list.Count;
            seen.Clear();
            foreach (var d in Deps(g)) Add(d);
            if (other >= 0)
            {
                foreach (var d in Deps(other)) Add(d);
            }

            void Add(int d)
            {
                if (!matched[d])
                {
                    AddUnit(unitOf[d]);
                    return;
                }

                foreach (var v in posted[d]) AddUnit(v);
            }

            void AddUnit(int v)
            {
                if (v == self) return;
                // A few dependencies are checked by scanning them, many through the set.
                var added = CollectionsMarshal.AsSpan(list)[from..];
                if (added.Length < 16)
                {
                    if (!added.Contains(v)) list.Add(v);
                    return;
                }

                if (seen.Count == 0)
                {
                    foreach (var w in added) seen.Add(w);
                }

                if (seen.Add(v)) list.Add(v);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] TopologicalOrder(int[] depStart, int[] dep, int[] rep)
    {
        var count = rep.Length;
        var indegree = new int[count];
        var childStart = new int[count + 1];
        foreach (var d in dep) childStart[d + 1]++;
        for (var i = 0; i < count; i++) childStart[i + 1] += childStart[i];
        var children = new int[childStart[^1]];
        var fill = childStart[..^1];
        for (var u = 0; u < count; u++)
        {
            indegree[u] = depStart[u + 1] - depStart[u];
            for (var k = depStart[u]; k < depStart[u + 1]; k++) children[fill[dep[k]]++] = u;
        }

        var order = new int[count];
        var head = 0;
        var tail = 0;
        for (var u = 0; u < count; u++)
        {
            if (indegree[u] == 0) order[tail++] = u;
        }

        while (head < tail)
        {
            var u = order[head++];
            for (var c = childStart[u]; c < childStart[u + 1]; c++)
            {
                if (--indegree[children[c]] == 0) order[tail++] = children[c];
            }
        }

        if (tail == count)
        {
            return order;
        }

        // Within a file there is no cycle (checked), so this one runs through paired sends and receives.
        var v = Array.FindIndex(indegree, d => d > 0);
        var seen = new HashSet<int>();
        var path = new List<int>();
        while (seen.Add(v))
        {
            path.Add(v);
            for (var k = depStart[v]; k < depStart[v + 1]; k++)
            {
                if (indegree[dep[k]] > 0)
                {
                    v = dep[k];
                    break;
                }
            }
        }

        var cycle = path[path.IndexOf(v)..];
        cycle.Reverse();
        throw new InvalidTraceException(_path,
            $"has a dependency cycle through sends and receives: {string.Join(" → ", cycle.Select(u => $"{Describe(rep[u])} of {Path.GetFileName(FileOf(rep[u]))}"))}.");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (long[] Start, long[] End) Times(int[] depStart, int[] dep, int[] order, int[] rep, int[] partner)
    {
        var start = new long[rep.Length];
        var end = new long[rep.Length];
        var measured = false;
        foreach (var nodes in _nodes)
        {
            foreach (ref var op in nodes.AsSpan())
            {
                measured |= op.StartUs != 0;
            }
        }

        if (!measured)
        {
            _builder.Note("No node has a start time: each op starts when its dependencies end (a topological schedule " +
                          "of the recorded durations), so step time and critical path follow from the durations alone.");
        }

        foreach (var u in order)
        {
            ref var op = ref At(rep[u]);
            var duration = (long)(op.DurationUs != 0 || partner[u] < 0 ? op.DurationUs : At(partner[u]).DurationUs) * 1000;
            long s = 0;
            if (measured)
            {
                s = (long)op.StartUs * 1000;
            }
            else
            {
                for (var k = depStart[u]; k < depStart[u + 1]; k++) s = Math.Max(s, end[dep[k]]);
            }

            start[u] = s;
            end[u] = s <= long.MaxValue - duration
                ? s + duration
                : throw new InvalidTraceException(FileOf(rep[u]), $"the schedule of {Describe(rep[u])} overflows 64-bit nanoseconds.");
        }

        return (start, end);
    }

    private void Place(int g, out int node, out int source, out int destination)
    {
        var own = _nodeOfFile[_fileOf[g]];
        node = own;
        source = destination = -1;
        switch (At(g).Type)
        {
            case NodeType.CommSendNode:
                source = own;
                destination = Peer(At(g).CommDst);
                break;
            case NodeType.CommRecvNode:
                destination = own;
                source = At(g).CommSrc == Absent ? -1 : Peer(At(g).CommSrc);
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string[] Names(int[] depStart, int[] dep, int[] rep, int[] node, int[] source)
    {
        var names = new string[rep.Length];
        for (var u = 0; u < rep.Length; u++)
        {
            names[u] = At(rep[u]).Name.Length > 0 ? NameOf(rep[u]) : $"node {At(rep[u]).Id}";
        }

        var living = Living(names, node, out var repeated);
        if (repeated.Count > 0)
        {
            var key = new HashSet<(int, string)>(repeated.Select(u => (node[u], names[u])));
            for (var u = 0; u < rep.Length; u++)
            {
                if (key.Contains((node[u], names[u]))) names[u] = $"{names[u]} #{At(rep[u]).Id}";
            }

            living = Living(names, node, out _);
        }

        var qualified = 0;
        for (var pass = 0; pass < 3; pass++)
        {
            // Only an input on another node can resolve to the wrong op: it lives on the transfer's sender, where its
            // name is unique, unless the op's own node (searched first) has an op of that name too.
            var wrong = new HashSet<int>();
            for (var u = 0; u < rep.Length; u++)
            {
                for (var k = depStart[u]; k < depStart[u + 1]; k++)
                {
                    var v = dep[k];
                    if (node[v] != node[u] && (node[v] != source[u] || living[node[u]].Contains(names[v])))
                    {
                        wrong.Add(v);
                    }
                }
            }

            if (wrong.Count == 0)
            {
                if (qualified > 0)
                {
                    _builder.Note($"{Counts.Of(qualified, "op name")} of one rank also name ops of another that depend on them; " +
                                  "they carry their node's name in brackets so that each dependency names one op.");
                }

                return names;
            }

            foreach (var v in wrong)
            {
                names[v] = pass == 0 ? $"{names[v]} [{_builder.Nodes[node[v]].Name}]" : $"{names[v]} #{_files[_fileOf[rep[v]]].Rank}:{At(rep[v]).Id}";
                qualified++;
            }

            living = Living(names, node, out _);
        }

        throw new InvalidOperationException("Op names could not be made unambiguous.");
    }

    // The names of each node's ops; the ops whose name is already taken on their node.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private HashSet<string>[] Living(string[] names, int[] node, out List<int> repeated)
    {
        var counts = new int[_builder.Nodes.Count];
        foreach (var n in node) counts[n]++;
        var living = counts.Select(c => new HashSet<string>(c, StringComparer.Ordinal)).ToArray();
        repeated = [];
        for (var u = 0; u < names.Length; u++)
        {
            if (!living[node[u]].Add(names[u]))
            {
                repeated.Add(u);
            }
        }

        return living;
    }

    private TraceOp Op(OpLook look, int g, int partner, string name, int node, int source, int destination, long start, long end, string[] inputs)
    {
        ref var op = ref At(g);
        var device = look.Device(op.Device, op.IsCpu == 1, node);
        var lane = look.Lane(device, op.Tid, op.Type);
        var bytes = op.Type switch
        {
            NodeType.CommSendNode or NodeType.CommRecvNode or NodeType.CommCollNode =>
                op.CommSize != Absent ? op.CommSize : partner >= 0 && At(partner).CommSize != Absent ? At(partner).CommSize : null,
            NodeType.MemLoadNode or NodeType.MemStoreNode => op.TensorSize != Absent ? op.TensorSize : null,
            _ => (long?)null,
        };
        return new TraceOp
        {
            Name = name,
            Type = op.OpType ?? TypeName(op),
            Kind = look.Kind(op.Kind) ?? KindOf(op.Type, source, destination),
            Node = node,
            Device = device,
            Lane = lane,
            StartNs = start,
            EndNs = end,
            Bytes = bytes,
            Tensor = Text(g, op.Tensor) ?? (partner >= 0 ? Text(partner, At(partner).Tensor) : null),
            Parameter = Text(g, op.Parameter) ?? (partner >= 0 ? Text(partner, At(partner).Parameter) : null),
            SourceNode = source,
            DestinationNode = destination,
            Inputs = inputs,
        };
    }

    private OpKind KindOf(NodeType type, int source, int destination)
    {
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

        return type == NodeType.CompNode ? OpKind.Compute : OpKind.Other;
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

    private static string TypeName(in ChakraNodeRecord op) =>
        op.Type == NodeType.CommCollNode && op.CommType is >= 0 and <= int.MaxValue &&
        EtDefReflection.Descriptor.FindTypeByName<EnumDescriptor>("CollectiveCommType").FindValueByNumber((int)op.CommType) is { } collective
            ? collective.Name
            : NodeTypeName(op.Type);

    // Ids are most often a dense range (0..n-1 from ASTRA-sim's generators and SgdSim's writer): an array then maps
    // them to ops, cheaper than a dictionary of millions of entries; otherwise a dictionary does.
    private sealed class IdIndex
    {
        private readonly ulong _min;
        private readonly int[]? _array;
        private readonly Dictionary<ulong, int>? _map;

        public IdIndex(ChakraNodeRecord[] nodes)
        {
            if (nodes.Length == 0)
            {
                _array = [];
                return;
            }

            _min = ulong.MaxValue;
            var max = 0UL;
            foreach (ref var n in nodes.AsSpan())
            {
                _min = Math.Min(_min, n.Id);
                max = Math.Max(max, n.Id);
            }

            if (max - _min < 2UL * (ulong)nodes.Length + 1024)
            {
                _array = new int[max - _min + 1];
                Array.Fill(_array, -1);
            }
            else
            {
                _map = new Dictionary<ulong, int>(nodes.Length);
            }
        }

        public bool TryAdd(ulong id, int g, out int other)
        {
            if (_map is not null)
            {
                if (_map.TryAdd(id, g))
                {
                    other = -1;
                    return true;
                }

                other = _map[id];
                return false;
            }

            ref var slot = ref _array![id - _min];
            other = slot;
            if (slot >= 0) return false;
            slot = g;
            return true;
        }

        public bool TryGetValue(ulong id, out int g)
        {
            if (_map is not null)
            {
                return _map.TryGetValue(id, out g);
            }

            g = id >= _min && id - _min < (ulong)_array!.Length ? _array[id - _min] : -1;
            return g >= 0;
        }
    }

    // The device, lane and kind of an op come from strings and numbers that repeat on most ops: looked up once each.
    // The strings are the decoder's shared instances, so they are told apart by reference, without hashing text.
    private sealed class OpLook(TraceBuilder builder)
    {
        private readonly Dictionary<(string?, bool, int), int> _devices = new(new ByReference());
        private readonly Dictionary<(int, long, NodeType), int> _lanes = [];
        private readonly Dictionary<string, OpKind?> _kinds = new(ReferenceEqualityComparer.Instance);

        public int Device(string? name, bool cpu, int node)
        {
            if (!_devices.TryGetValue((name, cpu, node), out var device))
            {
                var nodeName = builder.Nodes[node].Name;
                device = builder.Device(name ?? (cpu ? $"{nodeName}/CPU" : $"{nodeName}/accelerator"), node);
                _devices[(name, cpu, node)] = device;
            }

            return device;
        }

        public int Lane(int device, long tid, NodeType type)
        {
            if (!_lanes.TryGetValue((device, tid, type), out var lane))
            {
                var name = tid != Absent ? $"tid {tid}" : type switch
                {
                    NodeType.CompNode => "compute",
                    NodeType.MemLoadNode or NodeType.MemStoreNode => "memory",
                    NodeType.CommSendNode or NodeType.CommRecvNode => "network",
                    NodeType.CommCollNode => "collectives",
                    _ => "other",
                };
                // Chakra states every dependency: no lane's time order may stand in for one.
                lane = builder.Lane(device, name, concurrent: true);
                _lanes[(device, tid, type)] = lane;
            }

            return lane;
        }

        public OpKind? Kind(string? name)
        {
            if (name is null)
            {
                return null;
            }

            if (!_kinds.TryGetValue(name, out var kind))
            {
                kind = Enum.TryParse<OpKind>(name, ignoreCase: true, out var parsed) ? parsed : null;
                _kinds[name] = kind;
            }

            return kind;
        }

        private sealed class ByReference : IEqualityComparer<(string?, bool, int)>
        {
            public bool Equals((string?, bool, int) x, (string?, bool, int) y) =>
                ReferenceEquals(x.Item1, y.Item1) && x.Item2 == y.Item2 && x.Item3 == y.Item3;

            public int GetHashCode((string?, bool, int) key) =>
                HashCode.Combine(key.Item1 is null ? 0 : RuntimeHelpers.GetHashCode(key.Item1), key.Item2, key.Item3);
        }
    }
}
