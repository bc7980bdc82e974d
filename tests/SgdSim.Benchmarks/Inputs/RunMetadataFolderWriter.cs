using System.Globalization;
using Google.Protobuf;
using SgdSim.Traces.TensorFlow.Wire;

namespace SgdSim.Benchmarks.Inputs;

/// <summary>
/// Writes a folder of RunMetadata protobufs (<c>step-00000.runmeta.pb</c>, …), one training step of
/// <see cref="PsJobModel"/> per file, in the layout of the ground-truth traces: the worker device's
/// <c>RecvTensor</c> entries and compute ops, then the PS device's reads, gradient receives and updates.
/// </summary>
internal static class RunMetadataFolderWriter
{
    /// <summary>Layers of the model: 192 variables and about 1,450 ops, about 300 KB per step file.</summary>
    public const int Layers = 96;

    private const long StepGapMicros = 800;

    /// <summary>Writes steps into <paramref name="folder"/> until the files total at least <paramref name="targetBytes"/>.</summary>
    /// <returns>The number of steps written and their total size.</returns>
    public static (int Steps, long Bytes) Write(string folder, long targetBytes, int seed) =>
        Write(folder, PsJobModel.Create(Layers, seed), seed, (steps, bytes) => bytes < targetBytes);

    /// <summary>Writes <paramref name="steps"/> steps of <paramref name="model"/> into <paramref name="folder"/>.</summary>
    /// <returns>The number of steps written and their total size.</returns>
    public static (int Steps, long Bytes) Write(string folder, PsJobModel model, int steps, int seed) =>
        Write(folder, model, seed, (written, _) => written < steps);

    private static (int Steps, long Bytes) Write(string folder, PsJobModel model, int seed, Func<int, long, bool> more)
    {
        Directory.CreateDirectory(folder);
        var t0 = PsJobModel.EpochMicros;
        long total = 0;
        var step = 0;
        while (more(step, total))
        {
            // Not HashCode.Combine: it is randomized per process, and the input must be the same in every run.
            var (metadata, end) = BuildStep(model, t0, unchecked((seed * 1_000_003) + step));
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"step-{step:D5}.runmeta.pb"));
            using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                metadata.WriteTo(stream);
                total += stream.Length;
            }

            t0 = end + StepGapMicros;
            step++;
        }

        return (step, total);
    }

    /// <summary>One step as TensorFlow's <c>RunMetadata</c>, and the time its last op ends.</summary>
    public static (RunMetadata Metadata, long EndMicros) BuildStep(PsJobModel model, long t0, int stepSeed)
    {
        var worker = new DeviceStepStats { Device = PsJobModel.WorkerDevice };
        var ps = new DeviceStepStats { Device = PsJobModel.PsDevice };
        var workerRecvs = new List<NodeExecStats>();
        var workerOps = new List<NodeExecStats>();
        var end = t0;
        foreach (var op in model.Step(t0, stepSeed))
        {
            end = Math.Max(end, op.EndMicros);
            var stats = new NodeExecStats
            {
                NodeName = op.Name,
                AllStartMicros = op.StartMicros,
                OpEndRelMicros = op.DurationMicros,
                AllEndRelMicros = op.DurationMicros,
                ScheduledMicros = op.StartMicros,
                TimelineLabel = op.TimelineLabel,
                ThreadId = op.Thread,
            };
            if (op.IsRecv)
            {
                stats.Output.Add(new NodeOutput
                {
                    TensorDescription = new TensorDescription
                    {
                        Dtype = 1,
                        AllocationDescription = new AllocationDescription { RequestedBytes = op.RecvBytes, AllocatedBytes = op.RecvBytes },
                    },
                });
            }

            if (op.Device == GenDevice.Ps)
            {
                ps.NodeStats.Add(stats);
            }
            else if (op.IsRecv)
            {
                workerRecvs.Add(stats);
            }
            else
            {
                workerOps.Add(stats);
            }
        }

        // As in the ground truth: the worker lists its receives first, then its kernels.
        worker.NodeStats.Add(workerRecvs);
        worker.NodeStats.Add(workerOps);
        var metadata = new RunMetadata { StepStats = new StepStats { DevStats = { worker, ps } } };
        return (metadata, end);
    }
}
