using System.Text.Json;
using SgdSim.Tests.Support;
using static SgdSim.Tests.Support.RunMetadataBuilder;

namespace SgdSim.Tests;

/// <summary><c>sgdsim predict</c> and <c>sgdsim validate</c> end to end, on a small generated trace.</summary>
public sealed class PredictCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // Four steps of a one-parameter job moving 4 MB each way at 1 Gbit/s (32 ms) around 10 ms of compute:
    // network-bound, so workers contend at the PS.
    private string Trace() => RunMetadataBuilder.WriteSteps(_dir.File("trace"), [.. Enumerable.Range(0, 4).Select(i => Step(i * 100_000L))]);

    private static RunMetadataBuilder Step(long t0) => new RunMetadataBuilder()
        .Op(Ps, "w/read = Identity(w)", t0, 5)
        .Recv(Worker, "edge_1_w/read", Ps, Worker, 4_000_000, t0, 32_000)
        .Op(Worker, "fwd = MatMul(input, w/read_S1)", t0 + 32_010, 5_000)
        .Op(Worker, "gradients/w_grad = MatMulGrad(fwd)", t0 + 37_010, 5_000)
        .Recv(Ps, "edge_2_gradients/w_grad", Worker, Ps, 4_000_000, t0 + 42_010, 32_000)
        .Op(Ps, "update_w/ApplyGradientDescent = ApplyGradientDescent(w, lr, gradients/w_grad_S2)", t0 + 74_020, 100);

    private static void AssertRefused(CliRunner.Result result, string problem)
    {
        Assert.Equal(2, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(problem, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_prints_one_row_per_worker_count_with_its_interval()
    {
        var result = CliRunner.Run("predict", Trace(), "--workers", "1-3,5", "--batch", "32", "--replicas", "3", "--steps", "12");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Stdout.Split('\n').Where(l => l.TrimStart().Length > 0 && char.IsDigit(l.TrimStart()[0])).ToArray();
        Assert.Equal(["1", "2", "3", "5"], rows.Select(r => r.Trim().Split(' ')[0]));
        Assert.Contains("samples/s", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_by_default_stops_at_the_precision_and_its_json_carries_the_run_range_beside_the_ci()
    {
        var result = CliRunner.Run("predict", Trace(), "--workers", "1,2", "--precision", "0.05", "--run-seconds", "2", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(0.05, doc.RootElement.GetProperty("stopping_rule").GetProperty("precision").GetDouble());
        Assert.Equal(2, doc.RootElement.GetProperty("run_seconds").GetDouble());
        foreach (var p in doc.RootElement.GetProperty("predictions").EnumerateArray())
        {
            var mean = p.GetProperty("throughput_steps_per_s").GetDouble();
            var ci = p.GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            var run = p.GetProperty("run_range95").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            Assert.True(p.GetProperty("precision_reached").GetBoolean());
            Assert.True(ci[1] - ci[0] <= 0.1 * mean + 1e-3);
            // This job's steps never vary, so one run measures what the mean says, within the interval.
            Assert.True(run[0] <= ci[1] && ci[0] <= run[1], $"run range {run[0]}–{run[1]} beside the interval {ci[0]}–{ci[1]}");
        }
    }

    [Fact]
    public void Predict_refuses_a_precision_together_with_a_fixed_horizon()
    {
        AssertRefused(CliRunner.Run("predict", Trace(), "--workers", "2", "--precision", "0.02", "--steps", "40"), "give one or the other");
        AssertRefused(CliRunner.Run("predict", Trace(), "--workers", "2", "--precision", "2"), "--precision must be a share of the mean");
        AssertRefused(CliRunner.Run("predict", Trace(), "--workers", "2", "--run-seconds", "0"), "--run-seconds must be a positive number");
    }

    [Theory]
    [InlineData("--precision", "abc", "--precision must be a share of the mean")]
    [InlineData("--run-seconds", "abc", "--run-seconds must be a positive number")]
    [InlineData("--steps", "abc", "--steps must be 6 to 10000000")]
    [InlineData("--replicas", "", "--replicas must be 1 to 10000")]
    [InlineData("--bucket-bytes", "1.5", "--bucket-bytes must be 1 to 1099511627776 bytes")]
    public void A_number_option_given_something_else_is_refused_in_one_line(string option, string value, string message) =>
        AssertRefused(CliRunner.Run("predict", Trace(), "--workers", "2", option, value), message);

    [Fact]
    public void Predict_json_has_predictions_with_a_ci_and_the_calibration()
    {
        var result = CliRunner.Run("predict", Trace(), "--workers", "1,2,4", "--replicas", "3", "--steps", "12", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var predictions = doc.RootElement.GetProperty("predictions").EnumerateArray().ToArray();
        Assert.Equal([1, 2, 4], predictions.Select(p => p.GetProperty("workers").GetInt32()));
        foreach (var p in predictions)
        {
            var mean = p.GetProperty("throughput_steps_per_s").GetDouble();
            var ci = p.GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            Assert.True(ci[0] <= mean && mean <= ci[1]);
        }

        // The link is the bottleneck: more workers than one cannot get near N times the one-worker rate.
        Assert.True(predictions[2].GetProperty("throughput_steps_per_s").GetDouble() < 2.5 * predictions[0].GetProperty("throughput_steps_per_s").GetDouble());
        var calibration = doc.RootElement.GetProperty("calibration");
        Assert.True(calibration.GetProperty("link_capacity_down_bits_per_s").GetDouble() > 0);
    }

    [Fact]
    public void The_same_seed_writes_identical_parquet_bytes()
    {
        var trace = Trace();
        var a = _dir.File("a");
        var b = _dir.File("b");
        Assert.Equal(0, CliRunner.Run("predict", trace, "--workers", "1-3", "--replicas", "2", "--steps", "10", "--seed", "3", "--out", a).ExitCode);
        Assert.Equal(0, CliRunner.Run("predict", trace, "--workers", "1-3", "--replicas", "2", "--steps", "10", "--seed", "3", "--out", b).ExitCode);

        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "predictions.parquet")), File.ReadAllBytes(Path.Combine(b, "predictions.parquet")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "trace.json")), File.ReadAllBytes(Path.Combine(b, "trace.json")));
        Assert.True(new FileInfo(Path.Combine(a, "throughput.png")).Length > 1000);

        // The simulated job also as Chakra: one .et per node (3 workers and the PS), which reads back as that job.
        var chakra = Directory.GetFiles(Path.Combine(a, "chakra"), "*.et").Order().ToArray();
        Assert.Equal(4, chakra.Length);
        var job = SgdSim.Traces.TraceReader.Read(Path.Combine(a, "chakra"));
        Assert.Equal(3, job.Nodes.Count(n => n.Role == SgdSim.Traces.NodeRole.Worker));
        Assert.Equal(chakra.Select(File.ReadAllBytes), Directory.GetFiles(Path.Combine(b, "chakra"), "*.et").Order().Select(File.ReadAllBytes));
    }

    [Fact]
    public void Validate_compares_every_measured_worker_count()
    {
        var measured = _dir.File("measured.csv");
        File.WriteAllText(measured, "workers,throughput_steps_per_s,sd_steps_per_s\n1,9.5,\n2,12.0,0.5\n4,14.0,\n");

        var result = CliRunner.Run("validate", Trace(), "--measured", measured, "--replicas", "3", "--steps", "12", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal([1, 2, 4], rows.Select(r => r.GetProperty("workers").GetInt32()));
        var errors = rows.Select(r => (r.GetProperty("predicted_steps_per_s").GetDouble() - r.GetProperty("measured_steps_per_s").GetDouble())
            / r.GetProperty("measured_steps_per_s").GetDouble() * 100).ToArray();
        Assert.Equal(errors.Average(Math.Abs), doc.RootElement.GetProperty("mape_pct").GetDouble(), 2);
    }

    [Fact]
    public void Validate_json_carries_the_measured_spread_and_the_simulation_settings()
    {
        var measured = _dir.File("measured.csv");
        File.WriteAllText(measured, "workers,throughput_steps_per_s,sd_steps_per_s,min_steps_per_s,max_steps_per_s,runs\n1,9.5,,9.5,9.5,1\n2,12.0,0.5,11.4,12.6,3\n");

        var result = CliRunner.Run("validate", Trace(), "--measured", measured, "--replicas", "3", "--steps", "12", "--seed", "7", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal((7, 3, 12), (root.GetProperty("seed").GetInt32(), root.GetProperty("replicas").GetInt32(), root.GetProperty("steps_per_worker").GetInt32()));
        var rows = root.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("measured_sd_steps_per_s").ValueKind);
        Assert.Equal((9.5, 9.5, 1), (rows[0].GetProperty("measured_min_steps_per_s").GetDouble(), rows[0].GetProperty("measured_max_steps_per_s").GetDouble(), rows[0].GetProperty("measured_runs").GetInt32()));
        Assert.Equal(
            (0.5, 11.4, 12.6, 3),
            (rows[1].GetProperty("measured_sd_steps_per_s").GetDouble(), rows[1].GetProperty("measured_min_steps_per_s").GetDouble(),
                rows[1].GetProperty("measured_max_steps_per_s").GetDouble(), rows[1].GetProperty("measured_runs").GetInt32()));

        // The fields that were there before stay.
        Assert.All(rows, r => Assert.Equal(2, r.GetProperty("ci95").GetArrayLength()));
        Assert.True(rows[1].GetProperty("naive_bound_steps_per_s").GetDouble() > 0);
    }

    [Theory]
    [InlineData("0", "counts start at 1")]
    [InlineData("abc", "'abc' is not a worker count")]
    [InlineData("", "'' is not a worker count")]
    [InlineData("4-2", "'4-2' is not a worker count")]
    public void Bad_worker_counts_are_refused(string workers, string problem) =>
        AssertRefused(CliRunner.Run("predict", Trace(), "--workers", workers), problem);

    [Fact]
    public void A_negative_worker_count_is_refused() =>
        Assert.Equal(2, CliRunner.Run("predict", Trace(), "--workers", "-3").ExitCode);

    [Fact]
    public void An_unparsable_bandwidth_is_refused() =>
        AssertRefused(CliRunner.Run("predict", Trace(), "--workers", "2", "--bandwidth", "fast"), "'fast' is not a bandwidth");

    [Fact]
    public void A_trace_with_unsized_transfers_is_refused()
    {
        var ps = "/job:ps/replica:0/task:0/device:CPU:0";
        var worker = "/job:worker/replica:0/task:0/device:CPU:0";
        var path = _dir.File("timeline.json");
        File.WriteAllText(path, $$$"""
            {"traceEvents": [
              {"ph": "M", "pid": 1, "name": "process_name", "args": {"name": "{{{ps}}} Compute"}},
              {"ph": "M", "pid": 2, "name": "process_name", "args": {"name": "{{{worker}}} Compute"}},
              {"ph": "X", "pid": 1, "tid": 0, "ts": 100, "dur": 2, "name": "Identity", "args": {"name": "w/read", "op": "Identity", "input0": "w"}},
              {"ph": "X", "pid": 2, "tid": 0, "ts": 100, "dur": 40, "name": "RecvTensor", "args": {"name": "RecvTensor", "op": "RecvTensor"}},
              {"ph": "X", "pid": 2, "tid": 0, "ts": 145, "dur": 10, "name": "MatMul", "args": {"name": "mm", "op": "MatMul", "input0": "x", "input1": "w/read_S1"}}
            ]}
            """);

        AssertRefused(CliRunner.Run("predict", path, "--workers", "2"), "transfers without a size");
    }

    [Fact]
    public void A_measured_csv_without_the_throughput_column_is_refused()
    {
        var measured = _dir.File("measured.csv");
        File.WriteAllText(measured, "workers,steps\n1,2.0\n");

        AssertRefused(CliRunner.Run("validate", Trace(), "--measured", measured), "throughput_steps_per_s");
    }

    [Fact]
    public void Trace_workers_without_out_is_refused() =>
        AssertRefused(CliRunner.Run("predict", Trace(), "--workers", "2", "--trace-workers", "2"), "give --out too");

    [Fact]
    public void An_out_folder_that_cannot_be_made_is_refused()
    {
        var file = _dir.File("a-file");
        File.WriteAllText(file, "");

        AssertRefused(CliRunner.Run("predict", Trace(), "--workers", "2", "--out", Path.Combine(file, "results")), "cannot create the folder");
    }

    [Fact]
    public void Predict_writes_every_output_for_the_bundled_pytorch_trace()
    {
        var output = _dir.File("out");
        var trace = Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");

        var result = CliRunner.Run("predict", trace, "--workers", "1,3", "--replicas", "2", "--steps", "8", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.True(File.Exists(Path.Combine(output, "predictions.parquet")));
        Assert.True(File.Exists(Path.Combine(output, "trace.json")));
        Assert.Equal(4, Directory.GetFiles(Path.Combine(output, "chakra"), "*.et").Length); // 3 workers and the PS
    }
}
