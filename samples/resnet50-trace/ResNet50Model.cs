namespace ResNet50Trace;

/// <summary>A trainable variable of the model (float32), as the parameter server holds it.</summary>
/// <param name="Name">The variable's name, Keras/TF-slim style, e.g. <c>res2a_branch2a/kernel</c>.</param>
/// <param name="Shape">Its shape: <c>[kh, kw, cin, cout]</c> for a convolution kernel, <c>[c]</c> for a batch-norm
/// gamma or beta, <c>[2048, 1000]</c> and <c>[1000]</c> for the classifier.</param>
public sealed record TrainableTensor(string Name, IReadOnlyList<long> Shape)
{
    /// <summary>Bytes of one float32 element.</summary>
    public const int BytesPerElement = 4;

    /// <summary>Number of elements.</summary>
    public long Elements => Shape.Aggregate(1L, static (a, b) => a * b);

    /// <summary>Size in bytes (float32).</summary>
    public long Bytes => Elements * BytesPerElement;
}

/// <summary>One forward op of the worker's graph.</summary>
/// <param name="Name">The op's name, e.g. <c>res2a_branch2a/Conv2D</c>.</param>
/// <param name="Type">The TensorFlow op type, e.g. <c>Conv2D</c>.</param>
/// <param name="Inputs">Earlier forward ops (or the graph inputs <c>input</c> / <c>labels</c>) it reads, in label order.</param>
/// <param name="Parameters">The variables it reads; they follow <paramref name="Inputs"/> in its label as
/// <c>var/read_S&lt;K&gt;</c>.</param>
/// <param name="MacsPerImage">Multiply-accumulates per image (convolutions and the dense layer).</param>
/// <param name="BytesPerImage">Memory traffic per image of the element-wise work (batch norm, ReLU, add, pooling).</param>
public sealed record ForwardOp(
    string Name, string Type, IReadOnlyList<string> Inputs, IReadOnlyList<TrainableTensor> Parameters,
    double MacsPerImage, double BytesPerImage);

/// <summary>
/// The backward op producing one variable's gradient, <c>gradients/&lt;var&gt;_grad</c>. It stands for all the
/// backward work TensorFlow would do between the previous gradient and this one.
/// </summary>
/// <param name="Parameter">The variable whose gradient it produces.</param>
/// <param name="MacsPerImage">Multiply-accumulates per image (input and weight gradients of a convolution).</param>
/// <param name="BytesPerImage">Memory traffic per image of the element-wise backward work lumped into it.</param>
public sealed record GradientOp(TrainableTensor Parameter, double MacsPerImage, double BytesPerImage)
{
    /// <summary>The op's name, <c>gradients/&lt;var&gt;_grad</c>.</summary>
    public string Name => $"gradients/{Parameter.Name}_grad";
}

/// <summary>
/// ResNet-50 (He et al., 2016) at 224×224 input, computed from its architecture: a 7×7/2 stem convolution and 3×3/2
/// max pool, four stages of [3, 4, 6, 3] bottleneck blocks of widths 64/128/256/512 with expansion 4 (a 1×1
/// projection shortcut in each stage's first block), global average pooling and a 2048×1000 dense classifier.
/// Convolutions have no bias (batch norm follows each); the stride-2 of stages 3–5 sits on the 3×3 convolution
/// (ResNet-50 v1.5, as in torchvision and NVIDIA's reference; v1 puts it on the first 1×1, same parameters).
/// </summary>
public sealed class ResNet50Model
{
    /// <summary>Trainable tensors of ResNet-50: 53 kernels, 53 gammas, 53 betas, the dense kernel and bias.</summary>
    public const int ExpectedTensorCount = 161;

    /// <summary>Trainable parameters of ResNet-50 (the figure torchvision and Keras without conv biases report).</summary>
    public const long ExpectedParameterCount = 25_557_032;

    /// <summary>Bytes of all trainable parameters in float32.</summary>
    public const long ExpectedParameterBytes = 102_228_128;

    /// <summary>Input image side.</summary>
    public const int ImageSize = 224;

    /// <summary>Classes of the classifier (ImageNet-1k).</summary>
    public const int Classes = 1000;

    /// <summary>Blocks per stage.</summary>
    public static readonly IReadOnlyList<int> BlocksPerStage = [3, 4, 6, 3];

    /// <summary>Bottleneck expansion: a block's output has 4× its inner width.</summary>
    public const int Expansion = 4;

    private readonly List<TrainableTensor> _parameters = [];
    private readonly List<ForwardOp> _forward = [];
    private readonly Dictionary<string, double> _bnActivation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _extraBackwardBytes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _convMacs = new(StringComparer.Ordinal);

    private ResNet50Model()
    {
        Build();
        Gradients = BuildGradients();
        Check();
    }

    /// <summary>The model, built once.</summary>
    public static ResNet50Model Instance { get; } = new();

