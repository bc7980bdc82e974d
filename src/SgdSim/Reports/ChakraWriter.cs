using System.Text.RegularExpressions;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using SgdSim.Analysis;
using SgdSim.Graph;
using SgdSim.IO;
using SgdSim.Traces;
using SgdSim.Traces.Chakra;
using SgdSim.Traces.Chakra.Wire;

namespace SgdSim.Reports;

/// <summary>One <c>.et</c> file written by <see cref="ChakraWriter"/>.</summary>
/// <param name="Path">Where it was written.</param>
/// <param name="Node">Index of the trace node (the rank) it describes.</param>
/// <param name="GraphNodes">How many Chakra nodes it holds.</param>
public sealed record ChakraFile(string Path, int Node, int GraphNodes);

/// <summary>
/// Writes one step of a trace as a Chakra execution trace: one <c>name.&lt;rank&gt;.et</c> per trace node, the rank
/// being the node's index. A transfer becomes a <c>COMM_SEND_NODE</c> on its sender and a <c>COMM_RECV_NODE</c> on
/// its receiver with the same <c>comm_tag</c> (the op's index in the step) and <c>comm_src</c>/<c>comm_dst</c> ranks;
/// every other op a <c>COMP_NODE</c> (or the collective or memory node its type names). The step graph's data
/// edges become <c>data_deps</c> and the edges it infers from lane order <c>ctrl_deps</c>; each edge is written on the
/// rank where both its ops have a node. Times are whole microseconds, Chakra's resolution. <c>sgdsim_*</c> attributes
/// keep what Chakra has no field for (node role, op kind, type and device), so that the files read back as the same
/// step. One step, because a Chakra graph is one iteration: tools replay it as many times as they are asked to.
/// The writer takes any <see cref="Trace"/>, read from a file or built in memory.
/// </summary>
public static class ChakraWriter
{
    /// <summary>The schema version written into each file's metadata.</summary>
    public const string SchemaVersion = "0.0.4";

    /// <summary>
    /// Writes step <paramref name="step"/> of <paramref name="trace"/> into <paramref name="directory"/> (created if
    /// needed) as <c>name.0.et</c>, <c>name.1.et</c>, …; each file is written whole or not at all. Files
    /// <c>name.&lt;k&gt;.et</c> left there by an export with more nodes are removed, so the folder reads as this job.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The step does not exist.</exception>
    /// <exception cref="InvalidTraceException">The step's dependencies form a cycle.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static IReadOnlyList<ChakraFile> Write(Trace trace, int step, string directory, string name = "trace", CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(step, trace.Steps.Count);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var graph = StepGraph.Build(trace, trace.Steps[step]);
        var layout = new Layout(graph);
        Directory.CreateDirectory(directory);
        var files = new List<ChakraFile>();
        for (var n = 0; n < trace.Nodes.Count; n++)
        {
            cancellation.ThrowIfCancellationRequested();
            var path = Path.Combine(directory, $"{name}.{n}.et");
            var count = 0;
            AtomicFile.Write(path, stream => count = layout.WriteNode(n, stream, cancellation));
            files.Add(new ChakraFile(path, n, count));
        }

