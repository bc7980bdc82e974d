using System.Buffers;
using Google.Protobuf;
using SgdSim.Traces.TensorFlow.Wire;

namespace SgdSim.Traces.TensorFlow;

/// <summary>
/// Reads TensorFlow <c>RunMetadata</c> protobufs (what <c>Session.run</c> returns with
/// <c>RunOptions(trace_level=FULL_TRACE)</c>): one file per step, or a folder of them read in name order.
/// </summary>
public static class RunMetadataReader
{
    /// <summary>The format name this reader reports.</summary>
    public const string FormatName = "tensorflow-runmetadata";

    /// <summary>Reads a file or a folder of files into a trace.</summary>
    /// <exception cref="InvalidTraceException">A file is not a RunMetadata protobuf, or its contents break the model's rules.</exception>
    public static Trace Read(string path)
    {
        // A folder may also hold the same steps as timeline JSON; the protobufs are the steps here.
        var files = TraceFiles.List(path, static f => !f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !f.EndsWith(".json.gz", StringComparison.OrdinalIgnoreCase));
        var builder = new TraceBuilder(FormatName, path);
        var names = new TfNameCache(path);
        var assembler = new TfStepAssembler(builder, names);

        // Step files parse independently, so a few are parsed ahead on the thread pool while the steps before
        // them are assembled in order; the window bounds the memory held by parsed-but-unassembled steps.
        var window = new Queue<Task<List<TfRecord>>>();
        var next = 0;
        void Schedule()
        {
            var file = files[next++];
            window.Enqueue(Task.Run(() => ParseFile(file, names)));
        }

        var depth = Math.Max(2, Environment.ProcessorCount * 2);
        while (next < files.Count && window.Count < depth)
        {
            Schedule();
        }

        for (var k = 0; k < files.Count; k++)
        {
            var records = window.Dequeue().GetAwaiter().GetResult();
            if (next < files.Count)
            {
                Schedule();
            }

            assembler.AddStep(records, files[k]);
        }

        return builder.Build();
    }

    private static List<TfRecord> ParseFile(string file, TfNameCache names)
    {
        RunMetadata metadata;
        // Parsing from one span is markedly faster than from a stream (no strings straddling buffers); the buffer
        // is pooled because step files are large-object-heap sized and would otherwise churn it.
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        if (stream.Length > Array.MaxLength)
        {
            throw new InvalidTraceException(file, $"is {stream.Length:N0} bytes; a RunMetadata is a single protobuf message, which cannot exceed 2 GiB.");
        }

        var length = (int)stream.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            stream.ReadExactly(buffer, 0, length);
            metadata = RunMetadata.Parser.ParseFrom(buffer.AsSpan(0, length));
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new InvalidTraceException(file, $"is not a valid RunMetadata protobuf ({e.Message.TrimEnd('.')}).", e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (metadata.StepStats is null || metadata.StepStats.DevStats.Count == 0)
        {
            throw new InvalidTraceException(file,
                "holds no step_stats, so it is not a traced step (was it saved from RunOptions(trace_level=FULL_TRACE)?).");
        }

        return Records(metadata.StepStats, file, names);
    }

    /// <summary>The records of one step already in memory.</summary>
    internal static List<TfRecord> Records(StepStats stats, string file, TfNameCache names)
    {
        var records = new List<TfRecord>(stats.DevStats.Sum(d => d.NodeStats.Count));

        // "stream:all" repeats every kernel of the per-stream lanes; keep it only where no per-stream lane exists.
        var perStream = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dev in stats.DevStats)
        {
            var d = names.Device(dev.Device);
            if (d.IsOneStream)
            {
                perStream.Add(d.Device);
            }
        }

        foreach (var dev in stats.DevStats)
        {
            var device = names.Device(dev.Device);
            if (device.IsAllStreams && perStream.Contains(device.Device))
            {
                continue;
            }

            foreach (var ns in dev.NodeStats)
            {
                records.Add(Record(ns, device, file, names));
            }
        }

        return records;
    }

    private static TfRecord Record(NodeExecStats ns, TfDevice device, string file, TfNameCache names)
    {
        long start, end;
        try
        {
            start = ns.AllStartNanos != 0 ? ns.AllStartNanos : checked(ns.AllStartMicros * 1000);
            var rel = ns.AllEndRelNanos != 0 ? ns.AllEndRelNanos : checked(ns.AllEndRelMicros * 1000);
            if (rel < 0)
            {
                throw new InvalidTraceException(file, $"op '{ns.NodeName}' on {device.Device} has a negative duration ({rel} ns).");
            }

            end = checked(start + rel);
        }
        catch (OverflowException)
        {
            throw new InvalidTraceException(file,
                $"op '{ns.NodeName}' on {device.Device} has a time that overflows 64-bit nanoseconds " +
                $"(all_start_micros={ns.AllStartMicros}, all_end_rel_micros={ns.AllEndRelMicros}).");
        }

        var lane = device.SubLane ?? names.ThreadLane(ns.ThreadId);
        var recv = ns.NodeName == "RecvTensor" || ns.TimelineLabel.StartsWith('[') ? names.RecvLabel(ns.TimelineLabel) : null;
        if (ns.NodeName == "RecvTensor" || recv is not null)
        {
            var requested = ns.Output.Count > 0 ? ns.Output[0].TensorDescription?.AllocationDescription?.RequestedBytes ?? 0 : 0;
            long? bytes = requested > 0 ? requested : recv?.Bytes;
            return new TfRecord(device, ns.NodeName, "RecvTensor", [], start, end, lane, recv, bytes);
        }

        var label = names.OpLabel(ns.TimelineLabel);
        return new TfRecord(device, ns.NodeName, label?.Type ?? "", label?.Inputs ?? [], start, end, lane, null, null);
    }
}
