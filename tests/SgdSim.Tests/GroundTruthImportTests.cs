using System.Globalization;
using SgdSim.Analysis;
using SgdSim.Reports;
using SgdSim.Tests.Support;
using SgdSim.Traces;

namespace SgdSim.Tests;

public sealed class GroundTruthImportTests
{
    private static string SetPath(string set) => Paths.SharedPath(Path.Combine("groundtruth", set));

    private static double MeasuredOneWorkerRate(string set)
    {
        var lines = File.ReadAllLines(Path.Combine(SetPath(set), "measured.csv"));
        var header = lines[0].Split(',');
        var workers = Array.IndexOf(header, "workers");
        var rate = Array.IndexOf(header, "throughput_steps_per_s");
        var one = lines.Skip(1).Select(l => l.Split(',')).Single(f => f[workers] == "1");
        return double.Parse(one[rate], CultureInfo.InvariantCulture);
    }

    [SharedFact("groundtruth/mlp-b128-1gbit/trace")]
    public void The_mlp_trace_has_eight_parameters_of_33615912_bytes_moved_each_way_every_step()
    {
        var summary = TraceSummary.Of(TraceReader.Read(Path.Combine(SetPath("mlp-b128-1gbit"), "trace")));

        Assert.Equal("tensorflow-runmetadata", summary.Format);
        Assert.Equal(8, summary.ParameterCount);
        Assert.Equal(33_615_912, summary.ParameterBytes);
        Assert.Equal(33_615_912, summary.BytesToWorkersPerStep);
        Assert.Equal(33_615_912, summary.BytesToPsPerStep);
    }

    [SharedTheory("groundtruth")]
    [InlineData("mlp-b128-1gbit")]
    [InlineData("mlp-b16-300mbit")]
    [InlineData("cnn-b64-1gbit")]
    public void A_ground_truth_trace_has_a_median_step_time_within_3_percent_of_the_measured_one_worker_rate(string set)
    {
        var summary = TraceSummary.Of(TraceReader.Read(Path.Combine(SetPath(set), "trace")));
        var measured = 1.0 / MeasuredOneWorkerRate(set);

        var error = Math.Abs(summary.StepTimeS.Median - measured) / measured;
        Assert.True(error < 0.03, $"{set}: median step {summary.StepTimeS.Median:F4} s vs measured {measured:F4} s ({error:P1} off)");
        Assert.True(summary.StepTimeS.P95 >= summary.StepTimeS.Median);
        Assert.InRange(summary.CriticalPathS.Median, 0.5 * summary.StepTimeS.Median, summary.StepTimeS.Median * 1.0001);
    }

    [SharedTheory("groundtruth")]
    [InlineData("mlp-b128-1gbit")]
    [InlineData("mlp-b16-300mbit")]
    [InlineData("cnn-b64-1gbit")]
    public void Every_gradient_transfer_is_tied_to_its_parameter_and_every_parameter_to_its_update(string set)
    {
        var trace = TraceReader.Read(Path.Combine(SetPath(set), "trace"));

        var total = trace.Parameters.Sum(p => p.Bytes ?? 0);
        foreach (var step in trace.Steps)
        {
            var pulls = step.Ops.Where(o => o.Kind == OpKind.ParameterTransfer).ToArray();
            var pushes = step.Ops.Where(o => o.Kind == OpKind.GradientTransfer).ToArray();
            Assert.Equal(trace.Parameters.Count, pulls.Length);
            Assert.Equal(trace.Parameters.Count, pushes.Length);
            Assert.All(pushes, p => Assert.Contains(trace.Parameters, q => q.Name == p.Parameter));
            Assert.Equal(total, pushes.Sum(p => p.Bytes));
            Assert.All(step.Ops.Where(o => o.Kind == OpKind.Update), u => Assert.NotNull(u.Parameter));
        }

        Assert.All(trace.Parameters, p =>
        {
            Assert.NotNull(p.UpdateOp);
            Assert.Equal(NodeRole.ParameterServer, trace.Nodes[p.ServerNode].Role);
        });
    }

    [SharedFact("groundtruth/cnn-b64-1gbit/trace")]
    public void Inspect_json_reports_the_fields_the_documentation_promises()
    {
        var result = CliRunner.Run("inspect", Path.Combine(SetPath("cnn-b64-1gbit"), "trace"), "--json");

        Assert.Equal(0, result.ExitCode);
        var json = System.Text.Json.Nodes.JsonNode.Parse(result.Stdout)!;
        Assert.Equal("tensorflow-runmetadata", (string?)json["format"]);
        Assert.Equal(31, (int)json["steps"]!);
        Assert.Equal(64, (int)json["ops_per_step"]!);
        Assert.Equal(10, (int)json["parameters"]!["count"]!);
        Assert.Equal((long)json["parameters"]!["bytes"]!, (long)json["bytes_per_step"]!["to_workers"]!);
        Assert.Equal((long)json["parameters"]!["bytes"]!, (long)json["bytes_per_step"]!["to_ps"]!);
        Assert.True((double)json["step_time_s"]!["p95"]! >= (double)json["step_time_s"]!["median"]!);
        Assert.True((double)json["critical_path_s"]!["median"]! > 0);
    }
}
