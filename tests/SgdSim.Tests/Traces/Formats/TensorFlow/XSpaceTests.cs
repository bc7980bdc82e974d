using SgdSim.Tests.Support;
using SgdSim.Traces;
using SgdSim.Traces.TensorFlow;
using SgdSim.Traces.TensorFlow.Wire;

namespace SgdSim.Tests;

/// <summary>The TF2 profiler's XSpace: what becomes of its planes, lines, events and stats.</summary>
public sealed class XSpaceTests : IDisposable
{
    private const string Worker = "/job:worker/replica:0/task:0";
    private const string Ps = "/job:ps/replica:0/task:0";
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private Trace Read(XSpaceBuilder space, string name = "worker0.xplane.pb") => TraceReader.Read(space.WriteTo(_dir.File(name)));

    private static TraceOp Op(Trace trace, string device, string name) =>
        trace.Steps.SelectMany(s => s.Ops).Single(o => trace.Devices[o.Device].Name == device && o.Name == name);

    [Fact]
    public void The_format_is_detected_from_the_content()
    {
        var file = XSpaceBuilder.WorkerStep().WriteTo(_dir.File("capture.bin"));

        Assert.Equal(XSpaceReader.FormatName, TraceReader.DetectFormat(file));
    }

    [Fact]
    public void Event_times_are_picosecond_offsets_from_their_line_timestamp()
    {
        var trace = Read(XSpaceBuilder.WorkerStep(stepStartNs: 5_000_000));

        var matmul = Op(trace, $"{Worker}/device:CPU:0", "dense/MatMul");
        Assert.Equal(5_060_000, matmul.StartNs);
        Assert.Equal(5_070_000, matmul.EndNs);
        Assert.Equal("MatMul", matmul.Type);
        Assert.Equal(OpKind.Compute, matmul.Kind);
    }

    [Fact]
    public void The_host_plane_is_the_tasks_cpu_and_its_threads_are_lanes()
    {
        var trace = Read(XSpaceBuilder.WorkerStep());

        var worker = Assert.Single(trace.Nodes, n => n.Role == NodeRole.Worker);
        Assert.Equal(Worker, worker.Name);
        Assert.Contains(trace.Devices, d => d.Name == $"{Worker}/device:CPU:0");
        Assert.Contains(trace.Devices, d => d.Name == $"{Worker}/device:GPU:0");
        var matmul = Op(trace, $"{Worker}/device:CPU:0", "dense/MatMul");
        Assert.Equal("tf_Compute/1", trace.Lanes[matmul.Lane].Name);
    }

    [Fact]
    public void The_kernels_of_one_op_become_one_gpu_op_spanning_them_on_its_stream()
    {
        var trace = Read(XSpaceBuilder.WorkerStep(stepStartNs: 1_000_000));

        var gpu = Op(trace, $"{Worker}/device:GPU:0", "dense/MatMul");
        Assert.Equal(1_070_000, gpu.StartNs);
        Assert.Equal(1_078_000, gpu.EndNs);
        Assert.Equal("Stream #7(Compute)", trace.Lanes[gpu.Lane].Name);
        Assert.DoesNotContain(trace.Steps[0].Ops, o => o.Name.Contains("gemm", StringComparison.Ordinal));
    }

    [Fact]
    public void A_copy_no_op_claims_keeps_its_size_and_launch()
    {
        var trace = Read(XSpaceBuilder.WorkerStep());

        var copy = Op(trace, $"{Worker}/device:GPU:0", "MemcpyH2D@42");
        Assert.Equal(4096, copy.Bytes);
        Assert.Equal(OpKind.Other, copy.Kind);
        Assert.False(copy.IsTransfer);
    }

    [Fact]
    public void Runtime_events_are_left_out_and_counted()
    {
        var trace = Read(XSpaceBuilder.WorkerStep());

        Assert.DoesNotContain(trace.Steps[0].Ops, o => o.Name.Contains("ExecutorState", StringComparison.Ordinal));
        Assert.Contains(trace.Notes, n => n.StartsWith("1 host events that are not TF ops", StringComparison.Ordinal));
    }

