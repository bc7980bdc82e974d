namespace SgdSim.Traces.PyTorch;

/// <summary>PyTorch profiler (Kineto) JSON, plain or gzip-compressed, read by <see cref="KinetoReader"/>.</summary>
internal sealed class KinetoFormat : ITraceFormat
{
    private static readonly string[] Markers =
        ["\"schemaVersion\"", "\"deviceProperties\"", "\"distributedInfo\"", "ProfilerStep#", "\"CPU functions\"", "\"aten::"];

    public string Name => KinetoReader.FormatName;

    public string Description => "PyTorch profiler JSON";

    // Kineto's header fields, or PyTorch's own event names; a compressed file is taken on its decompressed start.
    public bool Recognises(TraceHead head) =>
        (head.IsJson || head.IsCompressed) && Markers.Any(m => head.Text.Contains(m, StringComparison.Ordinal));

    public Trace Read(string path, TraceReadOptions options) => KinetoReader.Read(path);
}
