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

/// <summary>A complete (<c>ph: "X"</c>) event: an operator, a span, a kernel. Kept small (40 bytes): a big trace
/// holds millions of them until its steps are assembled.</summary>
internal struct KinetoSlice
{
    public string Name;
    public long StartNs;
    public long DurationNs;

    /// <summary>Index of the event's (pid, tid) in <see cref="KinetoFile.Lanes"/>.</summary>
    public int Lane;

    /// <summary>For a collective, index of its size and name in <see cref="KinetoFile.Collectives"/>; else -1.</summary>
    public int Collective;

    public KinetoCategory Category;

    public readonly long EndNs => StartNs + DurationNs;
}

/// <summary>One end of a flow arrow (<c>ph</c> "s", "t" or "f").</summary>
internal struct KinetoFlowEnd
{
    public long Id;
    public long TsNs;

    /// <summary>Index of the end's (pid, tid) in <see cref="KinetoFile.Lanes"/>.</summary>
    public int Lane;
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

    public ChunkedList<KinetoSlice> Slices { get; } = new();

    /// <summary>The (pid, tid) pairs events run on, in first-seen order.</summary>
    public List<(long Pid, long Tid)> Lanes { get; } = [];

    /// <summary>What collectives' arguments say: the bytes they move (-1 when unknown) and their name.</summary>
    public List<(long Bytes, string? Name)> Collectives { get; } = [];

    public ChunkedList<KinetoFlowEnd> Flows { get; } = new();

    /// <summary>Thread names by (pid, tid), from <c>thread_name</c> metadata.</summary>
    public Dictionary<(long Pid, long Tid), string> ThreadNames { get; } = [];
}
