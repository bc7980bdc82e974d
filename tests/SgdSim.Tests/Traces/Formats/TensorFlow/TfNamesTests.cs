using SgdSim.Traces;
using SgdSim.Traces.TensorFlow;

namespace SgdSim.Tests;

public sealed class TfNamesTests
{
    [Theory]
    [InlineData("/job:ps/replica:0/task:1/device:CPU:0", "/job:ps/replica:0/task:1", "/job:ps/replica:0/task:1/device:CPU:0", null, NodeRole.ParameterServer, 1)]
    [InlineData("/job:worker/replica:0/task:0/device:GPU:0/stream:7", "/job:worker/replica:0/task:0", "/job:worker/replica:0/task:0/device:GPU:0", "stream:7", NodeRole.Worker, 0)]
    [InlineData("/job:worker/replica:0/task:2/device:GPU:1/memcpy", "/job:worker/replica:0/task:2", "/job:worker/replica:0/task:2/device:GPU:1", "memcpy", NodeRole.Worker, 2)]
    [InlineData("/gpu:0/stream:all", "/job:localhost/replica:0/task:0", "/job:localhost/replica:0/task:0/device:GPU:0", "stream:all", NodeRole.Worker, 0)]
    [InlineData("/job:localhost/replica:0/task:0/cpu:0", "/job:localhost/replica:0/task:0", "/job:localhost/replica:0/task:0/device:CPU:0", null, NodeRole.Worker, 0)]
    [InlineData("/job:evaluator/replica:0/task:0/device:CPU:0", "/job:evaluator/replica:0/task:0", "/job:evaluator/replica:0/task:0/device:CPU:0", null, NodeRole.Other, 0)]
    public void Device_names_fold_streams_and_copy_engines_into_their_device(
        string name, string node, string device, string? sub, NodeRole role, int task)
    {
        Assert.Equal(new TfDevice(node, device, sub, role, task), TfNames.ParseDevice(name));
    }

    [Fact]
    public void A_task_index_no_task_can_have_is_refused_not_overflowed()
    {
        Assert.Equal(int.MaxValue, TfNames.ParseDevice("/job:ps/replica:0/task:2147483647/device:CPU:0").TaskIndex);
        var error = Assert.Throws<TfNameException>(() => TfNames.ParseDevice("/job:ps/replica:0/task:2147483648/device:CPU:0"));
        Assert.Equal("a.json: names a device '/job:ps/replica:0/task:2147483648/device:CPU:0' whose task index is beyond 2,147,483,647; TensorFlow numbers tasks from 0.",
            error.InFile("a.json").Message);
    }

    [Fact]
    public void A_rendezvous_key_with_an_edge_number_beyond_any_edge_is_taken_as_it_is()
    {
        Assert.Equal(("edge_2147483647_x", 2147483647, "x"), TfNames.ParseRendezvousKey("edge_2147483647_x"));
        Assert.Equal(("edge_2147483648_x", null, "edge_2147483648_x"), TfNames.ParseRendezvousKey("edge_2147483648_x"));
    }

    [Fact]
    public void An_op_label_gives_name_type_and_inputs()
    {
        var label = TfNames.ParseOpLabel("layer0/Linear = Linear(input, layer0/weight/read_S1, ^init)")!;

        Assert.Equal("layer0/Linear", label.Name);
        Assert.Equal("Linear", label.Type);
        Assert.Equal(["input", "layer0/weight/read_S1", "^init"], label.Inputs);
        Assert.Equal([], TfNames.ParseOpLabel("_SOURCE = NoOp()")!.Inputs);
        Assert.Null(TfNames.ParseOpLabel("[8.0MB] edge_1_x from a to b"));
    }

    [Theory]
    [InlineData("[123B] edge_5_x/read from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0", 123L, 5, "x/read")]
    [InlineData("[8.0MB] edge_12_gradients/w_grad from /job:worker/replica:0/task:0/device:CPU:0 to /job:ps/replica:0/task:0/device:CPU:0", 8_388_608L, 12, "gradients/w_grad")]
    [InlineData("[1.5KiB] edge_3_b from /job:ps/replica:0/task:0/device:CPU:0 to /job:worker/replica:0/task:0/device:CPU:0", 1_536L, 3, "b")]
    public void A_recv_label_gives_size_edge_tensor_and_endpoints(string label, long bytes, int edge, string tensor)
    {
        var recv = TfNames.ParseRecvLabel(label)!;

        Assert.Equal(bytes, recv.Bytes);
        Assert.Equal(edge, recv.EdgeId);
        Assert.Equal(tensor, recv.Tensor);
        Assert.StartsWith("/job:", recv.SourceDevice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_rendezvous_key_is_reduced_to_its_edge()
    {
        var (key, edge, tensor) = TfNames.ParseRendezvousKey("/job:ps/replica:0/task:0/device:CPU:0;1234;/job:worker/replica:0/task:0/device:CPU:0;edge_7_w/read;0:0");

        Assert.Equal("edge_7_w/read", key);
        Assert.Equal(7, edge);
        Assert.Equal("w/read", tensor);
    }

    [Theory]
    [InlineData("layer0/weight/read_S1", "layer0/weight/read", 1)]
    [InlineData("gradients/x_grad_S12", "gradients/x_grad", 12)]
    [InlineData("w/read/_3", "w/read", 3)]
    public void Cross_task_input_names_give_tensor_and_edge(string input, string tensor, int edge)
    {
        Assert.Equal((tensor, edge), TfNames.ParseCrossTaskInput(input));
    }

    [Fact]
    public void Ordinary_names_are_not_cross_task_inputs()
    {
        Assert.Null(TfNames.ParseCrossTaskInput("layer0/Linear"));
    }

    [Theory]
    [InlineData("^x", "x")]
    [InlineData("x:1", "x")]
    [InlineData("x", "x")]
    [InlineData("a:b", "a:b")]
    public void Inputs_lose_their_control_marker_and_slot(string input, string expected)
    {
        Assert.Equal(expected, TfNames.StripInput(input));
    }

    [Theory]
    [InlineData("w/read", "w")]
    [InlineData("dense/kernel/Read/ReadVariableOp", "dense/kernel")]
    [InlineData("w", "w")]
    public void A_served_tensor_names_its_variable(string tensor, string variable)
    {
        Assert.Equal(variable, TfNames.VariableOf(tensor));
    }
}