    /// <summary>Trainable tensors in graph (forward) order; this is also the order of the parameter pulls.</summary>
    public IReadOnlyList<TrainableTensor> Parameters => _parameters;

    /// <summary>Forward ops in execution order, ending with the loss.</summary>
    public IReadOnlyList<ForwardOp> Forward => _forward;

    /// <summary>Gradient ops in execution order: one per trainable tensor, in reverse graph order.</summary>
    public IReadOnlyList<GradientOp> Gradients { get; }

    /// <summary>Total trainable parameters.</summary>
    public long ParameterCount => _parameters.Sum(p => p.Elements);

    /// <summary>Total bytes of the trainable parameters.</summary>
    public long ParameterBytes => _parameters.Sum(p => p.Bytes);

    /// <summary>Forward multiply-accumulates per image (convolutions and the dense layer).</summary>
    public double ForwardMacsPerImage => _forward.Sum(o => o.MacsPerImage);

    private void Build()
    {
        // Stem: conv1 7×7/2 (224 → 112), bn_conv1, ReLU, 3×3/2 max pool (112 → 56).
        var size = ImageSize / 2;
        var x = ConvBn("conv1", "bn_conv1", "input", 7, 3, 64, size);
        x = Relu("conv1_relu/Relu", x, size * size * 64);
        _extraBackwardBytes["bn_conv1"] = 3.0 * size * size * 64 * 4; // ReLU backward: read dy and y, write dx
        var pooled = size / 2;
        _forward.Add(new ForwardOp("pool1/MaxPool", "MaxPool", [x], [], 0, (size * size * 64 + pooled * pooled * 64) * 4.0));
        // MaxPoolGrad reads the pool's input, its output gradient, and writes the input gradient.
        _extraBackwardBytes["bn_conv1"] += (2.0 * size * size * 64 + pooled * pooled * 64) * 4;
        x = "pool1/MaxPool";
        size = pooled;

        var channels = 64;
        for (var s = 0; s < BlocksPerStage.Count; s++)
        {
            var stage = s + 2;
            var width = 64 << s;
            var outChannels = width * Expansion;
            for (var b = 0; b < BlocksPerStage[s]; b++)
            {
                var block = $"{stage}{(char)('a' + b)}";
                var stride = b == 0 && s > 0 ? 2 : 1;
                var outSize = size / stride;
                var blockInput = x;

                var y = ConvBn($"res{block}_branch2a", $"bn{block}_branch2a", blockInput, 1, channels, width, size);
                y = Relu($"res{block}_branch2a_relu/Relu", y, size * size * width);
                _extraBackwardBytes[$"bn{block}_branch2a"] = 3.0 * size * size * width * 4;

                y = ConvBn($"res{block}_branch2b", $"bn{block}_branch2b", y, 3, width, width, outSize);
                y = Relu($"res{block}_branch2b_relu/Relu", y, outSize * outSize * width);
                _extraBackwardBytes[$"bn{block}_branch2b"] = 3.0 * outSize * outSize * width * 4;

                y = ConvBn($"res{block}_branch2c", $"bn{block}_branch2c", y, 1, width, outChannels, outSize);
                var shortcut = b == 0
                    ? ConvBn($"res{block}_branch1", $"bn{block}_branch1", blockInput, 1, channels, outChannels, outSize)
                    : blockInput;

                var elements = outSize * outSize * outChannels;
                _forward.Add(new ForwardOp($"res{block}/add", "AddV2", [y, shortcut], [], 0, 3.0 * elements * 4));
                x = Relu($"res{block}_relu/Relu", $"res{block}/add", elements);
                // The block's ReLU backward (the add's backward is a pass-through) is lumped into branch2c's gamma grad.
                _extraBackwardBytes[$"bn{block}_branch2c"] = 3.0 * elements * 4;

                channels = outChannels;
                size = outSize;
            }
        }

        // Head: global average pool, dense 2048 → 1000, softmax cross-entropy.
        _forward.Add(new ForwardOp("avg_pool/Mean", "Mean", [x], [], 0, (size * size * channels + channels) * 4.0));
        var kernel = Parameter("fc1000/kernel", channels, Classes);
        var bias = Parameter("fc1000/bias", Classes);
        _forward.Add(new ForwardOp("fc1000/MatMul", "MatMul", ["avg_pool/Mean"], [kernel], (double)channels * Classes, 0));
        _forward.Add(new ForwardOp("fc1000/BiasAdd", "BiasAdd", ["fc1000/MatMul"], [bias], 0, 2.0 * Classes * 4));
        _forward.Add(new ForwardOp(
            "loss/SoftmaxCrossEntropyWithLogits", "SoftmaxCrossEntropyWithLogits", ["fc1000/BiasAdd", "labels"], [], 0,
            3.0 * Classes * 4));
    }

