using SgdSim.Graph;
using SgdSim.Reports;
using SgdSim.Tests.Support;
using SgdSim.Traces;
using SgdSim.Traces.Chakra;
using SgdSim.Traces.Chakra.Wire;

namespace SgdSim.Tests;

/// <summary>Chakra execution traces: the real files import with their published facts; export and import round-trip.</summary>
public sealed class ChakraTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string External(string file) => Paths.SharedPath(Path.Combine("external", "chakra", file));

    private static string[] Collectives { get; } = Enum.GetNames<CollectiveCommType>().Select(ToSchemaName).ToArray();

    private static string ToSchemaName(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    [SharedFact("external/chakra/llama-rank0.et")]
    public void The_llama_rank_has_3643_compute_and_21_collective_nodes_ordered_by_data_dependencies()
    {
        var trace = TraceReader.Read(External("llama-rank0.et"));

        Assert.Equal(ChakraReader.FormatName, trace.Format);
        Assert.Equal("rank 0", Assert.Single(trace.Nodes).Name);
        var ops = Assert.Single(trace.Steps).Ops;
        Assert.Equal(3_664, ops.Count);
        Assert.Equal(3_643, ops.Count(o => o.Kind == OpKind.Compute));
        var collectives = ops.Where(o => o.Kind == OpKind.Other).ToArray();
        Assert.Equal(21, collectives.Length);
        Assert.All(collectives, c => Assert.True(c.Type == "COMM_COLL_NODE" || Collectives.Contains(c.Type), c.Type));
        // The seven NCCL kernels carry sizes: five all-reduces of the gradients and two broadcasts.
        Assert.Equal(102_228_128, collectives.Where(c => c.Type == "ALL_REDUCE").Sum(c => c.Bytes));
        Assert.Equal([424L, 212_480L], collectives.Where(c => c.Type == "BROADCAST").Select(c => c.Bytes!.Value).Order());
        Assert.DoesNotContain(ops, o => o.IsTransfer);
        Assert.Equal(2_448, ops.Count(o => trace.Devices[o.Device].Name == "rank 0/CPU"));

        // Its control dependencies are PyTorch's caller links (some on themselves, some in cycles): only data ones count.
        Assert.Contains(trace.Notes, n => n.Contains("1,660 control dependencies", StringComparison.Ordinal));
        Assert.Contains(trace.Notes, n => n.Contains("form cycles", StringComparison.Ordinal));
        var graph = StepGraph.Build(trace, trace.Steps[0]);
        Assert.Equal(181_878, graph.DataEdgeCount);
        Assert.Equal(0, graph.InferredEdgeCount);

        // Without start times every op starts exactly when its last input ends.
        Assert.Contains(trace.Notes, n => n.Contains("topological schedule", StringComparison.Ordinal));
        foreach (var v in graph.TopologicalOrder)
        {
            var inputsEnd = graph.Graph.InEdges(v).Select(e => ops[e.Source].EndNs).DefaultIfEmpty(0).Max();
            Assert.Equal(inputsEnd, ops[v].StartNs);
        }

        Assert.Equal(graph.CriticalPath().LengthNs, trace.Steps[0].DurationNs);
    }

    [SharedFact("external/chakra/ring-allreduce-8npu.0.et")]
    public void The_ring_rank_sends_14_chunks_to_rank_1_and_receives_14_from_rank_7()
    {
        var trace = TraceReader.Read(External("ring-allreduce-8npu.0.et"));

        Assert.Equal(["rank 0", "rank 1", "rank 7"], trace.Nodes.Select(n => n.Name));
        var ops = trace.Steps[0].Ops;
        Assert.Equal(35, ops.Count);
        Assert.Equal(7, ops.Count(o => o.Kind == OpKind.Compute));
        var transfers = ops.Where(o => o.IsTransfer).ToArray();
        Assert.Equal(28, transfers.Length);
        Assert.All(transfers, t => Assert.Equal(131_072, t.Bytes));
        Assert.Equal(14, transfers.Count(t => (t.SourceNode, t.DestinationNode, t.Type) == (0, 1, "COMM_SEND_NODE")));
        Assert.Equal(14, transfers.Count(t => (t.SourceNode, t.DestinationNode, t.Type) == (2, 0, "COMM_RECV_NODE")));
        Assert.Contains(trace.Notes, n => n.Contains("(1, 7) appear only as peers", StringComparison.Ordinal));
        // The seven 7 µs reductions run one after another, each after a receive; the transfers take no recorded time.
        Assert.Equal(49_000, trace.Steps[0].DurationNs);
    }

    [SharedFact("external/chakra/ring-allreduce-8npu.0.et")]
    public void Exporting_the_ring_rank_gives_each_peer_the_receives_of_the_transfers_to_it()
    {
        var ring = TraceReader.Read(External("ring-allreduce-8npu.0.et"));

        var files = ChakraWriter.Write(ring, 0, _dir.Path);

        Assert.Equal([35, 14, 14], files.Select(f => f.GraphNodes));
        var rank1 = ChakraStreamNodes(files[1].Path);
        Assert.All(rank1, n => Assert.Equal(NodeType.CommRecvNode, n.Type));
        var reread = TraceReader.Read(_dir.Path);
        // Every transfer now has both its ends in the job.
        Assert.Equal(28, reread.Steps[0].Ops.Count(o => o.IsTransfer));
        Assert.DoesNotContain(reread.Notes, n => n.Contains("no partner", StringComparison.Ordinal));
    }

    [SharedFact("external/chakra/allreduce-4npu-1MB.0.et")]
    public void The_all_reduce_microbenchmark_is_one_1_MiB_all_reduce()
    {
        var trace = TraceReader.Read(External("allreduce-4npu-1MB.0.et"));

        var op = Assert.Single(trace.Steps[0].Ops);
        Assert.Equal(("all_reduce_4npus_1MB", "ALL_REDUCE", 1_048_576L), (op.Name, op.Type, op.Bytes!.Value));
        Assert.False(op.IsTransfer);
    }

    [SharedTheory("external/chakra")]
    [InlineData("llama-rank0.et")]
    [InlineData("ring-allreduce-8npu.0.et")]
    [InlineData("allreduce-4npu-1MB.0.et")]
    public void Inspect_shows_a_real_chakra_file_though_it_has_no_parameter_server(string file)
    {
        Assert.Equal(ChakraReader.FormatName, TraceReader.DetectFormat(External(file)));
        var result = CliRunner.Run("inspect", External(file));

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Format     chakra-et", result.Stdout, StringComparison.Ordinal);
    }

    [SharedFact("external/tf2-xplane/bert-large-8gpu-worker.xplane.pb")]
    public void Protobufs_that_open_with_tag_0x0A_are_not_taken_for_chakra()
    {
        Assert.Equal("tensorflow-xspace", TraceReader.DetectFormat(Paths.SharedPath("external/tf2-xplane/bert-large-8gpu-worker.xplane.pb")));
        foreach (var step in Directory.GetFiles(Path.Combine(Paths.RepositoryRoot, "traces", "resnet50-synthetic"), "*.pb"))
        {
            Assert.Equal("tensorflow-runmetadata", TraceReader.DetectFormat(step));
        }

        // Small RunMetadata files, whose first length bytes are themselves plausible tags.
        var small = RunMetadataBuilder.SimpleStep(1_000).ToBytes();
        Assert.Equal(0x0A, small[0]);
        Assert.Equal("tensorflow-runmetadata", TraceReader.DetectFormat(Write("small.pb", small)));
    }

    [Fact]
    public void The_bundled_resnet_step_round_trips_through_chakra()
    {
        var original = TraceReader.Read(Path.Combine(Paths.RepositoryRoot, "traces", "resnet50-synthetic"));

        var files = ChakraWriter.Write(original, 1, _dir.Path);

        Assert.Equal([0, 1], files.Select(f => f.Node));
        AssertSameStep(original, 1, TraceReader.Read(_dir.Path));
    }

    [SharedFact("groundtruth/mlp-b128-1gbit/trace")]
    public void The_ground_truth_mlp_step_round_trips_through_chakra()
    {
        var original = TraceReader.Read(Paths.SharedPath("groundtruth/mlp-b128-1gbit/trace"));

        ChakraWriter.Write(original, 3, _dir.Path, "mlp");
        var imported = TraceReader.Read(_dir.Path);

        AssertSameStep(original, 3, imported);
        Assert.Equal(16, imported.Steps[0].Ops.Count(o => o.IsTransfer));
        Assert.Equal(33_615_912, imported.Parameters.Sum(p => p.Bytes));
    }

    [Fact]
    public void A_job_built_in_memory_with_three_workers_round_trips_through_chakra()
    {
        var job = ThreeWorkerJob();

        var files = ChakraWriter.Write(job, 0, _dir.File("et"), "job");

        Assert.Equal(["job.0.et", "job.1.et", "job.2.et", "job.3.et"], files.Select(f => Path.GetFileName(f.Path)));
        // The PS holds its read, its update, a send per pull and a receive per push; each worker a receive, its ops
        // and a send.
        Assert.Equal([8, 5, 4, 4], files.Select(f => f.GraphNodes));
        var imported = TraceReader.Read(_dir.File("et"));
        AssertSameStep(job, 0, imported);
        Assert.Single(imported.Steps[0].Ops, o => o.IsTransfer && o.Bytes is null);
    }

    [Fact]
    public void Sends_and_receives_pair_by_ranks_and_tag_into_transfers()
    {
        var job = ThreeWorkerJob();
        ChakraWriter.Write(job, 0, _dir.Path, "job");

        var ps = ChakraStreamNodes(_dir.File("job.0.et"));
        var worker = ChakraStreamNodes(_dir.File("job.1.et"));

        var send = Assert.Single(ps, n => n.Type == NodeType.CommSendNode && n.Attr.Any(a => a.Name == "comm_dst" && a.Int32Val == 1));
        var receive = Assert.Single(worker, n => n.Type == NodeType.CommRecvNode);
        Assert.Equal(Tag(send), Tag(receive));
        Assert.Equal(send.Name, receive.Name);
        Assert.Equal(4096, send.Attr.Single(a => a.Name == "comm_size").Int64Val);
        // The pull depends on the PS's read there, where the read is.
        var read = ps.Single(n => n.Name == "w/read");
        Assert.Equal([read.Id], send.DataDeps);
        Assert.Empty(receive.DataDeps);

        static int Tag(Node n) => n.Attr.Single(a => a.Name == "comm_tag").Int32Val;
    }

    [Fact]
    public void Lane_order_is_written_as_control_dependencies()
    {
        ChakraWriter.Write(ThreeWorkerJob(), 0, _dir.Path);

        var ps = ChakraStreamNodes(_dir.File("trace.0.et"));

        // The PS's read and its update ran one after the other on one thread, with nothing else linking them.
        var update = ps.Single(n => n.Name == "update/w");
        Assert.Equal([ps.Single(n => n.Name == "w/read").Id], update.CtrlDeps);
        Assert.Equal(3, update.DataDeps.Count);
    }

    [Fact]
    public void A_new_export_removes_the_files_of_ranks_it_no_longer_has()
    {
        File.WriteAllText(_dir.File("trace.7.et"), "left over");
        File.WriteAllText(_dir.File("notes.txt"), "kept");

        ChakraWriter.Write(ThreeWorkerJob(), 0, _dir.Path);

        Assert.False(File.Exists(_dir.File("trace.7.et")));
        Assert.True(File.Exists(_dir.File("notes.txt")));
        Assert.Equal(4, Directory.GetFiles(_dir.Path, "*.et").Length);
    }

    [Fact]
    public void A_ring_of_ranks_with_the_same_op_names_imports_without_cycles()
    {
        // Each rank sends its chunk on, then receives the previous rank's and reduces it: the receive depends on the
        // send, so a transfer that waited for its sender's completion would wait on itself around the ring.
        for (var r = 0; r < 3; r++)
        {
            new EtFileBuilder()
                .Comp(0, "chunk", 2)
                .Send(1, "send", (r + 1) % 3, 0, 1000, 0)
                .Recv(2, "recv", (r + 2) % 3, 0, 1000, 1)
                .Comp(3, "reduce", 5, 2)
                .Write(_dir.File($"ring.{r}.et"));
        }

        var trace = TraceReader.Read(_dir.Path);
        var step = trace.Steps[0];
        var graph = StepGraph.Build(trace, step);

        Assert.Equal(3 * 3, step.Ops.Count);
        var transfers = step.Ops.Where(o => o.IsTransfer).ToArray();
        Assert.Equal([(0, 1), (1, 2), (2, 0)], transfers.Select(t => (t.SourceNode, t.DestinationNode)).Order());
        // Every transfer follows its sender's chunk, which the receiver's chunk of the same name would shadow: the
        // chunks carry their rank. Every reduce follows its own rank's receive.
        foreach (var t in transfers)
        {
            var chunk = Index(step, t.SourceNode, $"chunk [rank {t.SourceNode}]");
            Assert.True(graph.Graph.ContainsEdge(chunk, Array.IndexOf(step.Ops.ToArray(), t)));
            Assert.Equal(2_000, t.StartNs);
        }

        Assert.All(Enumerable.Range(0, 3), r => Assert.Equal(7_000, step.Ops[Index(step, r, "reduce")].EndNs));
        Assert.Equal(9, graph.DataEdgeCount);
    }

    [Fact]
    public void An_op_a_transfer_names_on_its_sender_is_qualified_when_the_receiver_has_one_of_that_name()
    {
        new EtFileBuilder().Comp(0, "produce", 3).Send(1, "move", 1, 7, 64, 0).Write(_dir.File("job.0.et"));
        new EtFileBuilder().Comp(0, "produce", 1).Recv(1, "move", 0, 7, 64).Comp(2, "consume", 1, 1, 0).Write(_dir.File("job.1.et"));

        var trace = TraceReader.Read(_dir.Path);
        var step = trace.Steps[0];
        var graph = StepGraph.Build(trace, step);

        var move = Index(step, 1, "move");
        var qualified = Index(step, 0, "produce [rank 0]");
        Assert.True(graph.Graph.ContainsEdge(qualified, move));
        Assert.False(graph.Graph.ContainsEdge(Index(step, 1, "produce"), move));
        Assert.Equal(3_000, step.Ops[move].StartNs);
        Assert.Contains(trace.Notes, n => n.Contains("in brackets", StringComparison.Ordinal));
    }

    [Fact]
    public void Sends_without_a_partner_between_ranks_of_the_trace_are_noted_and_kept_one_sided()
    {
        new EtFileBuilder().Send(0, "lost", 1, 3, 64).Write(_dir.File("job.0.et"));
        new EtFileBuilder().Comp(0, "idle", 1).Write(_dir.File("job.1.et"));

        var trace = TraceReader.Read(_dir.Path);

        var lost = Assert.Single(trace.Steps[0].Ops, o => o.IsTransfer);
        Assert.Equal((0, 0, 1), (lost.Node, lost.SourceNode, lost.DestinationNode));
        Assert.Contains(trace.Notes, n => n.Contains("1 send and 0 receives", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_writes_one_file_per_node_and_inspect_reads_them_back()
    {
        var trace = Path.Combine(Paths.RepositoryRoot, "traces", "resnet50-synthetic");
        var export = CliRunner.Run("export", "chakra", trace, "--out", _dir.File("et"), "--step", "2");

        Assert.Equal("", export.Stderr);
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("Step 2 of", export.Stdout, StringComparison.Ordinal);
        Assert.Contains("trace.1.et", export.Stdout, StringComparison.Ordinal);
        var inspect = CliRunner.Run("inspect", _dir.File("et"));
        Assert.Equal(0, inspect.ExitCode);
        Assert.Contains("Parameters 161 tensors, 102,228,128 bytes", inspect.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_help_shows_examples()
    {
        var help = CliRunner.Run("export", "chakra", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("sgdsim export chakra traces/resnet50-synthetic --out", help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_refuses_a_step_that_does_not_exist()
    {
        var result = CliRunner.Run("export", "chakra", Path.Combine(Paths.RepositoryRoot, "traces", "resnet50-synthetic"), "--out", _dir.Path, "--step", "99");

        AssertRefused(result, "--step 99", "does not exist");
        Assert.Empty(Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public void A_truncated_chakra_file_is_refused()
    {
        var bytes = ValidFile().ToBytes();
        var file = Write("cut.0.et", bytes[..(bytes.Length - 5)]);

        AssertRefused(CliRunner.Run("inspect", file), "cut.0.et", "is truncated");
    }

    [Fact]
    public void A_corrupt_chakra_node_is_refused()
    {
        var bytes = ValidFile().ToBytes().ToList();
        // A well-framed node whose body opens with field 1 in the unused wire type 7.
        bytes.AddRange([0x03, 0x0F, 0xFF, 0xFF]);

        AssertRefused(CliRunner.Run("inspect", Write("corrupt.0.et", bytes.ToArray())), "corrupt.0.et", "is not valid protobuf");
    }

    [Fact]
    public void A_file_of_another_format_named_et_is_refused()
    {
        var file = Write("notes.0.et", "just some text, not a trace\n"u8.ToArray());

        AssertRefused(CliRunner.Run("inspect", file), "notes.0.et", "not a trace format SgdSim reads");
    }

    [Fact]
    public void A_node_without_a_type_is_refused()
    {
        var file = ValidFile().Add(new Node { Id = 9, Name = "untyped" }).Write(_dir.File("untyped.0.et"));

        AssertRefused(CliRunner.Run("inspect", file), "untyped.0.et", "node 9 ('untyped') has no type");
    }

    [Fact]
    public void A_send_without_a_destination_is_refused()
    {
        var file = ValidFile().Add(new Node { Id = 9, Name = "nowhere", Type = NodeType.CommSendNode }).Write(_dir.File("send.0.et"));

        AssertRefused(CliRunner.Run("inspect", file), "send.0.et", "without a comm_dst attribute");
    }

    [Fact]
    public void A_dangling_data_dependency_is_refused()
    {
        var file = ValidFile().Comp(9, "orphan", 1, 42).Write(_dir.File("dangling.0.et"));

        AssertRefused(CliRunner.Run("inspect", file), "dangling.0.et", "node 9 ('orphan') has a data dependency on node 42, which is not in the file");
    }

    [Fact]
    public void Two_nodes_with_one_id_are_refused()
    {
        var file = ValidFile().Comp(1, "again", 1).Write(_dir.File("twice.0.et"));

        AssertRefused(CliRunner.Run("inspect", file), "twice.0.et", "two nodes with id 1");
    }

    [Fact]
    public void A_cycle_of_data_dependencies_is_refused()
    {
        var file = new EtFileBuilder().Comp(0, "a", 1, 1).Comp(1, "b", 1, 0).Write(_dir.File("cycle.0.et"));

        AssertRefused(CliRunner.Run("inspect", file), "cycle.0.et", "cycle of data dependencies");
    }

    private static EtFileBuilder ValidFile() => new EtFileBuilder().Comp(0, "first", 10).Comp(1, "second", 20, 0);

    private string Write(string name, byte[] bytes)
    {
        var file = _dir.File(name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    private static void AssertRefused(CliRunner.Result result, string names, string problem)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(names, line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    private static int Index(TraceStep step, int node, string name) =>
        step.Ops.Select((o, i) => (o, i)).Single(x => x.o.Node == node && x.o.Name == name).i;

    private static List<Node> ChakraStreamNodes(string file)
    {
        var nodes = new List<Node>();
        ChakraStream.Read(file, nodes.Add);
        return nodes;
    }

    // One PS and three workers: each worker pulls w, computes, pushes its gradient; worker 0 also all-reduces
    // something, and worker 2's push has no recorded size. Workers' ops share names, as in any data-parallel job.
    private static Trace ThreeWorkerJob()
    {
        var b = new TraceBuilder("synthetic", "memory");
        var ps = b.Node("ps", NodeRole.ParameterServer, 0);
        var psDevice = b.Device("ps/CPU", ps);
        var psThread = b.Lane(psDevice, "thread");
        var psNet = b.Lane(psDevice, "net", concurrent: true);
        var workers = Enumerable.Range(0, 3).Select(k => b.Node($"worker {k}", NodeRole.Worker, k)).ToArray();
        b.BeginStep();
        b.Op(Op("w/read", "Identity", OpKind.Compute, ps, psDevice, psThread, 0, 5_000));
        foreach (var w in workers)
        {
            var device = b.Device($"worker {w - 1}/CPU", w);
            var thread = b.Lane(device, "thread");
            var net = b.Lane(device, "net", concurrent: true);
            var t = 10_000L * w;
            b.Op(Op("pull/w", "RecvTensor", OpKind.ParameterTransfer, w, device, net, 5_000 + t, 9_000 + t, ["w/read"],
                bytes: 4096, tensor: "w/read", parameter: "w", from: ps, to: w));
            b.Op(Op("fwd", "MatMul", OpKind.Compute, w, device, thread, 9_000 + t, 12_000 + t, ["pull/w"]));
            b.Op(Op("bwd", "MatMulGrad", OpKind.Compute, w, device, thread, 12_000 + t, 16_000 + t, ["fwd"]));
            b.Op(Op($"push/w/{w}", "RecvTensor", OpKind.GradientTransfer, ps, psDevice, psNet, 16_000 + t, 19_000 + t, ["bwd"],
                bytes: w == 3 ? null : 4096, parameter: "w", from: w, to: ps));
            if (w == 1)
            {
                b.Op(Op("sync", "ALL_REDUCE", OpKind.Other, w, device, thread, 16_000 + t, 17_000 + t, ["bwd"], bytes: 1024));
            }
        }

        b.Op(Op("update/w", "ApplyGradientDescent", OpKind.Update, ps, psDevice, psThread, 49_000, 50_000,
            ["push/w/1", "push/w/2", "push/w/3"], parameter: "w"));
        b.EndStep();
        b.Parameter("w", 4096, ps, "update/w");
        return b.Build();

        static TraceOp Op(string name, string type, OpKind kind, int node, int device, int lane, long start, long end, string[]? inputs = null,
            long? bytes = null, string? tensor = null, string? parameter = null, int from = -1, int to = -1) => new()
            {
                Name = name,
                Type = type,
                Kind = kind,
                Node = node,
                Device = device,
                Lane = lane,
                StartNs = start,
                EndNs = end,
                Inputs = inputs ?? [],
                Bytes = bytes,
                Tensor = tensor,
                Parameter = parameter,
                SourceNode = from,
                DestinationNode = to,
            };
    }

    // Same nodes, same ops on each (kind, type, device, times, bytes, tensor, parameter, ends), same edges: what the
    // original inferred from lane order comes back as recorded dependencies.
    private static void AssertSameStep(Trace original, int step, Trace imported)
    {
        Assert.Equal(ChakraReader.FormatName, imported.Format);
        Assert.Equal(original.Nodes.Select(n => (n.Name, n.Role, n.TaskIndex)), imported.Nodes.Select(n => (n.Name, n.Role, n.TaskIndex)));
        var a = original.Steps[step];
        var b = Assert.Single(imported.Steps);
        Assert.Equal(a.Ops.Count, b.Ops.Count);
        var byKey = b.Ops.ToDictionary(o => (o.Node, o.Name));
        foreach (var o in a.Ops)
        {
            var r = byKey[(o.Node, o.Name)];
            Assert.Equal((o.Kind, o.Type, o.StartNs, o.DurationNs, o.Bytes, o.Tensor, o.Parameter, o.SourceNode, o.DestinationNode),
                (r.Kind, r.Type, r.StartNs, r.DurationNs, r.Bytes, r.Tensor, r.Parameter, r.SourceNode, r.DestinationNode));
            Assert.Equal(original.Devices[o.Device].Name, imported.Devices[r.Device].Name);
        }

        var ga = StepGraph.Build(original, a);
        var gb = StepGraph.Build(imported, b);
        Assert.Equal(Edges(ga), Edges(gb));
        Assert.Equal(ga.Graph.EdgeCount, gb.DataEdgeCount);
        Assert.Equal(0, gb.InferredEdgeCount);
        Assert.Equal(ga.CriticalPath().LengthNs, gb.CriticalPath().LengthNs);
        Assert.Equal(
            original.Parameters.Select(p => (p.Name, p.Bytes, p.ServerNode, p.UpdateOp)).Order(),
            imported.Parameters.Select(p => (p.Name, p.Bytes, p.ServerNode, p.UpdateOp)).Order());

        static SortedSet<string> Edges(StepGraph g) => new(g.Graph.Edges.Select(e =>
            $"{g.Step.Ops[e.Source].Node}:{g.Step.Ops[e.Source].Name} → {g.Step.Ops[e.Target].Node}:{g.Step.Ops[e.Target].Name}"), StringComparer.Ordinal);
    }
}
