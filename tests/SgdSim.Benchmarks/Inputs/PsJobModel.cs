using System.Globalization;

namespace SgdSim.Benchmarks.Inputs;

/// <summary>Where a generated op runs.</summary>
internal enum GenDevice
{
    Worker,
    Ps,
}

/// <summary>
/// One op of a generated step, as TensorFlow would log it.
/// A transfer has <see cref="Type"/> <c>RecvTensor</c>, a <see cref="RecvKey"/> (<c>edge_K_x/read</c>) and its size.
/// </summary>
internal readonly record struct GenOp(
    GenDevice Device,
    string Name,
    string Type,
    string[] Inputs,
    long StartMicros,
    long DurationMicros,
    uint Thread,
    string? RecvKey,
    GenDevice RecvFrom,
    long RecvBytes)
{
    public bool IsRecv => RecvKey is not null;

    public long EndMicros => StartMicros + DurationMicros;

    /// <summary><c>name = Type(in1, in2)</c>, or for a transfer <c>[8.0MB] edge_1_x/read from SRC to DST</c>.</summary>
    public string TimelineLabel => IsRecv
        ? $"{PsJobModel.SizeLabel(RecvBytes)} {RecvKey} from {PsJobModel.DeviceName(RecvFrom)} to {PsJobModel.DeviceName(Device)}"
        : $"{Name} = {Type}({string.Join(", ", Inputs)})";
}

/// <summary>
/// A deterministic synthetic TF1 between-graph parameter-server job (one worker, one PS): a stack of
/// conv/dense layers, each with a <c>weights</c> and a <c>biases</c> variable held by the PS.
/// <see cref="Step"/> schedules one training step the way the ground-truth traces show it:
/// the PS serves <c>x/read = Identity(x)</c>, the worker receives <c>edge_K_x/read</c> over a serialized 1 Gbit/s
/// downlink and computes forward ops that read <c>x/read_S&lt;K&gt;</c> on one thread; the backward pass produces
/// <c>gradients/x_grad</c>, which the PS receives as <c>edge_J_gradients/x_grad</c> and applies with
/// <c>update_x/ApplyGradientDescent = ApplyGradientDescent(x, learning_rate, gradients/x_grad_S&lt;J&gt;)</c>.
/// Every op starts after its inputs end; the worker's compute thread and the PS's thread never overlap.
/// </summary>
internal sealed class PsJobModel
{
    public const string WorkerDevice = "/job:worker/replica:0/task:0/device:CPU:0";
    public const string PsDevice = "/job:ps/replica:0/task:0/device:CPU:0";

    /// <summary>Start of step 0, in µs since the epoch (the ground truth's order of magnitude).</summary>
    public const long EpochMicros = 1_795_664_010_737_455;

    private const double LinkBytesPerMicro = 125.0; // 1 Gbit/s
    private const long LinkLatencyMicros = 40;
    private const double PsCopyBytesPerMicro = 4000.0;

    private static readonly string[] Empty = [];

    private readonly Layer[] _layers;
    private readonly bool _bookkeeping;

    private PsJobModel(Layer[] layers, bool bookkeeping) => (_layers, _bookkeeping) = (layers, bookkeeping);

    private readonly record struct Layer(string Prefix, bool Dense, long WeightBytes, long BiasBytes, long ForwardMicros);

    public int LayerCount => _layers.Length;

    public int ParameterCount => 2 * _layers.Length;

    public static string DeviceName(GenDevice device) => device == GenDevice.Worker ? WorkerDevice : PsDevice;

    /// <summary>TF's RecvTensor size label: <c>[NB]</c> below 0.1 MiB, <c>[x.xMB]</c> above.</summary>
    public static string SizeLabel(long bytes) => bytes >= 0.1 * 1048576
        ? string.Create(CultureInfo.InvariantCulture, $"[{bytes / 1048576.0:0.0}MB]")
        : string.Create(CultureInfo.InvariantCulture, $"[{bytes}B]");

    /// <summary>A model of <paramref name="layers"/> layers; sizes and op costs follow from <paramref name="seed"/>.</summary>
    /// <param name="layers">Layers, two variables each.</param>
    /// <param name="seed">Seed of the sizes and costs.</param>
    /// <param name="bookkeeping">Also write the small ops a TF1 training graph runs around the kernels: a batch norm
    /// and its gradient per layer, and the <c>ShapeN</c> and <c>tuple/group_deps</c> / <c>control_dependency</c>
    /// ops of each gradient — nine more ops per layer, as a real step has about twice the kernels' op count.</param>
    public static PsJobModel Create(int layers, int seed, bool bookkeeping = false)
    {
        var rng = new Random(seed);
        int[] channels = [32, 64, 128, 256, 512];
        var result = new Layer[layers];
        var inChannels = 64;
        for (var i = 0; i < layers; i++)
        {
            // Blocks of 8 units; every 16th layer is a dense layer, the rest 3x3 convolutions.
            var prefix = string.Create(CultureInfo.InvariantCulture, $"net/block{i / 8}/unit_{i % 8}");
            var dense = i % 16 == 15;
            var outChannels = channels[rng.Next(channels.Length)];
            var weightBytes = (dense ? 1L : 9L) * inChannels * outChannels * 4;
            var biasBytes = outChannels * 4L;
            var forward = 20 + weightBytes / 2000 + rng.Next(0, 400);
            result[i] = new Layer(prefix, dense, weightBytes, biasBytes, forward);
            inChannels = outChannels;
        }

        return new PsJobModel(result, bookkeeping);
    }

