namespace SgdSim.Traces.TensorFlow;

/// <summary>TensorFlow timeline JSON, read by <see cref="TimelineJsonReader"/>.</summary>
internal sealed class TimelineJsonFormat : ITraceFormat
{
    public string Name => TimelineJsonReader.FormatName;

    public string Description => "TensorFlow timeline JSON";

    // Any Chrome trace the formats before this one (Kineto) did not claim: an object with traceEvents, or a bare array.
    public bool Recognises(TraceHead head) =>
        !head.IsCompressed && head.IsJson && (head.Text.Contains("\"traceEvents\"", StringComparison.Ordinal) || head.Text.StartsWith('['));

    public Trace Read(string path, TraceReadOptions options) =>
        TimelineJsonReader.Read(path, options.TensorBytes ?? (options.TensorBytesPath is { } csv ? TimelineJsonReader.ReadTensorBytes(csv) : null));
}
