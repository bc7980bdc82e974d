using SgdSim.Analysis;
using SgdSim.Reports;
using SgdSim.Tests.Support;
using SgdSim.Traces;
using static SgdSim.Tests.Support.RunMetadataBuilder;

namespace SgdSim.Tests;

public sealed class TraceSummaryTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private TraceSummary Summarise(params RunMetadataBuilder[] steps) =>
        TraceSummary.Of(TraceReader.Read(RunMetadataBuilder.WriteSteps(_dir.Path, steps)));

    [Fact]
    public void The_first_of_several_steps_is_left_out_of_the_timings_as_warm_up()
    {
        // Steps start every 1000 µs, except a slow first one of 5000 µs.
        var summary = Summarise(SimpleStep(0), SimpleStep(5_000), SimpleStep(6_000), SimpleStep(7_000));

        Assert.Equal(1, summary.WarmupSteps);
        Assert.Equal(0.001, summary.StepTimeS.Median, 9);
    }

    [Fact]
    public void More_warm_up_steps_can_be_left_out_and_the_cli_refuses_to_leave_none()
    {
        var folder = RunMetadataBuilder.WriteSteps(_dir.Path, SimpleStep(0), SimpleStep(5_000), SimpleStep(9_000), SimpleStep(10_000));

        // Step times 5000, 4000, 1000 µs (the last: its own span of 330 µs).
        Assert.Equal(0.00033, TraceSummary.Of(TraceReader.Read(folder), warmupSteps: 3).StepTimeS.Median, 9);
        var ok = CliRunner.Run("inspect", folder, "--warmup", "2", "--json");
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("\"warmup_steps\": 2", ok.Stdout, StringComparison.Ordinal);
        var refused = CliRunner.Run("inspect", folder, "--warmup", "4");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("leaves no step", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("inspect", folder, "--warmup", "-1").ExitCode);
    }

    [Fact]
    public void The_pull_phase_runs_from_the_first_request_to_the_last_arrival()
    {
        // One 4096-byte pull of 50 µs in each step: 4096 × 8 bits / 50 µs = 655.36 Mbit/s.
        var summary = Summarise(SimpleStep(0), SimpleStep(1_000), SimpleStep(2_000));

        Assert.Equal(50e-6, summary.PullPhaseS!.Median, 12);
        Assert.Equal(655.36e6, summary.PullRateBitsPerS!.Value, 3);
    }

    [Fact]
    public void Steps_of_one_graph_resolve_alike_and_a_step_of_another_graph_is_resolved_anew()
    {
        var odd = SimpleStep(2_000).Op(Worker, "extra = Relu(fwd)", 2_400, 5);
        var trace = TraceReader.Read(RunMetadataBuilder.WriteSteps(_dir.Path, SimpleStep(0), SimpleStep(1_000), odd, SimpleStep(3_000, bytes: 8192)));

        static string Shape(TraceStep step) => string.Join(";", step.Ops.Select(o =>
            $"{o.Name}:{o.Kind}:{o.Parameter}:{o.Lane}:{o.SourceNode}>{o.DestinationNode}:{string.Join(",", o.Inputs)}"));
        Assert.Equal(Shape(trace.Steps[0]), Shape(trace.Steps[1]));
        Assert.Contains(trace.Steps[2].Ops, o => o.Name == "extra" && o.Inputs.SequenceEqual(["fwd"]) && o.Kind == OpKind.Compute);
        Assert.Equal(Shape(trace.Steps[0]), Shape(trace.Steps[3]));
        Assert.All(trace.Steps[3].Ops.Where(o => o.IsTransfer), t => Assert.Equal(8192, t.Bytes));
        Assert.Equal(1_000_000 + 60_000, trace.Steps[1].Ops.Single(o => o.Name == "fwd").StartNs);
    }

    [SharedTheory("groundtruth")]
    [InlineData("mlp-b128-1gbit", 1e9)]
    [InlineData("mlp-b16-300mbit", 300e6)]
    [InlineData("cnn-b64-1gbit", 1e9)]
    public void One_worker_pulls_near_the_nominal_link_rate_in_the_ground_truth(string set, double link)
    {
        var summary = TraceSummary.Of(TraceReader.Read(Paths.SharedPath(Path.Combine("groundtruth", set, "trace"))));

        Assert.InRange(summary.PullRateBitsPerS!.Value / link, 0.85, 1.0);
    }
}
