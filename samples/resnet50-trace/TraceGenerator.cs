using System.Globalization;
using Google.Protobuf;
using SgdSim.Traces.TensorFlow.Wire;

namespace ResNet50Trace;

/// <summary>What to generate.</summary>
/// <param name="Steps">Training steps, one file each.</param>
/// <param name="Seed">Seed of the jitter.</param>
/// <param name="LinkGbps">Nominal link rate between worker and parameter server, Gbit/s.</param>
public sealed record GeneratorOptions(int Steps = 12, int Seed = 1, double LinkGbps = 10);

/// <summary>
/// The stated timing assumptions of the synthetic trace (see the sample's README for their derivation).
/// Nothing here is measured.
/// </summary>
public static class Timing
{
    /// <summary>Images per worker step.</summary>
    public const int Batch = 32;

    /// <summary>Effective throughput of convolutions and matrix products on a V100-class GPU in FP32, FLOP/s
    /// (about 64% of its 15.7 TFLOP/s peak). One multiply-accumulate counts as 2 FLOP.</summary>
    public const double ComputeFlopsPerSecond = 10e12;

    /// <summary>Effective memory bandwidth of the element-wise ops (batch norm, ReLU, add, pooling), bytes/s
    /// (about 78% of a V100's 900 GB/s HBM2).</summary>
    public const double MemoryBytesPerSecond = 700e9;

    /// <summary>Fixed cost of every worker op (kernel launch and TensorFlow executor overhead), µs.</summary>
    public const double OpOverheadUs = 8;

    /// <summary>Share of the nominal link rate that payload gets (TCP/IP, gRPC framing).</summary>
    public const double LinkEfficiency = 0.95;

    /// <summary>Fixed latency of each RecvTensor RPC before its payload flows (request, response headers), µs.</summary>
    public const double RpcLatencyUs = 100;

    /// <summary>Cost of an <c>x/read = Identity(x)</c> on the parameter server, µs (it forwards a buffer).</summary>
    public const double ReadUs = 3;

    /// <summary>Fixed cost of an <c>ApplyGradientDescent</c> on the parameter server, µs.</summary>
    public const double UpdateOverheadUs = 5;

    /// <summary>Parameter-server CPU throughput of <c>ApplyGradientDescent</c>, bytes of variable per second
    /// (one thread streaming the variable and the gradient in and the variable out).</summary>
    public const double UpdateBytesPerSecond = 6e9;

    /// <summary>Slow-down of worker compute in step 0 (cuDNN algorithm search, allocator growth, graph warm-up).</summary>
    public const double WarmUpCompute = 3.0;

    /// <summary>Slow-down of parameter-server ops in step 0 (first touch of the variables' memory).</summary>
    public const double WarmUpServer = 2.0;

    /// <summary>Relative spread of each worker op's duration.</summary>
    public const double OpJitter = 0.03;

    /// <summary>Relative spread of a whole step's compute speed (clocks, thermal state).</summary>
    public const double StepJitter = 0.02;

    /// <summary>Relative spread of the link efficiency from step to step (capped at 99%).</summary>
    public const double LinkJitter = 0.01;

    /// <summary>Relative spread of each RPC's latency.</summary>
    public const double RpcJitter = 0.10;

    /// <summary>Relative spread of each parameter-server op's duration.</summary>
    public const double ServerJitter = 0.05;

    /// <summary>Start of step 0: 2024-01-01T00:00:00Z in microseconds since the Unix epoch.</summary>
    public const long EpochStartMicros = 1_704_067_200_000_000;
}

/// <summary>One op placed in time, microseconds since the start of the trace (not yet rounded).</summary>
internal sealed record Placed(double StartUs, double EndUs);

/// <summary>
/// Writes a synthetic TensorFlow <c>RunMetadata</c> trace of ResNet-50 trained by one worker and one parameter
/// server with TF1 between-graph replication: one <c>step-NNNN.runmeta.pb</c> per step, laid out as TensorFlow's
/// <c>FULL_TRACE</c> records it (RecvTensor entries from the worker cache logger, compute ops with
/// <c>name = Op(inputs)</c> labels, PS reads and <c>ApplyGradientDescent</c> updates).
/// </summary>
public static class TraceGenerator
{
    /// <summary>The worker's device (one device carries its receives and its compute, as in the ground-truth traces).</summary>
    public const string WorkerDevice = "/job:worker/replica:0/task:0/device:CPU:0";

    /// <summary>The parameter server's device.</summary>
    public const string ServerDevice = "/job:ps/replica:0/task:0/device:CPU:0";

    /// <summary>TensorFlow's <c>DT_FLOAT</c>.</summary>
    public const int DtFloat = 1;

    /// <summary>The file name of step <paramref name="step"/>.</summary>
    public static string FileName(int step) => $"step-{step:D4}.runmeta.pb";

