using SgdSim.Tests.Support;
using SgdSim.Traces;
using SgdSim.Traces.PyTorch;

namespace SgdSim.Tests;

/// <summary>The PyTorch profiler importer on small traces written here: nesting, flows, steps, collectives, clocks.</summary>
public sealed class KinetoTests : IDisposable
{
    private const long Base = 1_700_000_000_000_000_000;
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // Two steps of one GPU rank: a forward op that launches a kernel, a backward op on the autograd thread, an
    // all-reduce, and an op after the last step.
    private static KinetoJson GpuRank() => new KinetoJson()
        .Distributed(rank: 0, worldSize: 2, backend: "nccl")
        .BaseTime(Base)
        .Step(1, 1000, 1000)
        .Slice("user_annotation", "## forward ##", 1005, 445)
        .Op("aten::linear", 1010, 90)
        .Op("aten::addmm", 1020, 70)
        .Slice("cuda_runtime", "cudaLaunchKernel", 1030, 10)
        .Flow("ac2g", 7, start: true, 1030)
        .Slice("kernel", "void gemm_kernel<float, 128>(float*, int)", 1200, 50, pid: 0, tid: 7)
        .Flow("ac2g", 7, start: false, 1200, pid: 0, tid: 7)
        .Flow("fwdbwd", 9, start: true, 1010)
        .Op("autograd::engine::evaluate_function: AddmmBackward0", 1690, 110, tid: 77)
        .Flow("fwdbwd", 9, start: false, 1700, tid: 77)
        .Slice("user_annotation", "nccl:all_reduce", 1510, 80, tid: 77)
        .Slice("cpu_op", "record_param_comms", 1500, 100, tid: 77,
            args: "\"In msg nelems\": 1000, \"Out msg nelems\": 1000, \"dtype\": \"Float\", \"Collective name\": \"allreduce\", \"Group size\": 2")
        .Step(2, 2000.5, 1000)
        .Op("aten::linear", 2010, 90)
        .Op("aten::linear", 2200, 100)
        .Op("aten::relu", 5000, 10);

    [Fact]
    public void A_thread_keeps_its_outermost_operators_as_ops_and_drops_what_they_contain()
    {
        var trace = KinetoReader.Read(GpuRank().WriteTo(_dir.File("rank0.json")));

        Assert.Equal(2, trace.Steps.Count);
        var names = trace.Steps[0].Ops.Select(o => o.Name).ToList();
        Assert.Contains("aten::linear", names);
        Assert.DoesNotContain("aten::addmm", names);
        Assert.DoesNotContain("cudaLaunchKernel", names);
        Assert.DoesNotContain("## forward ##", names);
        Assert.Equal(["aten::linear", "aten::linear#2"], trace.Steps[1].Ops.Select(o => o.Name));
    }

    [Fact]
    public void A_flow_from_an_op_of_the_step_before_adds_no_input_across_steps()
    {
        // The forward op of step 1 flows to a backward op the profiler put in step 2: each step stands alone.
        var json = new KinetoJson()
            .Step(1, 1000, 1000)
            .Op("aten::mm", 1100, 10)
            .Flow("fwdbwd", 7, start: true, 1100)
            .Step(2, 2000, 1000)
            .Op("MmBackward0", 2100, 10, tid: 2)
            .Flow("fwdbwd", 7, start: false, 2100, tid: 2);

        var trace = KinetoReader.Read(json.WriteTo(_dir.File("across.json")));

        Assert.Equal(["aten::mm"], trace.Steps[0].Ops.Select(o => o.Name));
        Assert.Empty(Assert.Single(trace.Steps[1].Ops).Inputs);
    }

    [Fact]
    public void Flows_become_inputs_and_a_kernel_runs_on_its_gpu_stream_after_its_launch()
    {
        var trace = KinetoReader.Read(GpuRank().WriteTo(_dir.File("rank0.json")));
        var step = trace.Steps[0];

        var kernel = Assert.Single(step.Ops, o => o.Type == "kernel");
        Assert.Equal("gemm_kernel", kernel.Name);
        Assert.Equal("rank:0/GPU:0", trace.Devices[kernel.Device].Name);
        Assert.Equal("stream 7", trace.Lanes[kernel.Lane].Name);
        Assert.Equal(["aten::linear"], kernel.Inputs);
        Assert.Equal(OpKind.Compute, kernel.Kind);
        var backward = Assert.Single(step.Ops, o => o.Name.StartsWith("autograd::", StringComparison.Ordinal));
        Assert.Equal(["aten::linear"], backward.Inputs);
    }