    // A bias-free convolution followed by batch norm; returns the batch norm's op name.
    private string ConvBn(string conv, string bn, string input, int k, int cin, int cout, int outSize)
    {
        var kernel = Parameter($"{conv}/kernel", k, k, cin, cout);
        var macs = (double)outSize * outSize * k * k * cin * cout;
        _convMacs[kernel.Name] = macs;
        _forward.Add(new ForwardOp($"{conv}/Conv2D", "Conv2D", [input], [kernel], macs, 0));

        var gamma = Parameter($"{bn}/gamma", cout);
        var beta = Parameter($"{bn}/beta", cout);
        var activation = (double)outSize * outSize * cout * 4;
        _bnActivation[bn] = activation;
        // Training-mode batch norm reads its input twice (statistics, then normalisation) and writes its output.
        _forward.Add(new ForwardOp($"{bn}/FusedBatchNormV3", "FusedBatchNormV3", [$"{conv}/Conv2D"], [gamma, beta], 0, 3 * activation));
        return $"{bn}/FusedBatchNormV3";
    }

    private string Relu(string name, string input, long elements)
    {
        _forward.Add(new ForwardOp(name, "Relu", [input], [], 0, 2.0 * elements * 4));
        return name;
    }

    private TrainableTensor Parameter(string name, params long[] shape)
    {
        var p = new TrainableTensor(name, shape);
        _parameters.Add(p);
        return p;
    }

    // One gradient op per trainable tensor, in reverse graph order. Costs:
    //  - a convolution kernel: its input gradient and its weight gradient, each as many MACs as the forward
    //    convolution (conv1 needs no input gradient, so 1×);
    //  - a batch-norm gamma: the batch-norm backward (reads x and dy, writes dx, plus the reductions: ~4 passes over
    //    the activation) and the ReLU / max-pool backward that precedes it in the backward pass;
    //  - a batch-norm beta: the sum of dy (one pass);
    //  - the dense kernel: input and weight gradients (2× its MACs) and the average-pool backward;
    //  - the dense bias: the sum of dy over the batch.
    private List<GradientOp> BuildGradients()
    {
        var gradients = new List<GradientOp>(_parameters.Count);
        for (var i = _parameters.Count - 1; i >= 0; i--)
        {
            var p = _parameters[i];
            var slash = p.Name.LastIndexOf('/');
            var layer = p.Name[..slash];
            var variable = p.Name[(slash + 1)..];
            var op = (layer, variable) switch
            {
                ("fc1000", "bias") => new GradientOp(p, 0, Classes * 4.0),
                ("fc1000", "kernel") => new GradientOp(p, 2.0 * p.Elements, (7 * 7 * 2048 + 2048) * 4.0),
                (_, "kernel") => new GradientOp(p, (layer == "conv1" ? 1 : 2) * _convMacs[p.Name], 0),
                (_, "gamma") => new GradientOp(p, 0, 4 * _bnActivation[layer] + _extraBackwardBytes.GetValueOrDefault(layer)),
                (_, "beta") => new GradientOp(p, 0, _bnActivation[layer]),
                _ => throw new InvalidOperationException($"No backward cost rule for {p.Name}."),
            };
            gradients.Add(op);
        }

        return gradients;
    }

    private void Check()
    {
        void Expect(bool ok, string what)
        {
            if (!ok)
            {
                throw new InvalidOperationException($"ResNet-50 model check failed: {what}");
            }
        }

        Expect(_parameters.Count == ExpectedTensorCount, $"{_parameters.Count} trainable tensors, expected {ExpectedTensorCount}.");
        Expect(_parameters.Count(p => p.Name.EndsWith("/kernel", StringComparison.Ordinal) && p.Shape.Count == 4) == 53, "53 conv kernels.");
        Expect(_parameters.Count(p => p.Name.EndsWith("/gamma", StringComparison.Ordinal)) == 53, "53 batch-norm gammas.");
        Expect(_parameters.Count(p => p.Name.EndsWith("/beta", StringComparison.Ordinal)) == 53, "53 batch-norm betas.");
        Expect(_parameters.Count(p => p.Name.EndsWith("_branch1/kernel", StringComparison.Ordinal)) == 4, "4 projection shortcuts.");
        Expect(ParameterCount == ExpectedParameterCount, $"{ParameterCount} parameters, expected {ExpectedParameterCount}.");
        Expect(ParameterBytes == ExpectedParameterBytes, $"{ParameterBytes} bytes, expected {ExpectedParameterBytes}.");
        Expect(_parameters.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() == _parameters.Count, "unique names.");
        Expect(Gradients.Count == _parameters.Count, "one gradient op per trainable tensor.");
        // ≈ 4.1 G multiply-accumulates per 224×224 image (the figure usually quoted as "4.1 GFLOPs").
        Expect(ForwardMacsPerImage is > 4.0e9 and < 4.2e9, $"forward MACs {ForwardMacsPerImage:E3} per image, expected ≈ 4.1e9.");
    }
}
