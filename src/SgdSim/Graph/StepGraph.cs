using System.Runtime.CompilerServices;
using QuikGraph;
using QuikGraph.Algorithms;
using SgdSim.Traces;

namespace SgdSim.Graph;

/// <summary>Why an edge of a step graph exists.</summary>
public enum EdgeKind
{
    /// <summary>The target reads the source's output (named in the trace).</summary>
    Data,

    /// <summary>No dependency is recorded, but both ops ran one after the other on a sequential lane.</summary>
    Inferred,
}

/// <summary>A dependency between two ops of a step, by their indexes in <see cref="TraceStep.Ops"/>.</summary>
/// <param name="Source">The op that must finish first.</param>
/// <param name="Target">The op that depends on it.</param>
/// <param name="Kind">Data or inferred.</param>
public readonly record struct StepEdge(int Source, int Target, EdgeKind Kind) : IEdge<int>;

/// <summary>The longest chain of dependent ops of a step.</summary>
/// <param name="LengthNs">Its length in nanoseconds (time where ops overlap is counted once).</param>
/// <param name="Ops">Indexes of its ops, first to last.</param>
public sealed record CriticalPath(long LengthNs, IReadOnlyList<int> Ops);

/// <summary>
/// The dependency graph of one step: vertices are the step's ops (by index), edges are data dependencies
/// read from the trace plus the order of ops on sequential lanes where nothing else links them.
/// </summary>
public sealed class StepGraph
{
    private StepGraph(Trace trace, TraceStep step, BidirectionalGraph<int, StepEdge> graph, int inferred, int[] order)
    {
        Trace = trace;
        Step = step;
        Graph = graph;
        InferredEdgeCount = inferred;
        TopologicalOrder = order;
    }

    /// <summary>The trace the step belongs to.</summary>
    public Trace Trace { get; }

    /// <summary>The step.</summary>
    public TraceStep Step { get; }

    /// <summary>The graph; vertex <c>i</c> is <c>Step.Ops[i]</c>.</summary>
    public IBidirectionalGraph<int, StepEdge> Graph { get; }

    /// <summary>How many edges were inferred from lane order rather than read from the trace.</summary>
    public int InferredEdgeCount { get; }

    /// <summary>Number of edges read from the trace.</summary>
    public int DataEdgeCount => Graph.EdgeCount - InferredEdgeCount;

    /// <summary>The ops in an order that respects every edge.</summary>
    public IReadOnlyList<int> TopologicalOrder { get; }

    /// <summary>Builds the graph of <paramref name="step"/>.</summary>
    /// <exception cref="InvalidTraceException">The dependencies form a cycle; the message names its ops.</exception>
    // Runs once per step with loops over every op: compile it fully at once rather than tier it up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static StepGraph Build(Trace trace, TraceStep step)
    {
        var ops = step.Ops;
        var graph = new BidirectionalGraph<int, StepEdge>(allowParallelEdges: false, ops.Count);
        graph.AddVertexRange(Enumerable.Range(0, ops.Count));

        var byDevice = new Dictionary<(int, string), int>(ops.Count);
        var byNode = new Dictionary<(int, string), int>(ops.Count);
        for (var i = 0; i < ops.Count; i++)
        {
            byDevice.TryAdd((ops[i].Device, ops[i].Name), i);
            byNode.TryAdd((ops[i].Node, ops[i].Name), i);
        }

        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            foreach (var input in op.Inputs)
            {
                // An input is an op on the same device, else on the same node, else (for a transfer) on its sender.
                if (byDevice.TryGetValue((op.Device, input), out var source) ||
                    byNode.TryGetValue((op.Node, input), out source) ||
                    (op.SourceNode >= 0 && byNode.TryGetValue((op.SourceNode, input), out source)))
                {
                    if (source != i && !graph.ContainsEdge(source, i))
                    {
                        graph.AddEdge(new StepEdge(source, i, EdgeKind.Data));
                    }
                }
            }
        }

