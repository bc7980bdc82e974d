namespace SgdSim.Traces.TensorFlow;

/// <summary>The TF2 profiler's XSpace protobuf, read by <see cref="XSpaceReader"/>.</summary>
internal sealed class XSpaceFormat : ITraceFormat
{
    public string Name => XSpaceReader.FormatName;

    public string Description => "TensorFlow XSpace protobuf";

    public bool Recognises(TraceHead head) => !head.IsCompressed && !head.IsJson && LooksLikeXSpace(head.Bytes.Span);

    public Trace Read(string path, TraceReadOptions options) => XSpaceReader.Read(path);

    // An XSpace opens with its first plane (field 1), whose first field is one of the plane's own (id, name, lines,
    // metadata, stats: tags 0x08 to 0x32); a RunMetadata's step_stats opens with a dev_stats entry (0x0A) instead.
    // An XSpace without planes opens with its errors, warnings or host names (fields 2 to 4): text.
    private static bool LooksLikeXSpace(ReadOnlySpan<byte> head)
    {
        if (head[0] is 0x12 or 0x1A or 0x22)
        {
            var text = SkipVarint(head, 1);
            var length = head.Length > 1 && head[1] < 0x80 ? head[1] : 8;
            return text < head.Length && IsText(head[text..Math.Min(head.Length, text + Math.Min(length, 8))]);
        }

        if (head[0] != 0x0A)
        {
            return false;
        }

        var pos = SkipVarint(head, 1);
        return pos < head.Length && head[pos] is 0x08 or 0x12 or 0x1A or 0x22 or 0x2A or 0x32;
    }

    private static int SkipVarint(ReadOnlySpan<byte> head, int pos)
    {
        while (pos < head.Length && (head[pos] & 0x80) != 0)
        {
            pos++;
        }

        return pos + 1;
    }

    private static bool IsText(ReadOnlySpan<byte> bytes) => bytes.Length > 0 && !bytes.ContainsAnyExceptInRange((byte)0x20, (byte)0x7E);
}
