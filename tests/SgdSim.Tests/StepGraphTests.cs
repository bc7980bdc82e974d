using System.Xml.Linq;
using SgdSim.Graph;
using SgdSim.Reports;
using SgdSim.Tests.Support;
using SgdSim.Traces;
using static SgdSim.Tests.Support.RunMetadataBuilder;

namespace SgdSim.Tests;

public sealed class StepGraphTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private Trace Read(params RunMetadataBuilder[] steps) => TraceReader.Read(RunMetadataBuilder.WriteSteps(_dir.File("trace"), steps));

    private static int IndexOf(TraceStep step, string name) => step.Ops.Select((o, i) => (o, i)).Single(x => x.o.Name == name).i;

    [Fact]
    public void A_ps_step_links_read_pull_forward_backward_push_and_apply()
    {
        var trace = Read(SimpleStep(1_000));
        var step = trace.Steps[0];
        var graph = StepGraph.Build(trace, step);

        (string From, string To)[] expected =
        [
            ("w/read", "edge_1_w/read"),
            ("edge_1_w/read", "fwd"),
            ("fwd", "gradients/w_grad"),
            ("gradients/w_grad", "edge_2_gradients/w_grad"),
            ("edge_2_gradients/w_grad", "update_w/ApplyGradientDescent"),
        ];
        foreach (var (from, to) in expected)
        {
            Assert.True(graph.Graph.ContainsEdge(IndexOf(step, from), IndexOf(step, to)), $"{from} → {to}");
        }

        Assert.Equal(5, graph.DataEdgeCount);
        // The PS's read and apply ran one after the other on its one thread: the only inferred edge.
        Assert.Equal(1, graph.InferredEdgeCount);
        Assert.Contains(graph.Graph.Edges, e => e.Kind == EdgeKind.Inferred &&
            e.Source == IndexOf(step, "w/read") && e.Target == IndexOf(step, "update_w/ApplyGradientDescent"));
        Assert.Equal(OpKind.ParameterTransfer, step.Ops[IndexOf(step, "edge_1_w/read")].Kind);
        Assert.Equal(OpKind.GradientTransfer, step.Ops[IndexOf(step, "edge_2_gradients/w_grad")].Kind);
        Assert.Equal("w", step.Ops[IndexOf(step, "edge_2_gradients/w_grad")].Parameter);
        Assert.Equal(OpKind.Update, step.Ops[IndexOf(step, "update_w/ApplyGradientDescent")].Kind);
    }

    [Fact]
    public void A_recv_node_waits_for_its_transfer_and_feeds_the_consumer()
    {
        var step = new RunMetadataBuilder()
            .Op(Ps, "w/read = Identity(w)", 1_000, 5)
            .Recv(Worker, "edge_3_w/read", Ps, Worker, 4096, 1_000, 50)
            .Op(Worker, "w/read/_3 = _Recv()", 1_000, 52)
            .Op(Worker, "fwd = MatMul(input, w/read/_3)", 1_060, 100)
            .Op(Worker, "gradients/w_grad = MatMulGrad(fwd)", 1_160, 100)
            .Recv(Ps, "edge_4_gradients/w_grad", Worker, Ps, 4096, 1_260, 50)
            .Op(Ps, "update_w/ApplyGradientDescent = ApplyGradientDescent(w, lr, gradients/w_grad_S4)", 1_320, 10);
        var trace = Read(step);
        var ops = trace.Steps[0];
        var graph = StepGraph.Build(trace, ops);

        Assert.True(graph.Graph.ContainsEdge(IndexOf(ops, "edge_3_w/read"), IndexOf(ops, "w/read/_3")));
        Assert.True(graph.Graph.ContainsEdge(IndexOf(ops, "w/read/_3"), IndexOf(ops, "fwd")));
        Assert.Equal(OpKind.Other, ops.Ops[IndexOf(ops, "w/read/_3")].Kind);
    }

    [Fact]
    public void The_critical_path_of_a_causal_chain_is_the_sum_of_its_durations()
    {
        // pull 50 µs, forward 100, backward 100, push 50, apply 10 (the PS read overlaps the pull and adds nothing).
        var trace = Read(SimpleStep(1_000, computeMicros: 100));
        var graph = StepGraph.Build(trace, trace.Steps[0]);

        var path = graph.CriticalPath();

        Assert.Equal(310_000, path.LengthNs);
        Assert.Equal(
            ["edge_1_w/read", "fwd", "gradients/w_grad", "edge_2_gradients/w_grad", "update_w/ApplyGradientDescent"],
            path.Ops.Select(i => trace.Steps[0].Ops[i].Name));
    }

    [Fact]
    public void A_critical_path_through_an_op_that_ends_before_its_input_is_no_longer_than_the_time_it_spans()
    {
        // "short" ends 800 µs before "long", its input, does (a kernel launch beside its kernel, say); "after" then
        // runs until 200 µs past long's end. The chain spans 5,000 to 6,200 µs: 1.2 ms, not 1 + 1 ms.
        var step = SimpleStep(1_000)
            .Op(Worker, "long = Foo(input)", 5_000, 1_000, thread: 2)
            .Op(Worker, "short = Bar(long)", 5_100, 100, thread: 3)
            .Op(Worker, "after = Baz(short)", 5_200, 1_000, thread: 4);
        var trace = Read(step);
        var graph = StepGraph.Build(trace, trace.Steps[0]);

        var path = graph.CriticalPath();

        Assert.Equal(["long", "short", "after"], path.Ops.Select(i => trace.Steps[0].Ops[i].Name));
        Assert.Equal(1_200_000, path.LengthNs);
    }

    [Fact]
    public void Unlinked_ops_on_a_sequential_lane_are_chained_and_counted_as_inferred()
    {
        var step = SimpleStep(1_000)
            .Op(Worker, "summary_a = Summary(input)", 2_000, 10)
            .Op(Worker, "summary_b = Summary(input)", 2_020, 10);
        var trace = Read(step);
        var graph = StepGraph.Build(trace, trace.Steps[0]);

        var a = IndexOf(trace.Steps[0], "summary_a");
        var b = IndexOf(trace.Steps[0], "summary_b");
        Assert.Contains(graph.Graph.Edges, e => e.Source == a && e.Target == b && e.Kind == EdgeKind.Inferred);
        Assert.True(graph.InferredEdgeCount >= 1);
    }

    [Fact]
    public void A_lane_whose_ops_overlap_is_not_sequential_and_gets_no_inferred_edges()
    {
        var step = SimpleStep(1_000)
            .Op(Ps, "x/read = Identity(x)", 1_000, 50)
            .Op(Ps, "y/read = Identity(y)", 1_010, 50);
        var trace = Read(step);

        var psLane = trace.Steps[0].Ops.Single(o => o.Name == "x/read").Lane;
        Assert.False(trace.Lanes[psLane].Sequential);
        Assert.Equal(0, StepGraph.Build(trace, trace.Steps[0]).InferredEdgeCount);
    }

    [Fact]
    public void Network_lanes_are_never_sequential()
    {
        var trace = Read(SimpleStep(1_000));

        var pull = trace.Steps[0].Ops.Single(o => o.Name == "edge_1_w/read");
        Assert.False(trace.Lanes[pull.Lane].Sequential);
    }

    [Fact]
    public void Dot_output_has_one_vertex_per_op_and_one_arrow_per_edge()
    {
        var trace = Read(SimpleStep(1_000));
        var graph = StepGraph.Build(trace, trace.Steps[0]);
        var writer = new StringWriter();

        GraphWriters.WriteDot(graph, writer);

        var text = writer.ToString();
        Assert.StartsWith("digraph", text, StringComparison.Ordinal);
        Assert.Equal(trace.Steps[0].Ops.Count, text.Split('\n').Count(l => l.TrimStart().StartsWith('n') && l.Contains("[label=", StringComparison.Ordinal)));
        Assert.Equal(graph.Graph.EdgeCount, text.Split('\n').Count(l => l.Contains("->", StringComparison.Ordinal)));
    }

    [Fact]
    public void Dot_labels_escape_quotes_and_backslashes()
    {
        var trace = Read(SimpleStep(1_000).Op(Worker, "we\"ird\\name = MatMul(fwd)", 2_000, 5));
        var writer = new StringWriter();

        GraphWriters.WriteDot(StepGraph.Build(trace, trace.Steps[0]), writer);

        Assert.Contains("label=\"we\\\"ird\\\\name\\nMatMul", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Graphml_output_is_well_formed_with_every_op_and_edge()
    {
        var trace = Read(SimpleStep(1_000));
        var graph = StepGraph.Build(trace, trace.Steps[0]);
        var writer = new StringWriter();

        GraphWriters.WriteGraphMl(graph, writer);

        var doc = XDocument.Parse(writer.ToString());
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(trace.Steps[0].Ops.Count, doc.Descendants(ns + "node").Count());
        Assert.Equal(graph.Graph.EdgeCount, doc.Descendants(ns + "edge").Count());
        Assert.Contains(doc.Descendants(ns + "data"), d => (string?)d.Attribute("key") == "kind" && d.Value == "Update");
    }

    [Fact]
    public void The_graph_command_writes_the_chosen_step_to_a_file()
    {
        var folder = _dir.File("trace");
        SimpleStep(1_000).WriteTo(folder, 0);
        SimpleStep(2_000).WriteTo(folder, 1);
        var output = _dir.File("step1.graphml");

        var result = CliRunner.Run("graph", folder, "--step", "1", "--format", "graphml", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("step1", (string?)XDocument.Load(output).Root!.Elements().Last().Attribute("id"));
        Assert.Single(Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public void A_chain_of_200k_dependent_ops_is_sorted_and_walked_without_recursion()
    {
        // Each op on its own thread, so that only the data dependencies link them: one chain as long as the trace says.
        const int length = 200_000;
        var builder = SimpleStep(1_000);
        builder.Op(Worker, "chain0 = Const()", 2_000, 1, thread: 2);
        for (var i = 1; i < length; i++)
        {
            builder.Op(Worker, $"chain{i} = Identity(chain{i - 1})", 2_000 + i, 1, thread: (uint)(3 + (i % 2)));
        }

        var trace = Read(builder);
        var graph = StepGraph.Build(trace, trace.Steps[0]);
        var path = graph.CriticalPath();

        Assert.True(path.Ops.Count >= length, $"the critical path has {path.Ops.Count} ops");
    }
}
