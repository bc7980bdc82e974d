namespace SgdSim.Traces.TensorFlow;

/// <summary>TensorFlow <c>RunMetadata</c> protobufs, read by <see cref="RunMetadataReader"/>.</summary>
internal sealed class RunMetadataFormat : ITraceFormat
{
    public string Name => RunMetadataReader.FormatName;

    public string Description => "TensorFlow RunMetadata protobuf";

    // RunMetadata opens with its step_stats field (number 1, length-delimited): tag byte 0x0A. Anything that
    // starts so is handed to the protobuf reader, whose error then says precisely what is wrong.
    public bool Recognises(TraceHead head) => !head.IsCompressed && !head.IsJson && head.Bytes.Span[0] == 0x0A;

    public Trace Read(string path, TraceReadOptions options) => RunMetadataReader.Read(path);
}
