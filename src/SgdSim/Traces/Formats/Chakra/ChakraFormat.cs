namespace SgdSim.Traces.Chakra;

/// <summary>MLCommons Chakra execution traces, read by <see cref="ChakraReader"/>.</summary>
internal sealed class ChakraFormat : ITraceFormat
{
    public string Name => ChakraReader.FormatName;

    public string Description => "Chakra ET";

    public bool Recognises(TraceHead head) => !head.IsCompressed && ChakraStream.LooksLikeTrace(head.Bytes.Span, head.FileLength);

    public Trace Read(string path, TraceReadOptions options) => ChakraReader.Read(path);
}