    [Fact]
    public void A_collective_takes_its_name_from_the_process_group_span_and_its_size_from_record_param_comms()
    {
        var trace = KinetoReader.Read(GpuRank().WriteTo(_dir.File("rank0.json")));

        var allReduce = Assert.Single(trace.Steps[0].Ops, o => o.Name == "nccl:all_reduce");
        Assert.Equal("all_reduce", allReduce.Type);
        Assert.Equal(4000, allReduce.Bytes);
        Assert.Equal(OpKind.Other, allReduce.Kind);
        Assert.False(allReduce.IsTransfer);
        Assert.Contains(trace.Notes, n => n.Contains("rank 0 of a 2-rank nccl job", StringComparison.Ordinal));
    }

    [Fact]
    public void Times_are_base_time_plus_ts_to_the_nanosecond_and_ops_after_the_last_step_are_left_out_with_a_note()
    {
        var trace = KinetoReader.Read(GpuRank().WriteGzipTo(_dir.File("rank0.json.gz")));

        Assert.Equal(Base + 1_010_000, trace.Steps[0].Ops.Single(o => o.Name == "aten::linear").StartNs);
        Assert.Equal(Base + 2_010_000, trace.Steps[1].Ops[0].StartNs);
        Assert.DoesNotContain(trace.Steps.SelectMany(s => s.Ops), o => o.Name == "aten::relu");
        Assert.Contains(trace.Notes, n => n.Contains("1 op ran outside every ProfilerStep and was left out", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("4458676522690.655", 4_458_676_522_690_655L)]
    [InlineData("1682725898240960", 1_682_725_898_240_960_000L)]
    [InlineData("0.5", 500L)]
    [InlineData("12.3456", 12_345L)]
    [InlineData("-3.25", -3_250L)]
    public void Microseconds_are_read_from_their_digits_without_rounding_through_a_double(string text, long nanos)
    {
        Assert.True(KinetoFileParser.TryParseMicros(System.Text.Encoding.ASCII.GetBytes(text), out var parsed));
        Assert.Equal(nanos, parsed);
    }

    [Fact]
    public void Ps_spans_parse_into_kind_parameter_and_bytes()
    {
        Assert.Equal(PsSpanKind.Pull, PsSpan.Parse("sgdsim.pull/layer0/weight/4096")!.Kind);
        Assert.Equal(["layer0/weight"], PsSpan.Parse("sgdsim.pull/layer0/weight/4096")!.Parameters);
        Assert.Equal(4096, PsSpan.Parse("sgdsim.push/fc.bias/4096")!.Bytes);
        Assert.Equal(["fc0.weight", "fc0.bias"], PsSpan.Parse("sgdsim.use/fc0.weight,fc0.bias")!.Parameters);
        Assert.Equal((NodeRole.ParameterServer, 1L), (PsSpan.Parse("sgdsim.role/ps/1")!.Role, PsSpan.Parse("sgdsim.role/ps/1")!.Bytes));
        Assert.Equal(NodeRole.Worker, PsSpan.Parse("sgdsim.role/worker/0")!.Role);
        Assert.Equal(1_795_000_000_000_000_123, PsSpan.Parse("sgdsim.clock/1795000000000000123")!.Bytes);
        Assert.Null(PsSpan.Parse("aten::addmm"));
        Assert.Throws<FormatException>(() => PsSpan.Parse("sgdsim.pull/fc.weight"));
        Assert.Throws<FormatException>(() => PsSpan.Parse("sgdsim.push/fc.weight/many"));
        Assert.Throws<FormatException>(() => PsSpan.Parse("sgdsim.role/chief/0"));
        Assert.Throws<FormatException>(() => PsSpan.Parse("sgdsim.fetch/fc.weight"));
    }

    // A worker and a PS in two files: one step that pulls w, computes, pushes its gradient; the PS serves and applies.
    private (string Worker, string Ps) PsJob(string workerExtra = "")
    {
        var worker = new KinetoJson()
            .Slice("user_annotation", "sgdsim.role/worker/0", 990, 1)
            .Step(1, 1000, 1000)
            .Op("aten::zeros", 1001, 2)
            .Slice("user_annotation", "sgdsim.pull/w/4096", 1010, 100)
            .Op("aten::empty", 1020, 1)
            .Slice("user_annotation", "sgdsim.use/w", 1200, 100)
            .Op("aten::copy_", 1201, 10)
            .Op("aten::linear", 1220, 70)
            .Op("autograd::engine::evaluate_function: AddmmBackward0", 1300, 100)
            .Slice("user_annotation", "sgdsim.push/w/4096", 1500, 200);
        if (workerExtra.Length > 0)
        {
            worker.Slice("user_annotation", workerExtra, 1800, 1);
        }

        var ps = new KinetoJson()
            .Slice("user_annotation", "sgdsim.role/ps/0", 900, 1, pid: 7, tid: 7)
            .Slice("user_annotation", "sgdsim.serve/w", 1030, 20, pid: 7, tid: 7)
            .Slice("cpu_op", "aten::clone", 1031, 18, pid: 7, tid: 7)
            .Slice("user_annotation", "sgdsim.apply/w", 1600, 50, pid: 7, tid: 7)
            .Slice("cpu_op", "aten::add_", 1601, 48, pid: 7, tid: 7);
        var folder = Path.Combine(_dir.Path, "job");
        Directory.CreateDirectory(folder);
        return (worker.WriteTo(Path.Combine(folder, "worker0.json")), ps.WriteGzipTo(Path.Combine(folder, "ps.json.gz")));
    }

    [Fact]
    public void Ps_spans_in_two_files_become_a_pull_a_push_an_update_and_a_parameter_held_by_the_ps()
    {
        PsJob();
        var trace = TraceReader.Read(Path.Combine(_dir.Path, "job"));
        TraceRequirements.RequireParameterServerJob(trace);
        var ops = trace.Steps.Single().Ops;
        var ps = trace.Nodes.ToList().FindIndex(n => n.Role == NodeRole.ParameterServer);
        var worker = trace.Nodes.ToList().FindIndex(n => n.Role == NodeRole.Worker);

        var pull = Assert.Single(ops, o => o.Kind == OpKind.ParameterTransfer);
        Assert.Equal((ps, worker, 4096L, "w"), (pull.SourceNode, pull.DestinationNode, pull.Bytes!.Value, pull.Parameter!));
        Assert.Contains("sgdsim.serve/w", pull.Inputs);
        Assert.Contains("aten::zeros", pull.Inputs);
        var push = Assert.Single(ops, o => o.Kind == OpKind.GradientTransfer);
        Assert.Equal((worker, ps, 4096L), (push.SourceNode, push.DestinationNode, push.Bytes!.Value));
        Assert.Equal(["autograd::engine::evaluate_function: AddmmBackward0"], push.Inputs);
        var apply = Assert.Single(ops, o => o.Kind == OpKind.Update);
        Assert.Equal(("sgdsim.apply/w", "w", ps), (apply.Name, apply.Parameter!, apply.Node));
        Assert.Equal(["sgdsim.push/w"], apply.Inputs);
        // The worker's span lasts until the acknowledgement; the gradient had arrived when the update began.
        Assert.Equal(apply.StartNs, push.EndNs);

        // The use span's first op waits for the pull; ops inside PS spans are part of them.
        Assert.Equal(["sgdsim.pull/w"], ops.Single(o => o.Name == "aten::copy_").Inputs);
        Assert.DoesNotContain(ops, o => o.Name is "aten::clone" or "aten::add_" or "aten::empty");
        Assert.Equal(new ParameterTensor("w", 4096, ps, "sgdsim.apply/w"), Assert.Single(trace.Parameters));
    }

    [Fact]
    public void Without_a_use_span_a_pull_is_read_by_the_first_op_its_thread_starts_after_it_arrives()
    {
        var worker = new KinetoJson()
            .Step(1, 1000, 1000)
            .Slice("user_annotation", "sgdsim.pull/w/8", 1010, 100)
            .Op("aten::linear", 1150, 70)
            .WriteTo(_dir.File("worker.json"));

        var trace = KinetoReader.Read(worker);

        Assert.Equal(["sgdsim.pull/w"], trace.Steps[0].Ops.Single(o => o.Name == "aten::linear").Inputs);
        Assert.Contains(trace.Nodes, n => n.Name == "ps:0" && n.Role == NodeRole.ParameterServer);
        Assert.Contains(trace.Notes, n => n.Contains("no PS trace", StringComparison.Ordinal));
        Assert.Contains(trace.Notes, n => n.Contains("no sgdsim.use span", StringComparison.Ordinal));
    }

    [Fact]
    public void The_autograd_profilers_bare_array_is_read_with_times_put_on_the_wall_clock_by_a_clock_span()
    {
        const long wall = 1_795_000_000_000_000_000;
        var file = _dir.File("legacy.json");
        File.WriteAllText(file, $$$"""
            [{"name": "sgdsim.clock/{{{wall + 50_000}}}", "ph": "X", "ts": 50, "dur": 1, "tid": 1, "pid": "CPU functions", "args": {}},
             {"name": "ProfilerStep#3", "ph": "X", "ts": 100, "dur": 500, "tid": 1, "pid": "CPU functions", "args": {}},
             {"name": "aten::mm", "ph": "X", "ts": 120, "dur": 30, "tid": 1, "pid": "CPU functions", "args": {}}]
            """);

        var trace = TraceReader.Read(file);

        Assert.Equal(KinetoReader.FormatName, trace.Format);
        Assert.Equal(wall + 120_000, trace.Steps.Single().Ops.Single().StartNs);
    }
}