    /// <summary>
    /// Generates the trace and writes it to <paramref name="outDir"/>, first removing any <c>step-*.runmeta.pb</c>
    /// left there by an earlier run (other files are kept). Returns each step's wall time, microseconds.
    /// </summary>
    public static IReadOnlyList<long> Write(string outDir, GeneratorOptions options)
    {
        var steps = Generate(options);
        Directory.CreateDirectory(outDir);
        foreach (var stale in Directory.EnumerateFiles(outDir, "step-*.runmeta.pb"))
        {
            File.Delete(stale);
        }

        var durations = new List<long>();
        for (var i = 0; i < steps.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(outDir, FileName(i)), steps[i].ToByteArray());
            durations.Add(StepDurationMicros(steps[i]));
        }

        return durations;
    }

    /// <summary>Generates the steps in memory.</summary>
    public static IReadOnlyList<RunMetadata> Generate(GeneratorOptions options)
    {
        if (options.Steps < 1)
        {
            throw new ArgumentException("At least one step is needed.");
        }

        if (!(options.LinkGbps > 0 && double.IsFinite(options.LinkGbps)))
        {
            throw new ArgumentException("The link rate must be a positive number of Gbit/s.");
        }

        var model = ResNet50Model.Instance;
        var jitter = new Jitter(options.Seed);
        var result = new List<RunMetadata>(options.Steps);
        var t = 0.0;
        for (var step = 0; step < options.Steps; step++)
        {
            var (metadata, end) = Step(model, jitter, options, step, t);
            result.Add(metadata);
            t = end; // the next step starts when this step's last update ends
        }

        return result;
    }

    /// <summary>Wall time of a generated step (first start to last end), microseconds.</summary>
    public static long StepDurationMicros(RunMetadata step)
    {
        var all = step.StepStats.DevStats.SelectMany(d => d.NodeStats).ToList();
        return all.Max(n => n.AllStartMicros + n.AllEndRelMicros) - all.Min(n => n.AllStartMicros);
    }

    private static (RunMetadata Step, double EndUs) Step(
        ResNet50Model model, Jitter jitter, GeneratorOptions options, int step, double stepStart)
    {
        var parameters = model.Parameters;
        var n = parameters.Count;
        var warm = step == 0;
        var computeScale = (warm ? Timing.WarmUpCompute : 1.0) * jitter.Factor(Timing.StepJitter);
        var serverScale = warm ? Timing.WarmUpServer : 1.0;
        var efficiency = Math.Min(0.99, Timing.LinkEfficiency * jitter.Factor(Timing.LinkJitter));
        var bytesPerUs = options.LinkGbps * 1e9 / 8 * efficiency / 1e6;

        // Parameter server: serve every variable (x/read = Identity(x)) one after another on its thread.
        var reads = new Placed[n];
        var server = stepStart;
        for (var i = 0; i < n; i++)
        {
            var d = Timing.ReadUs * serverScale * jitter.Factor(Timing.ServerJitter);
            reads[i] = new Placed(server, server + d);
            server += d;
        }

        // Pulls: the worker issues every RecvTensor at step start; each is served once its read is done and
        // goes on the connection after a fixed RPC latency, one message at a time.
        var pullArrival = new double[n];
        for (var i = 0; i < n; i++)
        {
            pullArrival[i] = reads[i].EndUs + Timing.RpcLatencyUs * jitter.Factor(Timing.RpcJitter);
        }

        var pullEnd = ConnectionLink.Finish(pullArrival, parameters.Select(p => p.Bytes).ToArray(), bytesPerUs);
        var pulls = new Placed[n];
        var edgeOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var pullOf = new Dictionary<string, Placed>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            pulls[i] = new Placed(reads[i].EndUs, pullEnd[i]);
            edgeOf[parameters[i].Name] = i + 1;
            pullOf[parameters[i].Name] = pulls[i];
        }

        // Worker compute on one thread: an op starts when the thread is free, its inputs are computed and its
        // variables have arrived.
        double Duration(double macs, double bytes) =>
            (Timing.OpOverheadUs +
             2 * macs * Timing.Batch / Timing.ComputeFlopsPerSecond * 1e6 +
             bytes * Timing.Batch / Timing.MemoryBytesPerSecond * 1e6) * computeScale * jitter.Factor(Timing.OpJitter);

        var worker = stepStart;
        var forward = new Dictionary<string, Placed>(StringComparer.Ordinal);
        var forwardOrder = new List<(ForwardOp Op, Placed At)>();
        foreach (var op in model.Forward)
        {
            var ready = worker;
            foreach (var input in op.Inputs)
            {
                if (forward.TryGetValue(input, out var producer))
                {
                    ready = Math.Max(ready, producer.EndUs);
                }
            }

            foreach (var p in op.Parameters)
            {
                ready = Math.Max(ready, pullOf[p.Name].EndUs);
            }

            var at = new Placed(ready, ready + Duration(op.MacsPerImage, op.BytesPerImage));
            forward[op.Name] = at;
            forwardOrder.Add((op, at));
            worker = at.EndUs;
        }

        // Backward: a chain of one gradient op per variable, in reverse graph order.
        var gradients = new List<(GradientOp Op, Placed At, string Input)>(n);
        var previous = model.Forward[^1].Name;
        foreach (var g in model.Gradients)
        {
            var at = new Placed(worker, worker + Duration(g.MacsPerImage, g.BytesPerImage));
            gradients.Add((g, at, previous));
            previous = g.Name;
            worker = at.EndUs;
        }

        // Pushes: the PS receives each gradient as soon as the worker has produced it.
        var pushArrival = gradients.Select(g => g.At.EndUs + Timing.RpcLatencyUs * jitter.Factor(Timing.RpcJitter)).ToArray();
        var pushEnd = ConnectionLink.Finish(pushArrival, gradients.Select(g => g.Op.Parameter.Bytes).ToArray(), bytesPerUs);

        // Updates: one PS thread applies each gradient once it has arrived, in arrival order.
        var updates = new Placed[n];
        foreach (var j in Enumerable.Range(0, n).OrderBy(j => pushEnd[j]).ThenBy(j => j))
        {
            var bytes = gradients[j].Op.Parameter.Bytes;
            var d = (Timing.UpdateOverheadUs + bytes / Timing.UpdateBytesPerSecond * 1e6) * serverScale *
                    jitter.Factor(Timing.ServerJitter);
            var start = Math.Max(server, pushEnd[j]);
            updates[j] = new Placed(start, start + d);
            server = start + d;
        }

        // Write it down as TensorFlow does.
        var workerStats = new DeviceStepStats { Device = WorkerDevice };
        var serverStats = new DeviceStepStats { Device = ServerDevice };
        for (var i = 0; i < n; i++)
        {
            var p = parameters[i];
            workerStats.NodeStats.Add(Recv(pulls[i], p.Bytes, $"edge_{i + 1}_{p.Name}/read", ServerDevice, WorkerDevice));
        }

        foreach (var (op, at) in forwardOrder)
        {
            var inputs = op.Inputs.Concat(op.Parameters.Select(p => $"{p.Name}/read_S{edgeOf[p.Name]}"));
            workerStats.NodeStats.Add(Compute(op.Name, op.Type, inputs, at));
        }

        foreach (var (g, at, input) in gradients)
        {
            workerStats.NodeStats.Add(Compute(g.Name, "BackpropGrad", [input], at));
        }

        for (var i = 0; i < n; i++)
        {
            var p = parameters[i];
            serverStats.NodeStats.Add(Compute($"{p.Name}/read", "Identity", [p.Name], reads[i]));
        }

        for (var j = 0; j < n; j++)
        {
            var (g, at, _) = gradients[j];
            var edge = n + j + 1;
            var p = g.Parameter;
            serverStats.NodeStats.Add(Recv(new Placed(at.EndUs, pushEnd[j]), p.Bytes, $"edge_{edge}_{g.Name}", WorkerDevice, ServerDevice));
            serverStats.NodeStats.Add(Compute(
                $"update_{p.Name}/ApplyGradientDescent", "ApplyGradientDescent",
                [p.Name, "learning_rate", $"{g.Name}_S{edge}"], updates[j]));
        }

        var metadata = new RunMetadata { StepStats = new StepStats { DevStats = { workerStats, serverStats } } };
        return (metadata, updates.Max(u => u.EndUs));
    }

    // Rounding start and end separately keeps every "starts at or after its input ends" relation intact.
    private static long Micros(double us) => Timing.EpochStartMicros + (long)Math.Round(us, MidpointRounding.ToEven);

    private static NodeExecStats Compute(string name, string type, IEnumerable<string> inputs, Placed at)
    {
        var start = Micros(at.StartUs);
        var duration = Micros(at.EndUs) - start;
        return new NodeExecStats
        {
            NodeName = name,
            AllStartMicros = start,
            OpEndRelMicros = duration,
            AllEndRelMicros = duration,
            TimelineLabel = $"{name} = {type}({string.Join(", ", inputs)})",
            ScheduledMicros = start,
            ThreadId = 1,
        };
    }

    private static NodeExecStats Recv(Placed at, long bytes, string key, string from, string to)
    {
        var start = Micros(at.StartUs);
        var duration = Micros(at.EndUs) - start;
        return new NodeExecStats
        {
            NodeName = "RecvTensor",
            AllStartMicros = start,
            OpEndRelMicros = duration,
            AllEndRelMicros = duration,
            TimelineLabel = $"[{SizeLabel(bytes)}] {key} from {from} to {to}",
            ScheduledMicros = start,
            Output =
            {
                new NodeOutput
                {
                    TensorDescription = new TensorDescription
                    {
                        Dtype = DtFloat,
                        AllocationDescription = new AllocationDescription { RequestedBytes = bytes, AllocatedBytes = bytes },
                    },
                },
            },
        };
    }

    /// <summary>The size as TensorFlow's worker cache logger prints it: <c>[%.1fMB]</c> from 0.1 MiB, else <c>[%dB]</c>.</summary>
    public static string SizeLabel(long bytes) =>
        bytes >= 0.1 * 1048576
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1}MB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes}B");
}
