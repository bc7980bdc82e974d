using SgdSim.Graph;
using SgdSim.Tests.Support;
using SgdSim.Traces;

namespace SgdSim.Tests;

public sealed class TimelineJsonTests : IDisposable
{
    private const string Ps = "/job:ps/replica:0/task:0/device:CPU:0";
    private const string Worker = "/job:worker/replica:0/task:0/device:CPU:0";
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // A PS step as TF1's Timeline writes it: the PS serves w and b, the worker receives two unnamed tensors and
    // consumes them, then a gradient goes back. Process names come first; pid 1/2 are Compute, 3 is Tensors.
    private string WriteStep(string name = "step.json") => WriteJson(name, $$$"""
        {"traceEvents": [
          {"ph": "M", "pid": 1, "name": "process_name", "args": {"name": "{{{Ps}}} Compute"}},
          {"ph": "M", "pid": 2, "name": "process_name", "args": {"name": "{{{Worker}}} Compute"}},
          {"ph": "M", "pid": 3, "name": "process_name", "args": {"name": "{{{Worker}}} Tensors"}},
          {"ph": "X", "pid": 1, "tid": 0, "ts": 100, "dur": 2, "name": "Identity", "args": {"name": "w/read", "op": "Identity", "input0": "w"}},
          {"ph": "X", "pid": 1, "tid": 0, "ts": 103, "dur": 2, "name": "Identity", "args": {"name": "b/read", "op": "Identity", "input0": "b"}},
          {"ph": "X", "pid": 2, "tid": 0, "ts": 100, "dur": 40, "name": "RecvTensor", "args": {"name": "RecvTensor", "op": "RecvTensor"}},
          {"ph": "X", "pid": 2, "tid": 1, "ts": 100, "dur": 60, "name": "RecvTensor", "args": {"name": "RecvTensor", "op": "RecvTensor"}},
          {"ph": "X", "pid": 2, "tid": 0, "ts": 145, "dur": 10, "name": "MatMul", "args": {"name": "mm", "op": "MatMul", "input0": "x", "input1": "w/read_S1"}},
          {"ph": "X", "pid": 2, "tid": 0, "ts": 165, "dur": 10, "name": "BiasAdd", "args": {"name": "add", "op": "BiasAdd", "input1": "b/read_S2", "input0": "mm"}},
          {"ph": "X", "pid": 2, "tid": 0, "ts": 180, "dur": 10, "name": "Summary", "args": {"name": "summary", "op": "Summary"}},
          {"ph": "s", "pid": 2, "tid": 0, "ts": 175, "id": 7, "name": "add", "cat": "DataFlow"},
          {"ph": "t", "pid": 2, "tid": 0, "ts": 180, "id": 7, "name": "add", "cat": "DataFlow"}
        ]}
        """);

