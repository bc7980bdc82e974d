using SgdSim.Tests.Support;
using SgdSim.Traces;

namespace SgdSim.Tests;

/// <summary>Every TensorFlow file in ../shared/external imports, or is refused with a precise reason.</summary>
public sealed class ExternalTraceTests
{
    private static string External(string file) => Paths.SharedPath(Path.Combine("external", file));

    [SharedFact("external/tf1-timeline/ps-toy-cpu.json")]
    public void The_toy_ps_timeline_imports_with_one_ps_two_workers_and_unsized_transfers()
    {
        var trace = TraceReader.Read(External("tf1-timeline/ps-toy-cpu.json"));

        Assert.Equal("tensorflow-timeline", trace.Format);
        Assert.Single(trace.Nodes, n => n.Role == NodeRole.ParameterServer);
        Assert.Equal(2, trace.Nodes.Count(n => n.Role == NodeRole.Worker));
        // The repeated device names (two pids per device) fold into one device each.
        Assert.Equal(3, trace.Devices.Count);
        var transfers = trace.Steps[0].Ops.Where(o => o.IsTransfer).ToArray();
        Assert.Equal(7, transfers.Length);
        Assert.All(transfers, t => Assert.Null(t.Bytes));
        Assert.True(trace.HasUnsizedTransfers);
        Assert.Contains(trace.Notes, n => n.Contains("no recorded size", StringComparison.Ordinal));
    }

    [SharedFact("external/tf1-timeline/ps-toy-cpu.json")]
    public void Inspect_says_the_toy_timeline_transfers_are_unsized()
    {
        var result = CliRunner.Run("inspect", External("tf1-timeline/ps-toy-cpu.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("transfers have no recorded size", result.Stdout, StringComparison.Ordinal);
    }

    [SharedFact("external/tf1-timeline/ps-toy-cpu.json")]
    public void A_tensor_bytes_table_sizes_the_transfers_it_names()
    {
        using var dir = new TempDir();
        var csv = dir.File("sizes.csv");
        File.WriteAllText(csv, "tensor,bytes\nw,400\nsplit,800\nMatMul,16\nMatMul_1,16\n");

        var trace = TraceReader.Read(External("tf1-timeline/ps-toy-cpu.json"), new TraceReadOptions(csv));

        var sized = trace.Steps[0].Ops.Where(o => o.IsTransfer && o.Bytes is not null).ToArray();
        Assert.NotEmpty(sized);
        Assert.Contains(sized, t => t.Tensor == "w/read" && t.Bytes == 400);
    }

    [SharedFact("external/tf1-timeline/mnist-mlp-gpu.json")]
    public void The_single_gpu_timeline_imports_with_streams_folded_into_one_gpu_device()
    {
        var trace = TraceReader.Read(External("tf1-timeline/mnist-mlp-gpu.json"));

        Assert.Single(trace.Nodes);
        Assert.Contains(trace.Devices, d => d.Name == "/job:localhost/replica:0/task:0/device:GPU:0");
        Assert.DoesNotContain(trace.Devices, d => d.Name.Contains("stream", StringComparison.Ordinal));
        Assert.Contains(trace.Lanes, l => l.Name == "stream:12");
    }

    [SharedFact("external/tf1-timeline/mnist-mlp-gpu.json")]
    public void Graph_refuses_the_single_gpu_timeline_because_it_has_no_parameter_server()
    {
        var result = CliRunner.Run("graph", External("tf1-timeline/mnist-mlp-gpu.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("mnist-mlp-gpu.json", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("no parameter server", result.Stderr, StringComparison.Ordinal);
    }

    [SharedFact("external/tf2-xplane/bert-large-8gpu-worker.xplane.pb")]
    public void The_tf2_xspace_is_recognised_and_refused_as_not_yet_supported()
    {
        var e = Assert.Throws<InvalidTraceException>(() => TraceReader.Read(External("tf2-xplane/bert-large-8gpu-worker.xplane.pb")));

        Assert.Contains("XSpace", e.Message, StringComparison.Ordinal);
    }
}