    [Fact]
    public void A_receive_whose_rendezvous_key_names_a_ps_is_a_sized_parameter_pull()
    {
        var trace = Read(XSpaceBuilder.WorkerStep());

        var pull = Op(trace, $"{Worker}/device:CPU:0", "w/read/_1");
        Assert.True(pull.IsTransfer);
        Assert.Equal(OpKind.ParameterTransfer, pull.Kind);
        Assert.Equal(Ps, trace.Nodes[pull.SourceNode].Name);
        Assert.Equal(Worker, trace.Nodes[pull.DestinationNode].Name);
        Assert.Equal(256 * 256 * 4, pull.Bytes);
        Assert.Equal("w/read", pull.Tensor);
        Assert.Equal("w", pull.Parameter);
        Assert.Contains(trace.Parameters, p => p.Name == "w" && p.Bytes == 256 * 256 * 4);
    }

    [Fact]
    public void Sends_and_receives_within_the_host_and_collectives_are_other_ops_with_their_tensor_size()
    {
        var space = XSpaceBuilder.WorkerStep();
        space.Plane(XSpaceBuilder.Host).Line("tf_gpu_private_0/1", 1_000_000)
            .Event("x/_3:_HostRecv", 1_000_000, 1_000_000, ("group_id", 0L), ("from", "x"), ("to", "y"))
            .Event("allreduce/CollectiveReduce:CollectiveReduce", 3_000_000, 9_000_000, ("group_id", 0L), ("shape", "(float[1024,16];half[8])"));

        var trace = Read(space);

        var recv = Op(trace, $"{Worker}/device:CPU:0", "x/_3");
        Assert.Equal(OpKind.Other, recv.Kind);
        Assert.False(recv.IsTransfer);
        var reduce = Op(trace, $"{Worker}/device:CPU:0", "allreduce/CollectiveReduce");
        Assert.Equal(OpKind.Other, reduce.Kind);
        Assert.Equal(1024 * 16 * 4 + 8 * 2, reduce.Bytes);
        Assert.Contains(trace.Notes, n => n.Contains("CollectiveReduce ×1", StringComparison.Ordinal));
        Assert.Contains(trace.Notes, n => n.Contains("_HostRecv ×1", StringComparison.Ordinal) && n.Contains("not network transfers", StringComparison.Ordinal));
    }