        var stale = new Regex($"^{Regex.Escape(name)}\\.([0-9]+)\\.et$", RegexOptions.CultureInvariant);
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            if (stale.Match(Path.GetFileName(file)) is { Success: true } m && (!int.TryParse(m.Groups[1].Value, out var k) || k >= trace.Nodes.Count))
            {
                File.Delete(file);
            }
        }

        return files;
    }

    /// <summary>Writes the Chakra graph of node <paramref name="node"/> for one step's graph to a stream.</summary>
    /// <returns>How many Chakra nodes were written.</returns>
    public static int WriteNode(StepGraph graph, int node, Stream output) => new Layout(graph).WriteNode(node, output, default);

    // Where each op of the step lands: its own node (compute, receive) and, for a transfer, a send on its sender.
    // Ids are given per rank in topological order, so every dependency precedes its dependant in the file.
    private sealed class Layout
    {
        private readonly StepGraph _graph;
        private readonly IReadOnlyList<TraceOp> _ops;
        private readonly long[] _mainId;
        private readonly long[] _sendId;

        public Layout(StepGraph graph)
        {
            _graph = graph;
            _ops = graph.Step.Ops;
            _mainId = new long[_ops.Count];
            _sendId = new long[_ops.Count];
            var next = new long[graph.Trace.Nodes.Count];
            foreach (var v in graph.TopologicalOrder)
            {
                var op = _ops[v];
                _sendId[v] = HasSend(op) ? next[op.SourceNode]++ : -1;
                _mainId[v] = next[MainNode(op)]++;
            }
        }

        public int WriteNode(int node, Stream stream, CancellationToken cancellation)
        {
            var trace = _graph.Trace;
            var output = new CodedOutputStream(stream, leaveOpen: true);
            var metadata = new GlobalMetadata { Version = SchemaVersion };
            metadata.Attr.Add(ChakraAttributes.Of(ChakraAttributes.NodeName, trace.Nodes[node].Name));
            metadata.Attr.Add(ChakraAttributes.Of(ChakraAttributes.NodeRole, TraceSummary.RoleName(trace.Nodes[node].Role)));
            metadata.Attr.Add(ChakraAttributes.Of(ChakraAttributes.TaskIndex, trace.Nodes[node].TaskIndex));
            ChakraStream.WriteDelimited(output, metadata);
            var count = 0;
            foreach (var v in _graph.TopologicalOrder)
            {
                if ((count & 0xFFF) == 0)
                {
                    cancellation.ThrowIfCancellationRequested();
                }

                var op = _ops[v];
                if (HasSend(op) && op.SourceNode == node)
                {
                    ChakraStream.WriteDelimited(output, Message(v, node, send: true));
                    count++;
                }

                if (MainNode(op) == node)
                {
                    ChakraStream.WriteDelimited(output, Message(v, node, send: false));
                    count++;
                }
            }

            output.Flush();
            return count;
        }

        private static bool HasSend(TraceOp op) => op.IsTransfer && op.SourceNode >= 0;

        // Where an op's own Chakra node goes: a transfer's receive to its receiver (whichever end logged it).
        private static int MainNode(TraceOp op) => op.IsTransfer ? op.DestinationNode : op.Node;

        private Node Message(int v, int node, bool send)
        {
            var op = _ops[v];
            var startUs = (long)Math.Round(op.StartNs / 1000.0, MidpointRounding.AwayFromZero);
            var endUs = (long)Math.Round(op.EndNs / 1000.0, MidpointRounding.AwayFromZero);
            var message = new Node
            {
                Id = (ulong)(send ? _sendId[v] : _mainId[v]),
                Name = op.Name,
                Type = op.IsTransfer ? (send ? NodeType.CommSendNode : NodeType.CommRecvNode) : NodeTypeOf(op),
                StartTimeMicros = (ulong)Math.Max(0, startUs),
                DurationMicros = (ulong)Math.Max(0, endUs - startUs),
            };

            foreach (var edge in _graph.Graph.InEdges(v))
            {
                var u = edge.Source;
                // An edge lives where StepGraph found the input: on the dependant's node, else on its sender; there,
                // a transfer is its receive on the receiver and its send elsewhere.
                var rank = HasNodeOn(u, op.Node) ? op.Node : op.SourceNode;
                if (rank != node || send != (op.IsTransfer && rank != op.DestinationNode))
                {
                    continue;
                }

                var id = (ulong)(MainNode(_ops[u]) == node ? _mainId[u] : _sendId[u]);
                (edge.Kind == EdgeKind.Data ? message.DataDeps : message.CtrlDeps).Add(id);
            }

            var attrs = message.Attr;
            attrs.Add(ChakraAttributes.Of(ChakraAttributes.IsCpuOp, false));
            attrs.Add(ChakraAttributes.Of(ChakraAttributes.Kind, op.Kind.ToString()));
            attrs.Add(ChakraAttributes.Of(ChakraAttributes.OpType, op.Type));
            if (node == op.Node)
            {
                // The device belongs to the node that logged the op.
                attrs.Add(ChakraAttributes.Of(ChakraAttributes.Device, _graph.Trace.Devices[op.Device].Name));
            }

            if (op.Tensor is { } tensor) attrs.Add(ChakraAttributes.Of(ChakraAttributes.Tensor, tensor));
            if (op.Parameter is { } parameter) attrs.Add(ChakraAttributes.Of(ChakraAttributes.Parameter, parameter));
            if (op.IsTransfer)
            {
                if (op.SourceNode >= 0) attrs.Add(ChakraAttributes.Of(ChakraAttributes.CommSrc, op.SourceNode));
                attrs.Add(ChakraAttributes.Of(ChakraAttributes.CommDst, op.DestinationNode));
                attrs.Add(ChakraAttributes.Of(ChakraAttributes.CommTag, v));
                if (op.Bytes is { } bytes) attrs.Add(ChakraAttributes.Of(ChakraAttributes.CommSize, bytes));
            }
            else if (message.Type == NodeType.CommCollNode)
            {
                attrs.Add(ChakraAttributes.Of(ChakraAttributes.CommType, (long)Collective(op.Type)!.Number));
                attrs.Add(ChakraAttributes.Of(ChakraAttributes.CommSize, op.Bytes!.Value));
            }
            else if (message.Type is NodeType.MemLoadNode or NodeType.MemStoreNode && op.Bytes is { } size)
            {
                attrs.Add(ChakraAttributes.Of(ChakraAttributes.TensorSize, size));
            }

            return message;
        }

        private bool HasNodeOn(int u, int node) => MainNode(_ops[u]) == node || (HasSend(_ops[u]) && _ops[u].SourceNode == node);
    }

    // An op keeps the Chakra type its Type names (as ops read from Chakra do); anything else is computation.
    private static NodeType NodeTypeOf(TraceOp op)
    {
        if (Collective(op.Type) is not null && op.Bytes is not null)
        {
            return NodeType.CommCollNode;
        }

        var named = EtDefReflection.Descriptor.FindTypeByName<EnumDescriptor>("NodeType").FindValueByName(op.Type);
        return named?.Number is (int)NodeType.MetadataNode or (int)NodeType.MemLoadNode or (int)NodeType.MemStoreNode
            ? (NodeType)named.Number
            : NodeType.CompNode;
    }

    private static EnumValueDescriptor? Collective(string type) =>
        EtDefReflection.Descriptor.FindTypeByName<EnumDescriptor>("CollectiveCommType").FindValueByName(type);
}
