using SgdSim.Tests.Support;
using SgdSim.Traces.TensorFlow.Wire;
using static SgdSim.Tests.Support.RunMetadataBuilder;

namespace SgdSim.Tests;

/// <summary>Bad input gets one line on stderr naming the file and the problem, exit code 2, and no stack trace.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static void AssertRefused(CliRunner.Result result, string names, string problem)
    {
        Assert.Equal(2, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(names, lines[0], StringComparison.Ordinal);
        Assert.Contains(problem, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    private string WriteSteps(params RunMetadataBuilder[] steps) => RunMetadataBuilder.WriteSteps(_dir.File("trace"), steps);

    [Fact]
    public void A_truncated_protobuf_is_refused()
    {
        var bytes = SimpleStep(1_000).ToBytes();
        var file = _dir.File("step.pb");
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);

        AssertRefused(CliRunner.Run("inspect", file), "step.pb", "not a valid RunMetadata protobuf");
    }

    [Fact]
    public void A_corrupt_protobuf_is_refused()
    {
        var file = _dir.File("corrupt.pb");
        File.WriteAllBytes(file, [0x0A, 0x05, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x0A]);

        AssertRefused(CliRunner.Run("inspect", file), "corrupt.pb", "not a valid RunMetadata protobuf");
    }

    [Fact]
    public void Invalid_json_is_refused()
    {
        var file = _dir.File("bad.json");
        File.WriteAllText(file, "{\"traceEvents\": [ {\"ph\": \"X\", \"pid\": 1,, } ] }");

        AssertRefused(CliRunner.Run("inspect", file), "bad.json", "not valid JSON");
    }

    [Fact]
    public void Truncated_json_is_refused()
    {
        var file = _dir.File("cut.json");
        File.WriteAllText(file, "{\"traceEvents\": [ {\"ph\": \"M\", \"pid\": 1, \"name\": \"process_name\", \"args\": {\"name\": \"/job:ps/replica:0/task:0/device:CPU:0 Compute\"}},");

        AssertRefused(CliRunner.Run("inspect", file), "cut.json", "truncated");
    }

    [Fact]
    public void Json_without_trace_events_is_refused()
    {
        var file = _dir.File("config.json");
        File.WriteAllText(file, "{\"learning_rate\": 0.1}");

        AssertRefused(CliRunner.Run("inspect", file), "config.json", "no traceEvents");
    }

    [Fact]
    public void A_file_of_another_format_is_refused()
    {
        var file = _dir.File("picture.pb");
        File.WriteAllBytes(file, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);

        AssertRefused(CliRunner.Run("inspect", file), "picture.pb", "not a trace format SgdSim reads");
    }

    [Fact]
    public void An_empty_folder_is_refused()
    {
        var folder = _dir.File("empty");
        Directory.CreateDirectory(folder);

        AssertRefused(CliRunner.Run("inspect", folder), "empty", "no trace files");
    }

    [Fact]
    public void A_missing_path_is_refused()
    {
        AssertRefused(CliRunner.Run("inspect", _dir.File("nowhere")), "nowhere", "does not exist");
    }

    [Fact]
    public void A_trace_without_a_parameter_server_is_refused()
    {
        var step = new RunMetadataBuilder()
            .Op(Worker, "a = MatMul(input)", 1_000, 10)
            .Op(Worker, "b = Relu(a)", 1_010, 10);

        AssertRefused(CliRunner.Run("graph", WriteSteps(step)), "trace", "no parameter server");
    }

    [Fact]
    public void A_trace_without_transfers_is_refused()
    {
        var step = new RunMetadataBuilder()
            .Op(Ps, "w/read = Identity(w)", 1_000, 5)
            .Op(Worker, "a = MatMul(input)", 1_000, 10);

        AssertRefused(CliRunner.Run("graph", WriteSteps(step)), "trace", "no transfers");
    }

    [Fact]
    public void A_negative_start_time_is_refused()
    {
        var step = SimpleStep(1_000);
        step.Device(Worker).NodeStats[0].AllStartMicros = -5;

        AssertRefused(CliRunner.Run("inspect", WriteSteps(step)), "step-0000.runmeta.pb", "negative");
    }

    [Fact]
    public void A_negative_duration_is_refused()
    {
        var step = SimpleStep(1_000);
        step.Device(Worker).NodeStats[1].AllEndRelMicros = -3;

        AssertRefused(CliRunner.Run("inspect", WriteSteps(step)), "step-0000.runmeta.pb", "negative duration");
    }

    [Fact]
    public void An_overflowing_time_is_refused()
    {
        var step = SimpleStep(1_000);
        step.Device(Worker).NodeStats[1].AllStartMicros = long.MaxValue / 10;

        AssertRefused(CliRunner.Run("inspect", WriteSteps(step)), "step-0000.runmeta.pb", "overflows");
    }

    [Fact]
    public void A_negative_json_timestamp_is_refused()
    {
        var file = _dir.File("neg.json");
        File.WriteAllText(file, """
            {"traceEvents": [
              {"ph": "M", "pid": 1, "name": "process_name", "args": {"name": "/job:ps/replica:0/task:0/device:CPU:0 Compute"}},
              {"ph": "X", "pid": 1, "tid": 0, "ts": -10, "dur": 5, "name": "Identity", "args": {"name": "w/read", "op": "Identity"}}
            ]}
            """);

        AssertRefused(CliRunner.Run("inspect", file), "neg.json", "negative 'ts'");
    }

    [Fact]
    public void A_dependency_cycle_is_refused_naming_its_ops()
    {
        var step = SimpleStep(1_000)
            .Op(Worker, "left = Add(right)", 2_000, 5)
            .Op(Worker, "right = Add(left)", 2_010, 5);

        var result = CliRunner.Run("inspect", WriteSteps(step));

        AssertRefused(result, "trace", "dependency cycle");
        Assert.Contains("'left'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("'right'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Conflicting_duplicate_names_are_refused()
    {
        var step = SimpleStep(1_000)
            .Op(Worker, "twin = MatMul(input)", 2_000, 5)
            .Op(Worker, "twin = Conv2D(input)", 2_010, 5);

        AssertRefused(CliRunner.Run("inspect", WriteSteps(step)), "step-0000.runmeta.pb", "two different ops named 'twin'");
    }

    [Fact]
    public void A_file_without_step_stats_is_refused()
    {
        var file = _dir.File("empty-meta.pb");
        File.WriteAllBytes(file, [0x0A, 0x00]);

        AssertRefused(CliRunner.Run("inspect", file), "empty-meta.pb", "no step_stats");
    }

    [Fact]
    public void A_malformed_tensor_bytes_table_is_refused()
    {
        var csv = _dir.File("sizes.csv");
        File.WriteAllText(csv, "tensor,bytes\nw,lots\n");

        AssertRefused(CliRunner.Run("inspect", WriteSteps(SimpleStep(1_000)), "--tensor-bytes", csv), "sizes.csv", "line 2");
    }

    [Fact]
    public void A_step_that_does_not_exist_is_refused_by_graph()
    {
        var result = CliRunner.Run("graph", WriteSteps(SimpleStep(1_000), SimpleStep(2_000)), "--step", "5");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("steps 0 to 1", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_or_format_is_refused()
    {
        Assert.Equal(2, CliRunner.Run("inspect", "x", "--frobnicate").ExitCode);
        Assert.Equal(2, CliRunner.Run("graph", "x", "--format", "png").ExitCode);
        Assert.Equal(2, CliRunner.Run("inspect").ExitCode);
    }

    [Fact]
    public void Verbose_shows_the_stack_trace()
    {
        var result = CliRunner.Run("inspect", _dir.File("nowhere"), "--verbose");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_out_leaves_no_file_when_the_trace_is_bad()
    {
        var output = _dir.File("graph.dot");

        var result = CliRunner.Run("graph", _dir.File("nowhere"), "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public void An_unwritable_output_is_refused()
    {
        var result = CliRunner.Run("graph", WriteSteps(SimpleStep(1_000)), "--step", "0", "--out", _dir.File("missing/dir/graph.dot"));

        AssertRefused(result, "graph.dot", "does not exist");
    }
}
