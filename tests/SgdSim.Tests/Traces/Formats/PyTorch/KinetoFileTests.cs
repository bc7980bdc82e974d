using SgdSim.Tests.Support;
using SgdSim.Traces;
using SgdSim.Traces.PyTorch;
using static SgdSim.Tests.BadInputTests;

namespace SgdSim.Tests;

/// <summary>
/// The PyTorch traces: the parameter-server job bundled in <c>traces/pytorch-rpc-mlp</c> (written by
/// <c>samples/pytorch-rpc-ps</c>), the real Kineto files in ../shared/external, and bad input.
/// </summary>
public sealed class KinetoFileTests : IDisposable
{
    // The bundled job's MLP: 784 → 256 → 128 → 10, float32 weights and biases.
    private static readonly (string Name, long Bytes)[] MlpParameters =
    [
        ("fc0.weight", 256 * 784 * 4), ("fc0.bias", 256 * 4), ("fc1.weight", 128 * 256 * 4),
        ("fc1.bias", 128 * 4), ("fc2.weight", 10 * 128 * 4), ("fc2.bias", 10 * 4),
    ];

    private static readonly Lazy<Trace> Bundled = new(() => TraceReader.Read(BundledPath));
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string BundledPath => Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");

    private static string External(string file) => Paths.SharedPath(Path.Combine("external", "pytorch-kineto", file));

