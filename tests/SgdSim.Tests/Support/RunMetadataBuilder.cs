using Google.Protobuf;
using SgdSim.Traces.TensorFlow.Wire;

namespace SgdSim.Tests.Support;

/// <summary>Writes small RunMetadata steps in the layout TensorFlow's PS jobs produce, for tests.</summary>
internal sealed class RunMetadataBuilder
{
    public const string Worker = "/job:worker/replica:0/task:0/device:CPU:0";
    public const string Ps = "/job:ps/replica:0/task:0/device:CPU:0";

    private readonly Dictionary<string, DeviceStepStats> _devices = [];
    private readonly RunMetadata _metadata = new() { StepStats = new StepStats() };

    public RunMetadataBuilder Op(string device, string label, long startMicros, long durationMicros, uint thread = 1)
    {
        var name = label.Split(" = ")[0];
        Device(device).NodeStats.Add(new NodeExecStats
        {
            NodeName = name,
            AllStartMicros = startMicros,
            AllEndRelMicros = durationMicros,
            OpEndRelMicros = durationMicros,
            TimelineLabel = label,
            ThreadId = thread,
        });
        return this;
    }

    public RunMetadataBuilder Recv(string loggedOn, string key, string from, string to, long bytes, long startMicros, long durationMicros)
    {
        var label = bytes >= 0.1 * 1048576 ? $"[{bytes / 1048576.0:0.0}MB] {key} from {from} to {to}" : $"[{bytes}B] {key} from {from} to {to}";
        Device(loggedOn).NodeStats.Add(new NodeExecStats
        {
            NodeName = "RecvTensor",
            AllStartMicros = startMicros,
            AllEndRelMicros = durationMicros,
            OpEndRelMicros = durationMicros,
            TimelineLabel = label,
            Output = { new NodeOutput { TensorDescription = new TensorDescription { AllocationDescription = new AllocationDescription { RequestedBytes = bytes } } } },
        });
        return this;
    }

    /// <summary>A complete one-parameter PS step starting at <paramref name="t0"/> µs: pull, forward, backward, push, apply.</summary>
    public static RunMetadataBuilder SimpleStep(long t0, long bytes = 4096, long computeMicros = 100) => new RunMetadataBuilder()
        .Op(Ps, "w/read = Identity(w)", t0, 5)
        .Recv(Worker, "edge_1_w/read", Ps, Worker, bytes, t0, 50)
        .Op(Worker, "fwd = MatMul(input, w/read_S1)", t0 + 60, computeMicros)
        .Op(Worker, "gradients/w_grad = MatMulGrad(fwd)", t0 + 60 + computeMicros, computeMicros)
        .Recv(Ps, "edge_2_gradients/w_grad", Worker, Ps, bytes, t0 + 60 + 2 * computeMicros, 50)
        .Op(Ps, "update_w/ApplyGradientDescent = ApplyGradientDescent(w, lr, gradients/w_grad_S2)", t0 + 120 + 2 * computeMicros, 10);

    public DeviceStepStats Device(string name)
    {
        if (!_devices.TryGetValue(name, out var device))
        {
            device = new DeviceStepStats { Device = name };
            _devices[name] = device;
            _metadata.StepStats.DevStats.Add(device);
        }

        return device;
    }

    public byte[] ToBytes() => _metadata.ToByteArray();

    /// <summary>Writes the steps as <c>step-0000.runmeta.pb</c>, … into <paramref name="folder"/>; returns the folder.</summary>
    public static string WriteSteps(string folder, params RunMetadataBuilder[] steps)
    {
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i].WriteTo(folder, i);
        }

        return folder;
    }

    public string WriteTo(string folder, int step)
    {
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, $"step-{step:D4}.runmeta.pb");
        File.WriteAllBytes(path, ToBytes());
        return path;
    }
}