        // Ops on a sequential lane ran one after another: chain neighbours that no recorded edge links.
        var inferred = 0;
        var previousOnLane = new Dictionary<int, int>();
        for (var i = 0; i < ops.Count; i++)
        {
            var lane = ops[i].Lane;
            if (!trace.Lanes[lane].Sequential)
            {
                continue;
            }

            if (previousOnLane.TryGetValue(lane, out var previous) && !graph.ContainsEdge(previous, i))
            {
                graph.AddEdge(new StepEdge(previous, i, EdgeKind.Inferred));
                inferred++;
            }

            previousOnLane[lane] = i;
        }

        int[] order;
        try
        {
            order = graph.TopologicalSort().ToArray();
        }
        catch (NonAcyclicGraphException)
        {
            var cycle = FindCycle(graph, ops.Count);
            throw new InvalidTraceException(trace.Source,
                $"step {step.Index} has a dependency cycle: {string.Join(" → ", cycle.Select(c => $"'{ops[c].Name}'"))}.");
        }

        return new StepGraph(trace, step, graph, inferred, order);
    }

    /// <summary>
    /// The longest chain of dependent ops. Each op adds the part of its run after its predecessor finished, so an op
    /// that overlapped its input (a transfer waiting for the PS to serve it) is not counted twice; on a trace where
    /// every op starts after its inputs end this is the plain sum of durations along the chain. It is never longer
    /// than the time from its first op's start to the latest end of its ops.
    /// </summary>
    // Runs once per step with loops over every op: compile it fully at once rather than tier it up mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CriticalPath CriticalPath()
    {
        var ops = Step.Ops;
        var length = new long[ops.Count];
        // When the chain up to each op has finished: its latest end, which is not always its last op's (an op can
        // end before an input it depends on does, as a GPU kernel's launch does on the CPU). Counting from the last
        // op's end instead counted the time between the two ends twice and made paths longer than their steps.
        var finish = new long[ops.Count];
        var via = new int[ops.Count];
        var best = -1;
        foreach (var v in TopologicalOrder)
        {
            var op = ops[v];
            length[v] = op.DurationNs;
            finish[v] = op.EndNs;
            via[v] = -1;
            foreach (var edge in Graph.InEdges(v))
            {
                var u = edge.Source;
                var candidate = length[u] + Math.Max(0, op.EndNs - Math.Max(finish[u], op.StartNs));
                if (candidate > length[v])
                {
                    length[v] = candidate;
                    finish[v] = Math.Max(finish[u], op.EndNs);
                    via[v] = u;
                }
            }

            if (best < 0 || length[v] > length[best])
            {
                best = v;
            }
        }

        if (best < 0)
        {
            return new CriticalPath(0, []);
        }

        var path = new List<int>();
        for (var v = best; v >= 0; v = via[v])
        {
            path.Add(v);
        }

        path.Reverse();
        return new CriticalPath(length[best], path);
    }

    private static List<int> FindCycle(BidirectionalGraph<int, StepEdge> graph, int count)
    {
        // Iterative three-colour DFS; the first back edge closes a cycle read off the parent links.
        var colour = new byte[count];
        var parent = new int[count];
        for (var root = 0; root < count; root++)
        {
            if (colour[root] != 0)
            {
                continue;
            }

            var stack = new Stack<(int Vertex, IEnumerator<StepEdge> Edges)>();
            colour[root] = 1;
            parent[root] = -1;
            stack.Push((root, graph.OutEdges(root).GetEnumerator()));
            while (stack.Count > 0)
            {
                var (v, edges) = stack.Peek();
                if (!edges.MoveNext())
                {
                    colour[v] = 2;
                    stack.Pop();
                    continue;
                }

                var w = edges.Current.Target;
                if (colour[w] == 1)
                {
                    var cycle = new List<int> { w };
                    for (var x = v; x != w; x = parent[x])
                    {
                        cycle.Add(x);
                    }

                    cycle.Add(w);
                    cycle.Reverse();
                    return cycle;
                }

                if (colour[w] == 0)
                {
                    colour[w] = 1;
                    parent[w] = v;
                    stack.Push((w, graph.OutEdges(w).GetEnumerator()));
                }
            }
        }

        return [];
    }
}
