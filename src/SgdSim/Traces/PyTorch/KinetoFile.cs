namespace SgdSim.Traces.PyTorch;

/// <summary>The event categories the importer tells apart (Kineto's <c>cat</c>).</summary>
internal enum KinetoCategory : byte
{
    /// <summary>No <c>cat</c>: the autograd profiler's export, where every event is an operator or a span.</summary>
    None,
    CpuOp,
    UserAnnotation,
    GpuUserAnnotation,
    CudaRuntime,
    CudaDriver,
    Kernel,
    GpuMemcpy,
    GpuMemset,
    PythonFunction,
    Ac2g,
    FwdBwd,
    Other,
}

/// <summary>A complete (<c>ph: "X"</c>) event: an operator, a span, a kernel.</summary>
internal struct KinetoSlice
{
    public string Name;
    public long Pid;
    public long Tid;
    public long StartNs;
    public long DurationNs;

    /// <summary>For a copy or a collective, the bytes it moves; -1 when unknown.</summary>
    public long Bytes;

    /// <summary>For a collective, its name from the arguments (<c>allreduce</c>), else null.</summary>
    public string? Collective;

    public KinetoCategory Category;

    public readonly long EndNs => StartNs + DurationNs;
}

/// <summary>One end of a flow arrow (<c>ph</c> "s", "t" or "f").</summary>
internal struct KinetoFlowEnd
{
    public long Id;
    public long Pid;
    public long Tid;
    public long TsNs;
    public KinetoCategory Category;
    public bool IsStart;
}

/// <summary>What one profiler file holds: its events and the metadata the importer needs.</summary>
internal sealed class KinetoFile(string path)
{
    public string Path { get; } = path;

    /// <summary>Whether the file is Kineto's object form (<c>{"traceEvents": …}</c>); false for the autograd
    /// profiler's bare array, whose times count from the profiler's start.</summary>
    public bool IsKinetoObject { get; set; }

    /// <summary><c>baseTimeNanoseconds</c>: added to every <c>ts</c> to give nanoseconds since the Unix epoch.</summary>
    public long BaseTimeNs { get; set; }

    public int? Rank { get; set; }

    public int? WorldSize { get; set; }

    public string? Backend { get; set; }

    public List<KinetoSlice> Slices { get; } = [];

    public List<KinetoFlowEnd> Flows { get; } = [];

    /// <summary>Thread names by (pid, tid), from <c>thread_name</c> metadata.</summary>
    public Dictionary<(long Pid, long Tid), string> ThreadNames { get; } = [];

    /// <summary>Process labels by pid (<c>CPU</c>, <c>GPU 0</c>), from <c>process_labels</c> metadata.</summary>
    public Dictionary<long, string> ProcessLabels { get; } = [];
}
