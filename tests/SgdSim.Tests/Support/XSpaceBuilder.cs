using Google.Protobuf;
using SgdSim.Traces.TensorFlow.Wire;

namespace SgdSim.Tests.Support;

/// <summary>A stat value that refers to a stat metadata's name, as the profiler stores repeated strings.</summary>
internal sealed record XRef(string Name);

/// <summary>Writes small XSpaces the way the TF2 profiler lays them out, for tests.</summary>
internal sealed class XSpaceBuilder
{
    public const string Host = "/host:CPU";

    private readonly XSpace _space = new();

    public XSpaceBuilder HostName(string name)
    {
        _space.Hostnames.Add(name);
        return this;
    }

    public PlaneBuilder Plane(string name)
    {
        var plane = _space.Planes.FirstOrDefault(p => p.Name == name);
        if (plane is null)
        {
            plane = new XPlane { Id = _space.Planes.Count, Name = name };
            _space.Planes.Add(plane);
        }

        return new PlaneBuilder(plane);
    }

    public byte[] ToBytes() => _space.ToByteArray();

    public string WriteTo(string path)
    {
        File.WriteAllBytes(path, ToBytes());
        return path;
    }

    /// <summary>
    /// A one-step PS job seen from the worker: a host thread running two ops and receiving a parameter through a
    /// rendezvous key, GPU:0 with two kernels of one op on a stream and a sized copy, and a Steps line.
    /// </summary>
    public static XSpaceBuilder WorkerStep(long stepStartNs = 1_000_000)
    {
        var b = new XSpaceBuilder().HostName("worker0:6009");
        var host = b.Plane(Host).Line("tf_Compute/1", timestampNs: stepStartNs);
        host.Event("w/read/_1:_Recv", 0, 50_000_000, ("group_id", 0L), ("shape", "(float[256,256])"),
            ("rendezvous_key", "/job:ps/replica:0/task:0/device:CPU:0;1;/job:worker/replica:0/task:0/device:CPU:0;edge_1_w/read;0:0"),
            ("device", "/job:worker/replica:0/task:0/device:CPU:0"));
        host.Event("dense/MatMul:MatMul", 60_000_000, 10_000_000, ("group_id", 0L));
        host.Event("ExecutorState::Process", 0, 100_000_000, ("group_id", 0L));
        var gpu = b.Plane("/device:GPU:0");
        var stream = gpu.Line("Stream #7(Compute)", timestampNs: stepStartNs);
        stream.Event("void gemm_kernel<float>(float*)", 70_000_000, 5_000_000, ("level 0", new XRef("dense/MatMul:MatMul")));
        stream.Event("void bias_kernel<float>(float*)", 76_000_000, 2_000_000, ("level 0", new XRef("dense/MatMul:MatMul")));
        gpu.Line("Stream #8(MemcpyH2D)", timestampNs: stepStartNs)
            .Event("MemcpyH2D", 65_000_000, 1_000_000, ("memcpy_details", "size:4096 dest:0 async:1"), ("correlation_id", 42L));
        gpu.Line("Steps", timestampNs: stepStartNs).Event("0", 0, 100_000_000, ("group_id", 0L), ("step_name", "0"));
        return b;
    }
}

internal sealed class PlaneBuilder(XPlane plane)
{
    public XPlane Plane => plane;

    public LineBuilder Line(string name, long timestampNs)
    {
        var line = new XLine { Id = plane.Lines.Count + 1, Name = name, TimestampNs = timestampNs };
        plane.Lines.Add(line);
        return new LineBuilder(this, line);
    }

    public long EventId(string name)
    {
        foreach (var (id, metadata) in plane.EventMetadata)
        {
            if (metadata.Name == name) return id;
        }

        var next = plane.EventMetadata.Count + 1L;
        plane.EventMetadata.Add(next, new XEventMetadata { Id = next, Name = name });
        return next;
    }

    public long StatId(string name)
    {
        foreach (var (id, metadata) in plane.StatMetadata)
        {
            if (metadata.Name == name) return id;
        }

        var next = plane.StatMetadata.Count + 1L;
        plane.StatMetadata.Add(next, new XStatMetadata { Id = next, Name = name });
        return next;
    }
}

internal sealed class LineBuilder(PlaneBuilder plane, XLine line)
{
    public XLine Line => line;

    public LineBuilder Event(string name, long offsetPs, long durationPs, params (string Stat, object Value)[] stats)
    {
        var e = new XEvent { MetadataId = plane.EventId(name), OffsetPs = offsetPs, DurationPs = durationPs };
        foreach (var (stat, value) in stats)
        {
            var s = new XStat { MetadataId = plane.StatId(stat) };
            switch (value)
            {
                case long l: s.Int64Value = l; break;
                case int i: s.Int64Value = i; break;
                case string text: s.StrValue = text; break;
                case XRef r: s.RefValue = (ulong)plane.StatId(r.Name); break;
                default: throw new ArgumentException($"Unsupported stat value {value}.");
            }

            e.Stats.Add(s);
        }

        line.Events.Add(e);
        return this;
    }
}