    [Fact]
    public void Steps_come_from_the_steps_line_by_group_id_or_by_time()
    {
        var space = new XSpaceBuilder();
        var host = space.Plane(XSpaceBuilder.Host).Line("python3", 0);
        // Step "10" runs from 1 ms to 2 ms on the GPU, step "11" from 3 to 4 ms; the host launches step 10's op early.
        host.Event("early:MatMul", 500_000_000, 100_000_000, ("group_id", 7L));
        host.Event("loose:Add", 3_500_000_000, 100_000_000);
        host.Event("iterator:IteratorGetNext", 1_500_000_000, 100_000_000, ("group_id", 99L));
        host.Event("late:Add", 9_000_000_000, 100_000_000);
        var steps = space.Plane("/device:GPU:0").Line("Steps", 0);
        steps.Event("10", 1_000_000_000, 1_000_000_000, ("group_id", 7L), ("step_name", "10"));
        steps.Event("11", 3_000_000_000, 1_000_000_000, ("group_id", 8L), ("step_name", "11"));

        var trace = Read(space);

        Assert.Equal(2, trace.Steps.Count);
        Assert.Equal(["early"], trace.Steps[0].Ops.Select(o => o.Name));
        Assert.Equal(["loose"], trace.Steps[1].Ops.Select(o => o.Name));
        Assert.Contains(trace.Notes, n => n.StartsWith("2 step(s) found from the 'Steps' lines of /device:GPU:0 (steps 10, 11)", StringComparison.Ordinal));
        Assert.Contains(trace.Notes, n => n.StartsWith("2 op events belong to no training step (1 of other event groups", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_steps_line_step_markers_make_the_steps()
    {
        var space = new XSpaceBuilder();
        var host = space.Plane(XSpaceBuilder.Host).Line("python3", 0);
        host.Event("train", 0, 1_000_000_000, ("step_num", 1L));
        host.Event("a:MatMul", 100_000_000, 100_000_000);
        host.Event("train", 2_000_000_000, 1_000_000_000, ("step_num", 2L));
        host.Event("a:MatMul", 2_100_000_000, 100_000_000);
        host.Event("b:Relu", 2_300_000_000, 100_000_000);

        var trace = Read(space);

        Assert.Equal([1, 2], trace.Steps.Select(s => s.Ops.Count));
        Assert.Contains(trace.Notes, n => n.Contains("step markers (host events with a step_num stat: steps 1, 2)", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_steps_or_markers_the_profile_is_one_step_and_the_notes_say_so()
    {
        var space = new XSpaceBuilder();
        space.Plane(XSpaceBuilder.Host).Line("python3", 0).Event("a:MatMul", 0, 1_000).Event("b:Relu", 2_000, 1_000);

        var trace = Read(space);

        Assert.Single(trace.Steps);
        Assert.Equal(2, trace.Steps[0].Ops.Count);
        Assert.Contains(trace.Notes, n => n.Contains("whole profile is read as one step", StringComparison.Ordinal));
        Assert.Contains(trace.Notes, n => n.Contains("names no TensorFlow task", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_run_of_an_op_in_a_step_is_its_own_op_and_a_reused_name_keeps_its_type()
    {
        var space = new XSpaceBuilder();
        space.Plane(XSpaceBuilder.Host).Line("python3", 0)
            .Event("a:Add", 0, 1_000_000)
            .Event("a:Add", 5_000_000, 1_000_000)
            .Event("out:_Retval", 7_000_000, 1_000_000)
            .Event("out:_DeviceRetval", 9_000_000, 1_000_000);

        var trace = Read(space);

        Assert.Equal(["a", "a#2", "out", "out:_DeviceRetval"], trace.Steps[0].Ops.Select(o => o.Name));
        Assert.Equal(1_000, trace.Steps[0].Ops[0].DurationNs);
    }

    [Fact]
    public void A_folder_of_host_profiles_is_one_node_per_host_with_steps_matched_by_name()
    {
        var folder = Path.Combine(_dir.Path, "session");
        Directory.CreateDirectory(folder);
        XSpaceBuilder.WorkerStep(stepStartNs: 1_000_000).WriteTo(Path.Combine(folder, "worker0.xplane.pb"));
        var second = new XSpaceBuilder().HostName("worker1:6009");
        second.Plane(XSpaceBuilder.Host).Line("tf_Compute/1", 1_000_000)
            .Event("dense/MatMul:MatMul", 10_000_000, 10_000_000, ("group_id", 3L), ("device", "/job:worker/replica:0/task:1/device:CPU:0"));
        second.Plane("/device:GPU:0").Line("Steps", 1_000_000).Event("0", 0, 50_000_000, ("group_id", 3L), ("step_name", "0"));
        second.WriteTo(Path.Combine(folder, "worker1.xplane.pb"));
        File.WriteAllText(Path.Combine(folder, "README.txt"), "not a profile");

        var trace = TraceReader.Read(folder);

        Assert.Equal([Worker, "/job:worker/replica:0/task:1", Ps], trace.Nodes.Select(n => n.Name));
        var step = Assert.Single(trace.Steps);
        Assert.Contains(step.Ops, o => o.Name == "dense/MatMul" && trace.Nodes[o.Node].Name == "/job:worker/replica:0/task:1");
    }

    [Fact]
    public void Inspect_shows_an_xspace_of_a_ps_job_and_graph_draws_it()
    {
        var file = XSpaceBuilder.WorkerStep().WriteTo(_dir.File("worker0.xplane.pb"));

        var inspect = CliRunner.Run("inspect", file);
        var graph = CliRunner.Run("graph", file);

        Assert.Equal(0, inspect.ExitCode);
        Assert.Contains("tensorflow-xspace", inspect.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Not a parameter-server job", inspect.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, graph.ExitCode);
        Assert.Contains("w/read/_1", graph.Stdout, StringComparison.Ordinal);
    }

    private const string Bert = "external/tf2-xplane/bert-large-8gpu-worker.xplane.pb";

    [SharedFact(Bert)]
    public void The_bert_worker_profile_imports_as_one_worker_with_a_cpu_and_eight_gpus_and_one_step()
    {
        var trace = TraceReader.Read(Paths.SharedPath(Bert));

        Assert.Equal(XSpaceReader.FormatName, trace.Format);
        var node = Assert.Single(trace.Nodes);
        Assert.Equal((Worker, NodeRole.Worker), (node.Name, node.Role));
        // 9 planes: /host:CPU and /device:GPU:0 to 7.
        Assert.Equal(9, trace.Devices.Count);
        Assert.Equal(Enumerable.Range(0, 8).Select(g => $"{Worker}/device:GPU:{g}").Prepend($"{Worker}/device:CPU:0"), trace.Devices.Select(d => d.Name));
        var step = Assert.Single(trace.Steps);
        Assert.Contains(trace.Notes, n => n.StartsWith("1 step(s) found from the 'Steps' lines of /device:GPU:4, /device:GPU:6 (steps 0)", StringComparison.Ordinal));
        Assert.DoesNotContain(step.Ops, o => o.IsTransfer);
    }

    [SharedFact(Bert)]
    public void The_bert_profile_shows_its_collective_reduce_and_the_sends_and_receives_between_cpu_and_gpus()
    {
        var trace = TraceReader.Read(Paths.SharedPath(Bert));
        var ops = trace.Steps[0].Ops;

        var reduce = Assert.Single(ops, o => o.Type == "CollectiveReduce");
        Assert.Equal("allreduce/CollectiveReduce", reduce.Name);
        Assert.Equal(OpKind.Other, reduce.Kind);
        Assert.Equal(8, reduce.Bytes); // shape (int64[]): one int64
        foreach (var type in new[] { "_Send", "_Recv", "_HostSend", "_HostRecv" })
        {
            Assert.Contains(ops, o => o.Type == type && o.Kind == OpKind.Other && !o.IsTransfer);
        }

        // GPU copies of _HostRecv ops carry their size from memcpy_details ("size:6144").
        Assert.Contains(ops, o => o.Type == "_HostRecv" && trace.Devices[o.Device].Name.EndsWith("GPU:4", StringComparison.Ordinal) && o.Bytes == 6144);
    }

    [SharedFact(Bert)]
    public void The_bert_gpu_ops_are_those_tf_derives_itself_on_its_tensorflow_ops_line_with_the_same_times()
    {
        // TF's own post-processing groups each GPU's kernels into ops on a "TensorFlow Ops" line, which the reader
        // does not read: the ops it builds from the streams must be the same, at the same times.
        var space = XSpace.Parser.ParseFrom(File.ReadAllBytes(Paths.SharedPath(Bert)));
        var trace = TraceReader.Read(Paths.SharedPath(Bert));
        foreach (var plane in space.Planes.Where(p => p.Lines.Any(l => l.Name == "TensorFlow Ops")))
        {
            var line = plane.Lines.Single(l => l.Name == "TensorFlow Ops");
            var expected = line.Events
                .GroupBy(e => plane.EventMetadata[e.MetadataId].Name.Split(':')[0])
                .ToDictionary(g => g.Key, g => (Start: line.TimestampNs + g.Min(e => e.OffsetPs) / 1000, End: line.TimestampNs + g.Max(e => e.OffsetPs + e.DurationPs) / 1000));
            var device = $"{Worker}{plane.Name}";
            var actual = trace.Steps[0].Ops
                .Where(o => trace.Devices[o.Device].Name == device && trace.Lanes[o.Lane].Name.EndsWith("(Compute)", StringComparison.Ordinal))
                .ToDictionary(o => o.Name, o => (Start: o.StartNs, End: o.EndNs));

            Assert.Equal(665, line.Events.Count);
            Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
            Assert.All(expected, e => Assert.Equal(e.Value, actual[e.Key]));
        }
    }

    [SharedFact(Bert)]
    public void Inspect_shows_the_bert_profile_and_says_it_is_not_a_parameter_server_job()
    {
        var result = CliRunner.Run("inspect", Paths.SharedPath(Bert));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Format     tensorflow-xspace", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Steps      1 ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Not a parameter-server job", result.Stdout, StringComparison.Ordinal);
    }
}
