using System.Globalization;
using Google.Protobuf;
using SgdSim.Traces.TensorFlow.Wire;

namespace SgdSim.Benchmarks.Inputs;

/// <summary>
/// Writes one large <c>.xplane.pb</c> laid out as the TF2 profiler writes a multi-GPU worker's profile (compare
/// ../shared/external/tf2-xplane): a <c>/host:CPU</c> plane with one executor thread per GPU, whose TF op events
/// (<c>replica_g/layer_i/…:Type</c>, stat <c>group_id</c>) alternate with runtime events
/// (<c>ExecutorPropagateOutputs</c> with a <c>kernel_name</c> stat, <c>MemoryAllocation</c> with allocator stats);
/// and one plane per GPU with a compute stream (one or two kernels per op, stats <c>correlation_id</c>,
/// <c>level 0</c> naming the op by reference, <c>kernel_details</c>), a copy stream (<c>MemcpyH2D</c> with
/// <c>memcpy_details</c>), the derived <c>TensorFlow Ops</c> and <c>TensorFlow Name Scope</c> lines, and a
/// <c>Steps</c> line. Steps follow each other until the file reaches the requested size.
/// </summary>
/// <remarks>
/// Lines are serialized one at a time and the planes written around them, so the generator never holds more
/// than the file's bytes: a plane as one message object would take several times that.
/// </remarks>
internal static class XSpaceFileWriter
{
    public const int Gpus = 4;
    public const int OpsPerGpu = 500;
    private const long StepGapPs = 2_000_000_000;
    private static readonly string[] Types = ["MatMul", "BiasAdd", "Relu", "Conv2D", "Mul", "AddV2", "Cast", "ReadVariableOp"];

    /// <summary>Writes whole steps until the file holds at least <paramref name="targetBytes"/>.</summary>
    /// <returns>The steps written, the TF op events of the host, the kernel events of the GPUs, and the file size.</returns>
    public static (int Steps, long HostOps, long Kernels, long Bytes) Write(string path, long targetBytes, int seed)
    {
        // Size one step from two probes (4 and 8 steps): their difference leaves out the metadata, written once.
        var probe = path + ".probe";
        var four = WriteSteps(probe, 4, seed).Bytes;
        File.Delete(probe);
        var eight = WriteSteps(probe, 8, seed).Bytes;
        File.Delete(probe);
        var perStep = Math.Max(1, (eight - four) / 4);
        var steps = (int)Math.Max(1, (targetBytes - (four - 4 * perStep) + perStep - 1) / perStep);
        return WriteSteps(path, steps, seed);
    }

    private static (int Steps, long HostOps, long Kernels, long Bytes) WriteSteps(string path, int steps, int seed)
    {
        var random = new Random(seed);
        var hostLines = Enumerable.Range(0, Gpus).Select(g => new XLine { Id = g + 1, Name = $"tf_gpu_private_{g}/{1000 + g}", TimestampNs = 1_000 }).ToArray();
        var gpuLines = Enumerable.Range(0, Gpus).Select(g => GpuLines()).ToArray();
        var host = new PlaneTables();
        var gpus = Enumerable.Range(0, Gpus).Select(_ => new PlaneTables()).ToArray();
        long hostOps = 0, kernels = 0;
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);

        // The host plane first, then each GPU's, as the profiler orders them; each plane's lines are built step by
        // step but serialized once, after all steps, so they are held as bytes, not objects.
        var hostBytes = Enumerable.Range(0, Gpus).Select(_ => new MemoryStream()).ToArray();
        var gpuBytes = Enumerable.Range(0, Gpus).Select(_ => gpuLines[0].Select(_ => new MemoryStream()).ToArray()).ToArray();
        var correlation = 0L;
        for (var step = 0; step < steps; step++)
        {
            var stepStartPs = StepGapPs + step * (OpsPerGpu * 40_000_000L + StepGapPs);
            for (var g = 0; g < Gpus; g++)
            {
                // This step's events only: each is serialized as a run of field-4 entries and appended to its line.
                var (hostLine, lines) = (new XLine(), gpuLines[g].Select(_ => new XLine()).ToArray());
                var t = stepStartPs;
                for (var i = 0; i < OpsPerGpu; i++)
                {
                    var type = Types[(i + g) % Types.Length];
                    var op = $"replica_{g}/layer_{i / 4}/op_{i % 4}/{type}";
                    var full = $"{op}:{type}";
                    var duration = 5_000_000L + random.Next(30_000_000);
                    var launch = t - 2_000_000;
                    hostLine.Events.Add(Event(host, full, launch, 1_500_000, (host.Stat("group_id"), step)));
                    hostLine.Events.Add(Event(host, "ExecutorPropagateOutputs", launch + 1_600_000, 300_000, (host.Stat("kernel_name"), op)));
                    if (i % 5 == 0)
                    {
                        hostLine.Events.Add(Event(host, "MemoryAllocation", launch + 100_000, 0,
                            (host.Stat("allocator_name"), "GPU_0_bfc"), (host.Stat("requested_bytes"), 4096L * (i % 64 + 1)), (host.Stat("bytes_allocated"), 1L << 30)));
                    }

                    var gpu = gpus[g];
                    var kernelCount = i % 2 == 0 ? 1 : 2;
                    for (var k = 0; k < kernelCount; k++)
                    {
                        lines[0].Events.Add(Event(gpu, $"void {type.ToLowerInvariant()}_kernel<float, {k}>(float const*, float*, int)",
                            t + k * duration / 2, duration / kernelCount - 500_000,
                            (gpu.Stat("correlation_id"), correlation++), (gpu.Stat("level 0"), new Ref(gpu.Stat(full))), (gpu.Stat("kernel_details"), new Ref(gpu.Stat("regs:32 shm:0 grid:80,1,1 block:256,1,1")))));
                        kernels++;
                    }

                    if (i % 10 == 0)
                    {
                        lines[1].Events.Add(Event(gpu, "MemcpyH2D", t - 1_000_000, 800_000,
                            (gpu.Stat("correlation_id"), correlation++), (gpu.Stat("memcpy_details"), $"size:{4096 * (i % 7 + 1)} dest:{g} async:1")));
                    }

                    lines[2].Events.Add(Event(gpu, full, t, duration, (gpu.Stat("group_id"), step)));
                    lines[3].Events.Add(Event(gpu, $"replica_{g}", t, duration, (gpu.Stat("group_id"), step)));
                    lines[3].Events.Add(Event(gpu, $"layer_{i / 4}", t, duration, (gpu.Stat("group_id"), step)));
                    t += duration + 1_000_000;
                    hostOps++;
                }

                lines[4].Events.Add(Event(gpus[g], step.ToString(CultureInfo.InvariantCulture), stepStartPs, t - stepStartPs,
                    (gpus[g].Stat("group_id"), step), (gpus[g].Stat("step_name"), step.ToString(CultureInfo.InvariantCulture))));
                hostLine.WriteTo(hostBytes[g]);
                for (var l = 0; l < lines.Length; l++)
                {
                    lines[l].WriteTo(gpuBytes[g][l]);
                }
            }
        }