    [Fact]
    public void The_bundled_rpc_trace_holds_the_mlps_six_parameters_on_the_ps_each_updated_by_its_apply_span()
    {
        var trace = Bundled.Value;

        Assert.Equal(KinetoReader.FormatName, trace.Format);
        TraceRequirements.RequireParameterServerJob(trace);
        var ps = trace.Nodes.ToList().FindIndex(n => n.Role == NodeRole.ParameterServer);
        Assert.Equal(["ps:0", "worker:0"], trace.Nodes.Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.Equal(MlpParameters.Order(), trace.Parameters.Select(p => (p.Name, p.Bytes ?? -1)).Order());
        Assert.Equal(940_584, trace.Parameters.Sum(p => p.Bytes ?? 0));
        Assert.All(trace.Parameters, p => Assert.Equal((ps, $"sgdsim.apply/{p.Name}"), (p.ServerNode, p.UpdateOp!)));
    }

    [Fact]
    public void Every_step_of_the_bundled_trace_pulls_and_pushes_all_the_bytes_computes_and_applies_every_gradient()
    {
        var trace = Bundled.Value;

        Assert.Equal(10, trace.Steps.Count);
        Assert.All(trace.Steps, step =>
        {
            var pulls = step.Ops.Where(o => o.Kind == OpKind.ParameterTransfer).ToList();
            var pushes = step.Ops.Where(o => o.Kind == OpKind.GradientTransfer).ToList();
            var updates = step.Ops.Where(o => o.Kind == OpKind.Update).ToList();
            Assert.Equal(6, pulls.Count);
            Assert.Equal(6, pushes.Count);
            Assert.Equal(940_584, pulls.Sum(o => o.Bytes ?? 0));
            Assert.Equal(940_584, pushes.Sum(o => o.Bytes ?? 0));
            Assert.Equal(MlpParameters.Select(p => p.Name).Order(), updates.Select(u => u.Parameter!).Order());
            Assert.Contains(step.Ops, o => o.Kind == OpKind.Compute && o.Type == "aten::linear");
            Assert.Contains(step.Ops, o => o.Kind == OpKind.Compute && o.Type.StartsWith("autograd::engine::evaluate_function", StringComparison.Ordinal));
            // Each update waits for its gradient; each layer's first op waits for that layer's pulls.
            Assert.All(updates, u => Assert.Equal([$"sgdsim.push/{u.Parameter}"], u.Inputs));
            Assert.All(pushes, p => Assert.True(p.EndNs <= step.Ops.Single(u => u.Name == $"sgdsim.apply/{p.Parameter}").StartNs));
            var readers = step.Ops.Where(o => o.Inputs.Any(i => i.StartsWith("sgdsim.pull/", StringComparison.Ordinal)) && o.Kind == OpKind.Compute).ToList();
            Assert.Equal(3, readers.Count);
            Assert.All(pulls, p => Assert.True(readers.Single(r => r.Inputs.Contains(p.Name)).StartNs >= p.EndNs));
        });
    }

    [Fact]
    public void The_bundled_trace_puts_the_ps_and_the_worker_on_one_clock()
    {
        var trace = Bundled.Value;

        // Every serve runs while its pull is in flight, on the other process's clock.
        Assert.All(trace.Steps, step => Assert.All(step.Ops.Where(o => o.Type == "serve"), serve =>
        {
            var pull = step.Ops.Single(o => o.Name == $"sgdsim.pull/{serve.Parameter}");
            Assert.InRange(serve.StartNs, pull.StartNs, pull.EndNs);
        }));
    }

    [Fact]
    public void Inspect_shows_the_bundled_trace_as_a_ps_job()
    {
        var result = CliRunner.Run("inspect", BundledPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Contains("Parameters 6 tensors, 940,584 bytes", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Bytes/step to workers 940,584, to PS 940,584", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("784.0 KiB  fc0.weight  (applied by sgdsim.apply/fc0.weight)", result.Stdout, StringComparison.Ordinal);
    }

    [SharedFact("external/pytorch-kineto/ddp-2rank-a100-rank0.json.gz")]
    public void The_ddp_rank_imports_three_steps_with_nine_collectives_of_102441032_bytes_each_step()
    {
        var trace = TraceReader.Read(External("ddp-2rank-a100-rank0.json.gz"));

        Assert.Equal(KinetoReader.FormatName, trace.Format);
        Assert.Equal("rank:0", Assert.Single(trace.Nodes).Name);
        Assert.Equal(["rank:0/CPU", "rank:0/GPU:0"], trace.Devices.Select(d => d.Name));
        Assert.Equal(3, trace.Steps.Count);
        Assert.All(trace.Steps, step =>
        {
            var collectives = step.Ops.Where(o => o.Type is "all_reduce" or "broadcast" or "wait").ToList();
            Assert.Equal(5, collectives.Count(o => o.Type == "all_reduce"));
            Assert.Equal(2, collectives.Count(o => o.Type == "broadcast"));
            Assert.Equal(102_441_032, collectives.Sum(o => o.Bytes ?? 0));
            // ac2g flows: kernels wait for the op that launched them.
            var kernels = step.Ops.Where(o => o.Type == "kernel").ToList();
            Assert.True(kernels.Count > 800, $"{kernels.Count} kernels");
            Assert.True(kernels.Count(k => k.Inputs.Count > 0) > kernels.Count * 9 / 10);
        });
        Assert.Contains(trace.Notes, n => n.Contains("rank 0 of a 2-rank nccl job", StringComparison.Ordinal));
    }

    [SharedFact("external/pytorch-kineto/ddp-2rank-a100-rank0.json.gz")]
    public void Inspect_shows_the_ddp_rank_and_says_it_is_not_a_ps_job()
    {
        var result = CliRunner.Run("inspect", External("ddp-2rank-a100-rank0.json.gz"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Steps      3", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Not a parameter-server job", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("", result.Stderr);
    }

    [SharedFact("external/pytorch-kineto/gloo-cpu-rank34.json.gz")]
    public void The_gloo_rank_has_one_step_with_two_all_reduces_sized_from_their_input_shapes()
    {
        var trace = TraceReader.Read(External("gloo-cpu-rank34.json.gz"));

        Assert.Equal("rank:34", Assert.Single(trace.Nodes).Name);
        var step = Assert.Single(trace.Steps);
        Assert.Equal([321_271L * 4, 2_082_411L * 4], step.Ops.Where(o => o.Name.StartsWith("gloo:all_reduce", StringComparison.Ordinal)).Select(o => o.Bytes ?? -1).Order());
        Assert.Contains(trace.Notes, n => n.Contains("rank 34 of a 300-rank gloo job", StringComparison.Ordinal));
    }

    [SharedFact("external/pytorch-kineto/nccl-128rank-sampled-rank0.json.gz")]
    public void The_sampled_128_rank_trace_has_two_steps_and_all_to_all_of_419430400_bytes()
    {
        var trace = TraceReader.Read(External("nccl-128rank-sampled-rank0.json.gz"));

        Assert.Equal(2, trace.Steps.Count);
        Assert.Equal("rank:0", Assert.Single(trace.Nodes).Name);
        var collectives = trace.Steps.SelectMany(s => s.Ops).Where(o => o.Type is "all_to_all" or "all_reduce" or "_all_gather_base").ToList();
        Assert.Contains(collectives, o => o.Type == "all_to_all" && o.Bytes == 419_430_400);
        Assert.Contains(collectives, o => o.Type == "all_reduce" && o.Bytes == 19_618_307L * 4);
        Assert.Contains(trace.Notes, n => n.Contains("rank 0 of a 128-rank nccl job", StringComparison.Ordinal));
    }

    // ------------------------------------------------------------------ bad input

    private static KinetoJson OneStep() => new KinetoJson().Step(1, 1000, 1000).Op("aten::mm", 1010, 50);

    [Fact]
    public void A_truncated_gzip_trace_is_refused()
    {
        // Big enough that the format is recognised from the part that survives.
        var json = OneStep();
        for (var i = 0; i < 2000; i++)
        {
            json.Op("aten::add", 1100 + (i * 0.1), 0.05);
        }

        var bytes = KinetoJson.Gzip(System.Text.Encoding.UTF8.GetBytes(json.ToString()));
        var file = _dir.File("cut.json.gz");
        File.WriteAllBytes(file, bytes[..(bytes.Length * 2 / 3)]);

        AssertRefused(CliRunner.Run("inspect", file), "cut.json.gz", "truncated");
    }

    [Fact]
    public void A_corrupt_gzip_trace_is_refused()
    {
        var bytes = KinetoJson.Gzip(System.Text.Encoding.UTF8.GetBytes(OneStep().ToString()));
        bytes.AsSpan(10, 40).Fill(0xFF);
        var file = _dir.File("corrupt.json.gz");
        File.WriteAllBytes(file, bytes);

        AssertRefused(CliRunner.Run("inspect", file), "corrupt.json.gz", "does not decompress");
    }

    [Fact]
    public void Corrupt_json_in_a_kineto_trace_is_refused()
    {
        var file = _dir.File("bad.json");
        File.WriteAllText(file, OneStep().ToString().Replace("\"dur\": 50.000}", "\"dur\": 50.000,,}", StringComparison.Ordinal));

        AssertRefused(CliRunner.Run("inspect", file), "bad.json", "not valid JSON");
    }

    [Fact]
    public void A_kineto_trace_whose_trace_events_is_not_an_array_is_refused()
    {
        var file = _dir.File("odd.json");
        File.WriteAllText(file, "{\"schemaVersion\": 1, \"traceEvents\": {\"ph\": \"X\"}}");

        AssertRefused(CliRunner.Run("inspect", file), "odd.json", "traceEvents value that is not an array");
    }

    [Fact]
    public void An_event_without_ts_is_refused()
    {
        var file = _dir.File("nots.json");
        File.WriteAllText(file, OneStep().ToString().Replace("\"ts\": 1010.000, ", "", StringComparison.Ordinal));

        AssertRefused(CliRunner.Run("inspect", file), "nots.json", "event 'aten::mm' has no 'ts'");
    }

    [Fact]
    public void A_kineto_trace_without_profiler_steps_is_refused_with_how_to_record_them()
    {
        var file = new KinetoJson().Op("aten::mm", 1010, 50).WriteTo(_dir.File("nosteps.json"));

        AssertRefused(CliRunner.Run("inspect", file), "nosteps.json", "has no ProfilerStep#N spans");
    }

    [Fact]
    public void A_ps_span_that_breaks_the_convention_is_refused_naming_it()
    {
        var file = OneStep().Slice("user_annotation", "sgdsim.pull/fc.weight", 1100, 10).WriteTo(_dir.File("span.json"));

        AssertRefused(CliRunner.Run("inspect", file), "span.json", "'sgdsim.pull/fc.weight' lacks a parameter or a byte count");
    }

    [Fact]
    public void Files_with_times_from_their_own_profilers_start_and_no_clock_span_are_refused_together()
    {
        var folder = Path.Combine(_dir.Path, "legacy");
        Directory.CreateDirectory(folder);
        const string events = """[{"name": "ProfilerStep#1", "ph": "X", "ts": 10, "dur": 50, "tid": 1, "pid": "CPU functions", "args": {}}]""";
        File.WriteAllText(Path.Combine(folder, "a.json"), events);
        File.WriteAllText(Path.Combine(folder, "b.json"), events);

        AssertRefused(CliRunner.Run("inspect", folder), "a.json", "no sgdsim.clock/<ns> span");
    }
}
