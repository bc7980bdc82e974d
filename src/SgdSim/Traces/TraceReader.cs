using System.IO.Compression;
using SgdSim.Traces.Chakra;
using SgdSim.Traces.PyTorch;
using SgdSim.Traces.TensorFlow;

namespace SgdSim.Traces;

/// <summary>How to read a trace.</summary>
/// <param name="TensorBytesPath">A <c>tensor,bytes</c> CSV giving transfer sizes for formats that drop them.</param>
public sealed record TraceReadOptions(string? TensorBytesPath = null);

/// <summary>Detects a trace's format from its content and reads it with the matching reader.</summary>
public static class TraceReader
{
    /// <summary>Reads <paramref name="path"/> (a file or a folder of step files) whatever its supported format.</summary>
    /// <exception cref="InvalidTraceException">The path is missing, of an unsupported format, or not a valid trace.</exception>
    public static Trace Read(string path, TraceReadOptions? options = null)
    {
        options ??= new TraceReadOptions();
        // A bad SGDSIM_MAX_EVENTS is refused here, before readers that work in parallel would meet it.
        _ = TraceLimits.MaxEvents;
        var format = DetectFormat(path);
        var tensorBytes = options.TensorBytesPath is null ? null : TimelineJsonReader.ReadTensorBytes(options.TensorBytesPath);
        return format switch
        {
            RunMetadataReader.FormatName => RunMetadataReader.Read(path),
            TimelineJsonReader.FormatName => TimelineJsonReader.Read(path, tensorBytes),
            XSpaceReader.FormatName => XSpaceReader.Read(path),
            KinetoReader.FormatName => KinetoReader.Read(path),
            ChakraReader.FormatName => ChakraReader.Read(path),
            _ => throw new InvalidOperationException($"No reader for format {format}."),
        };
    }

    /// <summary>Names the format of a file or of a folder's first file, from its first bytes (not its extension).</summary>
    /// <exception cref="InvalidTraceException">The content matches no supported format; the message says what it looks like.</exception>
    public static string DetectFormat(string path)
    {
        var file = TraceFiles.List(path, static _ => true)[0];
        Span<byte> head = stackalloc byte[4096];
        int n;
        using (var stream = File.OpenRead(file))
        {
            n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        head = head[..n];
        if (n == 0)
        {
            throw new InvalidTraceException(file, "is empty.");
        }

        if (n >= 2 && head[0] == 0x1f && head[1] == 0x8b)
        {
            return DetectJson(file, GunzipHead(file), compressed: true);
        }

        // Before JSON and protobuf: a Chakra file's first byte is a length, which may read as '{' or as tag 0x0A.
        if (ChakraStream.LooksLikeTrace(head, new FileInfo(file).Length))
        {
            return ChakraReader.FormatName;
        }

        var text = SkipBomAndSpace(head);
        if (text.Length > 0 && text[0] is (byte)'{' or (byte)'[')
        {
            return DetectJson(file, text.ToArray(), compressed: false);
        }

        if (LooksLikeXSpace(head))
        {
            return XSpaceReader.FormatName;
        }

        if (LooksLikeRunMetadata(head))
        {
            return RunMetadataReader.FormatName;
        }

        throw new InvalidTraceException(file,
            $"is not a trace format SgdSim reads (TensorFlow RunMetadata or XSpace protobuf, TensorFlow timeline JSON, PyTorch profiler JSON, Chakra ET); it starts with bytes {Convert.ToHexString(head[..Math.Min(8, n)])}.");
    }

    private static string DetectJson(string file, byte[] head, bool compressed)
    {
        var text = System.Text.Encoding.UTF8.GetString(head);
        if (text.Contains("\"schemaVersion\"", StringComparison.Ordinal) || text.Contains("\"deviceProperties\"", StringComparison.Ordinal) ||
            text.Contains("\"distributedInfo\"", StringComparison.Ordinal) || text.Contains("ProfilerStep#", StringComparison.Ordinal) ||
            text.Contains("\"CPU functions\"", StringComparison.Ordinal) || text.Contains("\"aten::", StringComparison.Ordinal))
        {
            return KinetoReader.FormatName;
        }

        if (compressed)
        {
            throw new InvalidTraceException(file, "is gzip-compressed JSON that is not a PyTorch profiler trace; decompress it first.");
        }

        if (text.Contains("\"traceEvents\"", StringComparison.Ordinal) || text.TrimStart().StartsWith('['))
        {
            return TimelineJsonReader.FormatName;
        }

        throw new InvalidTraceException(file, "is JSON but not a trace: it has no traceEvents array.");
    }

    private static byte[] GunzipHead(string file)
    {
        try
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            var buffer = new byte[16384];
            var n = gzip.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return buffer[..n];
        }
        catch (InvalidDataException e)
        {
            throw new InvalidTraceException(file, $"starts like gzip but does not decompress ({e.Message.TrimEnd('.')}).", e);
        }
    }

    private static ReadOnlySpan<byte> SkipBomAndSpace(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        return bytes.TrimStart(" \t\r\n"u8);
    }

    // RunMetadata opens with its step_stats field (number 1, length-delimited): tag byte 0x0A. Anything that
    // starts so is handed to the protobuf reader, whose error then says precisely what is wrong.
    private static bool LooksLikeRunMetadata(ReadOnlySpan<byte> head) => head[0] == 0x0A;

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