        WritePlane(stream, 0, "/host:CPU", hostLines.Select((l, g) => LineBytes(l, hostBytes[g])).ToArray(), host);
        for (var g = 0; g < Gpus; g++)
        {
            var lines = gpuLines[g].Select((l, i) => LineBytes(l, gpuBytes[g][i])).ToArray();
            WritePlane(stream, g + 1, $"/device:GPU:{g}", lines, gpus[g]);
        }

        new XSpace { Hostnames = { "bench-worker:6009" } }.WriteTo(stream);
        stream.Flush();
        return (steps, hostOps, kernels, stream.Length);
    }

    private static XLine[] GpuLines() =>
    [
        new XLine { Id = 7, Name = "Stream #7(Compute)", TimestampNs = 2_000 },
        new XLine { Id = 8, Name = "Stream #8(MemcpyH2D)", TimestampNs = 2_000 },
        new XLine { Id = -559038734, Name = "TensorFlow Ops", TimestampNs = 2_000 },
        new XLine { Id = -559038735, Name = "TensorFlow Name Scope", TimestampNs = 2_000 },
        new XLine { Id = -559038737, Name = "Steps", TimestampNs = 2_000 },
    ];

    // A line's own fields, then its events (field 4) as already-serialized bytes.
    private static byte[] LineBytes(XLine header, MemoryStream events)
    {
        var head = header.ToByteArray();
        var body = new byte[head.Length + events.Length];
        head.CopyTo(body, 0);
        events.GetBuffer().AsSpan(0, (int)events.Length).CopyTo(body.AsSpan(head.Length));
        events.Dispose();
        return body;
    }

    // A plane's id and name, its lines (field 3) and then its metadata, as the profiler orders them.
    private static void WritePlane(Stream output, long id, string name, byte[][] lines, PlaneTables tables)
    {
        var head = new XPlane { Id = id, Name = name }.ToByteArray();
        var metadata = tables.ToPlane().ToByteArray();
        long length = head.Length + metadata.Length;
        foreach (var line in lines)
        {
            length += 1 + CodedOutputStream.ComputeLengthSize(line.Length) + line.Length;
        }

        WriteTagAndLength(output, 1, checked((int)length));
        output.Write(head);
        foreach (var line in lines)
        {
            WriteTagAndLength(output, 3, line.Length);
            output.Write(line);
        }

        output.Write(metadata);
    }

    private static void WriteTagAndLength(Stream output, int field, int length)
    {
        output.WriteByte((byte)((field << 3) | 2));
        for (var v = (uint)length; ; v >>= 7)
        {
            if (v < 0x80)
            {
                output.WriteByte((byte)v);
                return;
            }

            output.WriteByte((byte)(v | 0x80));
        }
    }

    private readonly record struct Ref(long Id);

    private static XEvent Event(PlaneTables plane, string name, long offsetPs, long durationPs, params (long Stat, object Value)[] stats)
    {
        var e = new XEvent { MetadataId = plane.Event(name), OffsetPs = offsetPs, DurationPs = durationPs };
        foreach (var (stat, value) in stats)
        {
            var s = new XStat { MetadataId = stat };
            switch (value)
            {
                case int i: s.Int64Value = i; break;
                case long l: s.Int64Value = l; break;
                case string text: s.StrValue = text; break;
                case Ref r: s.RefValue = (ulong)r.Id; break;
            }

            e.Stats.Add(s);
        }

        return e;
    }

    private sealed class PlaneTables
    {
        private readonly Dictionary<string, long> _events = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _stats = new(StringComparer.Ordinal);

        public long Event(string name) => Id(_events, name);

        public long Stat(string name) => Id(_stats, name);

        public XPlane ToPlane()
        {
            var plane = new XPlane();
            foreach (var (name, id) in _events)
            {
                plane.EventMetadata.Add(id, new XEventMetadata { Id = id, Name = name });
            }

            foreach (var (name, id) in _stats)
            {
                plane.StatMetadata.Add(id, new XStatMetadata { Id = id, Name = name });
            }

            return plane;
        }

        private static long Id(Dictionary<string, long> table, string name)
        {
            if (!table.TryGetValue(name, out var id))
            {
                id = table.Count + 1;
                table.Add(name, id);
            }

            return id;
        }
    }
}
