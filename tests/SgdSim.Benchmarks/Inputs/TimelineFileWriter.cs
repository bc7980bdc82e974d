using System.Text.Encodings.Web;
using System.Text.Json;

namespace SgdSim.Benchmarks.Inputs;

/// <summary>
/// Writes ONE big training step of <see cref="PsJobModel"/> as a TF1 timeline
/// (<c>Timeline.generate_chrome_trace_format()</c>, compact as TF writes it by default): <c>process_name</c>
/// metadata first, then the worker's and the PS's <c>ph:"X"</c> op events (<c>name</c> = op type,
/// <c>args</c> = {name, op, input0, input1, …}; transfers as <c>RecvTensor</c> without tensor names, as the
/// format drops them), then a few data-flow arrows (<c>ph:"s"</c>/<c>"t"</c>). Streams through a
/// <see cref="Utf8JsonWriter"/>; nothing but the current event is held in memory.
/// </summary>
internal static class TimelineFileWriter
{
    private const int AllocatorsPid = 0;
    private const int WorkerPid = 1;
    private const int WorkerTensorsPid = 2;
    private const int PsPid = 3;
    private const int PsTensorsPid = 4;
    private const int Flows = 6;

    /// <summary>Writes <paramref name="path"/> with as many layers as it takes to reach <paramref name="targetBytes"/>.</summary>
    /// <returns>The layer count, the number of op events and the file size.</returns>
    public static (int Layers, long Events, long Bytes) Write(string path, long targetBytes, int seed)
    {
        // Measure a small model to size the big one, then grow until the file is big enough.
        const int sampleLayers = 1000;
        long sampleBytes;
        using (var counter = new CountingStream())
        {
            WriteTo(counter, PsJobModel.Create(sampleLayers, seed), seed);
            sampleBytes = counter.Length;
        }

        var layers = (int)Math.Ceiling(targetBytes * 1.01 / sampleBytes * sampleLayers);
        while (true)
        {
            long events;
            using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            {
                events = WriteTo(stream, PsJobModel.Create(layers, seed), seed);
            }

            var bytes = new FileInfo(path).Length;
            if (bytes >= targetBytes)
            {
                return (layers, events, bytes);
            }

            layers = (int)Math.Ceiling(layers * 1.02 * targetBytes / bytes);
        }
    }

    /// <summary>Writes the step's timeline; returns the number of op events.</summary>
    public static long WriteTo(Stream stream, PsJobModel model, int seed)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
        using var w = new Utf8JsonWriter(stream, options);
        w.WriteStartObject();
        w.WriteStartArray("traceEvents"u8);

        ProcessName(w, AllocatorsPid, "Allocators");
        ProcessName(w, WorkerPid, $"{PsJobModel.WorkerDevice} Compute");
        ProcessName(w, WorkerTensorsPid, $"{PsJobModel.WorkerDevice} Tensors");
        ProcessName(w, PsPid, $"{PsJobModel.PsDevice} Compute");
        ProcessName(w, PsTensorsPid, $"{PsJobModel.PsDevice} Tensors");

        // TF lists the ops device by device; the schedule is deterministic, so walk it once per device.
        var flows = new List<(string Name, long From, long To)>();
        long events = 0;
        foreach (var (device, pid) in (ReadOnlySpan<(GenDevice, int)>)[(GenDevice.Worker, WorkerPid), (GenDevice.Ps, PsPid)])
        {
            GenOp? previous = null;
            foreach (var op in model.Step(PsJobModel.EpochMicros, seed))
            {
                if (op.Device != device)
                {
                    continue;
                }

                OpEvent(w, pid, op);
                events++;

                // A few arrows between consecutive worker kernels (TF draws one per data edge it shows).
                if (device == GenDevice.Worker && !op.IsRecv && previous is { IsRecv: false } p && flows.Count < Flows &&
                    op.Inputs.Contains(p.Name))
                {
                    flows.Add((p.Name, p.EndMicros, op.StartMicros));
                }

                previous = op;
                if (w.BytesPending > 1 << 18)
                {
                    w.Flush();
                }
            }
        }

        for (var i = 0; i < flows.Count; i++)
        {
            Flow(w, "s", flows[i].Name, flows[i].From, i);
            Flow(w, "t", flows[i].Name, flows[i].To, i);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        return events;
    }

    private static void ProcessName(Utf8JsonWriter w, int pid, string name)
    {
        w.WriteStartObject();
        w.WriteString("name"u8, "process_name"u8);
        w.WriteString("ph"u8, "M"u8);
        w.WriteNumber("pid"u8, pid);
        w.WriteStartObject("args"u8);
        w.WriteString("name"u8, name);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void OpEvent(Utf8JsonWriter w, int pid, GenOp op)
    {
        w.WriteStartObject();
        w.WriteString("ph"u8, "X"u8);
        w.WriteString("cat"u8, "Op"u8);
        w.WriteString("name"u8, op.Type);
        w.WriteNumber("pid"u8, pid);
        w.WriteNumber("tid"u8, op.Thread);
        w.WriteNumber("ts"u8, op.StartMicros);
        w.WriteNumber("dur"u8, op.DurationMicros);
        w.WriteStartObject("args"u8);
        w.WriteString("name"u8, op.Name);
        w.WriteString("op"u8, op.Type);
        Span<byte> key = stackalloc byte[16];
        "input"u8.CopyTo(key);
        for (var i = 0; i < op.Inputs.Length; i++)
        {
            i.TryFormat(key[5..], out var digits);
            w.WriteString(key[..(5 + digits)], op.Inputs[i]);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Flow(Utf8JsonWriter w, string phase, string name, long ts, int id)
    {
        w.WriteStartObject();
        w.WriteString("ph"u8, phase);
        w.WriteString("cat"u8, "DataFlow"u8);
        w.WriteString("name"u8, name);
        w.WriteNumber("pid"u8, WorkerPid);
        w.WriteNumber("tid"u8, 1);
        w.WriteNumber("ts"u8, ts);
        w.WriteNumber("id"u8, id);
        w.WriteEndObject();
    }
}