    private string WriteJson(string name, string json)
    {
        var path = _dir.File(name);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void A_process_named_with_a_task_index_beyond_any_task_is_refused_against_the_file()
    {
        var path = WriteJson("task.json", File.ReadAllText(WriteStep()).Replace("/task:0", "/task:99999999999", StringComparison.Ordinal));
        var error = Assert.Throws<InvalidTraceException>(() => TraceReader.Read(path));
        Assert.StartsWith(path + ": names a device '/job:", error.Message);
        Assert.Contains("/task:99999999999/", error.Message);
    }

    private static TraceOp Op(Trace trace, string name) => trace.Steps[0].Ops.Single(o => o.Name == name);

    [Fact]
    public void Unnamed_transfers_go_to_the_consumers_that_started_next_and_come_from_the_node_that_produced_the_tensor()
    {
        var trace = TraceReader.Read(WriteStep());

        var pulls = trace.Steps[0].Ops.Where(o => o.IsTransfer).OrderBy(o => o.EndNs).ToArray();
        Assert.Equal(2, pulls.Length);
        // The one that ended first (140 µs) fed mm (starts 145); the later one (160) fed add (starts 165).
        Assert.Equal("w/read", pulls[0].Tensor);
        Assert.Equal("b/read", pulls[1].Tensor);
        Assert.All(pulls, p => Assert.Equal(OpKind.ParameterTransfer, p.Kind));
        Assert.All(pulls, p => Assert.Equal(NodeRole.ParameterServer, trace.Nodes[p.SourceNode].Role));
        Assert.Contains(pulls[0].Name, Op(trace, "mm").Inputs);
        Assert.Contains("w/read", pulls[0].Inputs);
        Assert.Equal(["w", "b"], trace.Parameters.Select(p => p.Name));
        Assert.Contains(trace.Notes, n => n.Contains("matched to the consumer", StringComparison.Ordinal));
    }

    [Fact]
    public void Inputs_follow_their_argument_numbers_and_flow_arrows_add_inputs()
    {
        var trace = TraceReader.Read(WriteStep());

        Assert.Equal("mm", Op(trace, "add").Inputs[0]);
        Assert.Equal(["add"], Op(trace, "summary").Inputs);
    }

    [Fact]
    public void The_timeline_row_is_not_a_lane_so_one_device_is_one_lane()
    {
        var trace = TraceReader.Read(WriteStep());

        var worker = trace.Devices.Select((d, i) => (d, i)).Single(x => x.d.Name == Worker).i;
        Assert.Single(trace.Lanes, l => l.Device == worker && !l.Name.StartsWith("network", StringComparison.Ordinal));
        Assert.Equal(2, trace.Devices.Count); // the Tensors process adds no device
    }

    [Fact]
    public void Sizes_come_from_the_tensor_bytes_table_by_tensor_or_by_variable()
    {
        var csv = _dir.File("sizes.csv");
        File.WriteAllText(csv, "tensor,bytes\nw/read,4000\nb,40\n");

        var trace = TraceReader.Read(WriteStep(), new TraceReadOptions(csv));

        Assert.Equal(4000, trace.Steps[0].Ops.Single(o => o.Tensor == "w/read").Bytes);
        Assert.Equal(40, trace.Steps[0].Ops.Single(o => o.Tensor == "b/read").Bytes);
        Assert.False(trace.HasUnsizedTransfers);
        Assert.Equal(4040, trace.Parameters.Sum(p => p.Bytes));
    }

    [Fact]
    public void A_folder_of_timelines_is_read_as_one_step_per_file_in_name_order()
    {
        WriteStep("b-second.json");
        WriteStep("a-first.json");
        File.WriteAllText(_dir.File("notes.txt"), "not a trace");

        var trace = TraceReader.Read(_dir.Path);

        Assert.Equal(2, trace.Steps.Count);
        Assert.Equal("tensorflow-timeline", trace.Format);
        Assert.NotNull(StepGraph.Build(trace, trace.Steps[1]));
    }

    [Fact]
    public void A_bare_array_of_events_is_read_too()
    {
        var path = WriteJson("bare.json", $$$"""
            [ {"ph": "M", "pid": 1, "name": "process_name", "args": {"name": "{{{Ps}}} Compute"}},
              {"ph": "X", "pid": 1, "tid": 0, "ts": 1.5, "dur": 2.25, "name": "Identity", "args": {"name": "w/read", "op": "Identity"}} ]
            """);

        var trace = TraceReader.Read(path);

        var op = Op(trace, "w/read");
        Assert.Equal(1_500, op.StartNs);
        Assert.Equal(3_750, op.EndNs);
    }

    [Fact]
    public void Properties_before_and_after_the_events_are_skipped()
    {
        var path = WriteJson("props.json", $$$"""
            {"displayTimeUnit": "ns", "metadata": {"rows": [1, 2]}, "traceEvents": [
              {"ph": "M", "pid": 1, "name": "process_name", "args": {"name": "{{{Ps}}} Compute"}},
              {"ph": "X", "pid": 1, "tid": 0, "ts": 1, "dur": 2, "name": "Identity", "args": {"name": "w/read", "op": "Identity"}} ],
             "otherData": {"version": [3, 4]}, "systemTraceEvents": "x"}
            """);

        var trace = TraceReader.Read(path);

        Assert.Single(trace.Steps[0].Ops);
    }

    [Fact]
    public void Ops_only_on_memory_processes_are_refused()
    {
        var path = WriteJson("tensors.json", $$$"""
            {"traceEvents": [
              {"ph": "M", "pid": 3, "name": "process_name", "args": {"name": "{{{Worker}}} Tensors"}},
              {"ph": "X", "pid": 3, "tid": 0, "ts": 1, "dur": 2, "name": "w", "args": {"name": "w", "op": "Tensor"}} ]}
            """);

        var e = Assert.Throws<InvalidTraceException>(() => TraceReader.Read(path));

        Assert.Contains("no '<device> Compute' process names", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_op_on_a_process_without_a_name_is_refused()
    {
        var path = WriteJson("orphan.json", """
            {"traceEvents": [ {"ph": "X", "pid": 9, "tid": 0, "ts": 1, "dur": 2, "name": "Identity", "args": {"name": "w/read", "op": "Identity"}} ]}
            """);

        var e = Assert.Throws<InvalidTraceException>(() => TraceReader.Read(path));

        Assert.Contains("pid 9", e.Message, StringComparison.Ordinal);
    }
}