    /// <summary>
    /// The ops of one step starting at <paramref name="t0"/> µs, in the order they are scheduled
    /// (worker and PS interleaved; filter by device for a per-device listing). Deterministic for a given
    /// <paramref name="stepSeed"/>, so enumerating twice gives the same ops.
    /// </summary>
    public IEnumerable<GenOp> Step(long t0, int stepSeed)
    {
        var rng = new Random(stepSeed);
        long Jitter(long micros) => Math.Max(1, micros * rng.Next(94, 107) / 100);
        long Gap() => rng.Next(1, 6);

        var psFree = t0;      // the PS's op thread
        var downlink = t0;    // PS → worker
        var uplink = t0;      // worker → PS
        var worker = t0 + 30; // the worker's compute thread
        var edge = 0;

        var readKey = new int[_layers.Length * 2];
        var layerInput = new string[_layers.Length];
        var previous = "input";

        // Forward: pull each layer's variables, then compute the layer.
        for (var l = 0; l < _layers.Length; l++)
        {
            var layer = _layers[l];
            var arrived = 0L;
            for (var v = 0; v < 2; v++)
            {
                var variable = Variable(layer, v);
                var bytes = v == 0 ? layer.WeightBytes : layer.BiasBytes;

                var readStart = psFree + Gap();
                var read = new GenOp(GenDevice.Ps, $"{variable}/read", "Identity", [variable], readStart,
                    Jitter(2 + (long)(bytes / PsCopyBytesPerMicro)), 1, null, GenDevice.Ps, 0);
                psFree = read.EndMicros;
                yield return read;

                edge++;
                readKey[2 * l + v] = edge;
                var recvStart = Math.Max(read.EndMicros, downlink) + Gap();
                var recv = new GenOp(GenDevice.Worker, "RecvTensor", "RecvTensor", Empty, recvStart,
                    Jitter(LinkLatencyMicros + (long)(bytes / LinkBytesPerMicro)), 0,
                    string.Create(CultureInfo.InvariantCulture, $"edge_{edge}_{variable}/read"), GenDevice.Ps, bytes);
                downlink = recv.EndMicros;
                arrived = Math.Max(arrived, recv.EndMicros);
                yield return recv;
            }

            layerInput[l] = previous;
            var p = layer.Prefix;
            var mainType = layer.Dense ? "MatMul" : "Conv2D";
            var main = Compute($"{p}/{mainType}", mainType, [previous, ReadInput(layer, 0, readKey[2 * l])],
                Math.Max(worker, arrived), Jitter(layer.ForwardMicros));
            var bias = Compute($"{p}/BiasAdd", "BiasAdd", [main.Name, ReadInput(layer, 1, readKey[2 * l + 1])],
                main.EndMicros, Jitter(8 + layer.ForwardMicros / 40));
            yield return main;
            yield return bias;
            var activation = bias;
            if (_bookkeeping)
            {
                activation = Compute($"{p}/FusedBatchNormV3", "FusedBatchNormV3", [bias.Name], bias.EndMicros, Jitter(10 + layer.ForwardMicros / 30));
                yield return activation;
            }

            var relu = Compute($"{p}/Relu", "Relu", [activation.Name], activation.EndMicros, Jitter(6 + layer.ForwardMicros / 50));
            worker = relu.EndMicros;
            yield return relu;
            previous = relu.Name;
        }

        var loss = Compute("loss/SoftmaxCrossEntropyWithLogits", "SoftmaxCrossEntropyWithLogits", [previous, "labels"], worker, Jitter(150));
        worker = loss.EndMicros;
        yield return loss;

        // Backward: per layer the activation gradient, then both variable gradients (each pushed to the PS and
        // applied there), then the gradient for the layer below.
        var upstream = loss.Name;
        for (var l = _layers.Length - 1; l >= 0; l--)
        {
            var layer = _layers[l];
            var p = layer.Prefix;
            var reluGrad = Compute($"gradients/{p}/Relu_grad", "ReluGrad", [upstream, $"{p}/Relu"], worker,
                Jitter(6 + layer.ForwardMicros / 50));
            yield return reluGrad;
            worker = reluGrad.EndMicros;
            var dy = reluGrad;
            if (_bookkeeping)
            {
                dy = Compute($"gradients/{p}/FusedBatchNormV3_grad", "FusedBatchNormGradV3", [reluGrad.Name, $"{p}/BiasAdd"], worker,
                    Jitter(12 + layer.ForwardMicros / 25));
                worker = dy.EndMicros;
                yield return dy;
            }

            for (var v = 1; v >= 0; v--)
            {
                var variable = Variable(layer, v);
                var bytes = v == 0 ? layer.WeightBytes : layer.BiasBytes;
                var gradType = v == 1 ? "BiasAddGrad" : layer.Dense ? "MatMul" : "Conv2DBackpropFilter";
                string[] gradInputs = v == 1 ? [dy.Name] : [layerInput[l], dy.Name];
                if (_bookkeeping && v == 0)
                {
                    var shapes = Compute($"gradients/{p}/Conv2D_grad/ShapeN", "ShapeN", [layerInput[l], ReadInput(layer, 0, readKey[2 * l])], worker, Jitter(3));
                    worker = shapes.EndMicros;
                    yield return shapes;
                }

                var grad = Compute($"gradients/{variable}_grad", gradType, gradInputs, worker,
                    Jitter(v == 1 ? 8 + layer.ForwardMicros / 40 : layer.ForwardMicros));
                worker = grad.EndMicros;
                yield return grad;

                edge++;
                var push = new GenOp(GenDevice.Ps, "RecvTensor", "RecvTensor", Empty, Math.Max(grad.EndMicros, uplink) + Gap(),
                    Jitter(LinkLatencyMicros + (long)(bytes / LinkBytesPerMicro)), 0,
                    string.Create(CultureInfo.InvariantCulture, $"edge_{edge}_{grad.Name}"), GenDevice.Worker, bytes);
                uplink = push.EndMicros;
                yield return push;

                var update = new GenOp(GenDevice.Ps, $"update_{variable}/ApplyGradientDescent", "ApplyGradientDescent",
                    [variable, "learning_rate", string.Create(CultureInfo.InvariantCulture, $"{grad.Name}_S{edge}")],
                    Math.Max(psFree, push.EndMicros) + Gap(), Jitter(3 + (long)(bytes / PsCopyBytesPerMicro)), 1, null, GenDevice.Ps, 0);
                psFree = update.EndMicros;
                yield return update;
                if (_bookkeeping && v == 1)
                {
                    foreach (var op in Tuple($"gradients/{p}/BiasAdd_grad", dy.Name, grad.Name))
                    {
                        yield return op;
                    }
                }
            }

            var weightGrad = $"gradients/{Variable(layer, 0)}_grad";
            if (l > 0)
            {
                var type = layer.Dense ? "MatMul" : "Conv2DBackpropInput";
                var inputGrad = Compute($"gradients/{p}/{(layer.Dense ? "MatMul" : "Conv2D")}_grad", type,
                    [ReadInput(layer, 0, readKey[2 * l]), dy.Name], worker, Jitter(layer.ForwardMicros));
                worker = inputGrad.EndMicros;
                upstream = inputGrad.Name;
                yield return inputGrad;
                if (_bookkeeping)
                {
                    foreach (var op in Tuple($"gradients/{p}/Conv2D_grad", inputGrad.Name, weightGrad))
                    {
                        yield return op;
                    }
                }
            }
        }

        // tf.gradients groups the two outputs of a gradient: a NoOp on both, then an Identity of each after it.
        IEnumerable<GenOp> Tuple(string scope, string first, string second)
        {
            var group = Compute($"{scope}/tuple/group_deps", "NoOp", [$"^{first}", $"^{second}"], worker, Jitter(2));
            var a = Compute($"{scope}/tuple/control_dependency", "Identity", [first, $"^{group.Name}"], group.EndMicros, Jitter(2));
            var b = Compute($"{scope}/tuple/control_dependency_1", "Identity", [second, $"^{group.Name}"], a.EndMicros, Jitter(2));
            worker = b.EndMicros;
            return [group, a, b];
        }

        GenOp Compute(string name, string type, string[] inputs, long after, long duration) =>
            new(GenDevice.Worker, name, type, inputs, Math.Max(after, worker) + Gap(), duration, 1, null, GenDevice.Worker, 0);
    }

    private static string Variable(Layer layer, int v) => v == 0 ? $"{layer.Prefix}/weights" : $"{layer.Prefix}/biases";

    private static string ReadInput(Layer layer, int v, int edge) =>
        string.Create(CultureInfo.InvariantCulture, $"{Variable(layer, v)}/read_S{edge}");
}
