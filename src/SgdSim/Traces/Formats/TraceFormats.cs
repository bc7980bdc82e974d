using System.Collections.Immutable;
using System.IO.Compression;
using SgdSim.Traces.Chakra;
using SgdSim.Traces.PyTorch;
using SgdSim.Traces.TensorFlow;

namespace SgdSim.Traces;

/// <summary>
/// The trace formats SgdSim reads, in the order a file's first bytes are tried against them; reading, the error
/// for a file of no known format and <c>inspect</c>'s Format line all take the formats from here.
/// </summary>
public static class TraceFormats
{
    private const int HeadBytes = 4096;
    private const int CompressedHeadBytes = 16384;

    // The order is the sniffing order, and it matters: a Chakra file's first byte is a length, which may read as '{'
    // or as the tag 0x0A that opens a RunMetadata or an XSpace, so Chakra goes first; Kineto's JSON is also a
    // Chrome trace, so it goes before the timeline; RunMetadata takes any protobuf opening with 0x0A, so it is last.
    private static ImmutableArray<ITraceFormat> _formats =
    [
        new ChakraFormat(),
        new KinetoFormat(),
        new TimelineJsonFormat(),
        new XSpaceFormat(),
        new RunMetadataFormat(),
    ];

    /// <summary>Every format, in the order they are tried.</summary>
    public static IReadOnlyList<ITraceFormat> All => _formats;

    /// <summary>Adds a format, tried after those already listed.</summary>
    /// <exception cref="ArgumentException">A format of that name is listed already.</exception>
    public static void Register(ITraceFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        ImmutableInterlocked.Update(ref _formats, formats =>
            formats.Any(f => f.Name == format.Name)
                ? throw new ArgumentException($"A trace format named '{format.Name}' is registered already.", nameof(format))
                : formats.Add(format));
    }

    /// <summary>The format named <paramref name="name"/>, or <c>null</c>.</summary>
    public static ITraceFormat? Find(string name) => _formats.FirstOrDefault(f => f.Name == name);

    /// <summary>The formats as a user knows them, for messages: "TensorFlow RunMetadata protobuf, …".</summary>
    public static string Described => string.Join(", ", _formats.Select(f => f.Description));

    /// <summary>The format of a file or of a folder's first file, from its first bytes (not its extension).</summary>
    /// <exception cref="InvalidTraceException">The path is missing or empty, or its content matches no format; the
    /// message says what it looks like.</exception>
    public static ITraceFormat Detect(string path)
    {
        var head = ReadHead(TraceFiles.List(path, static _ => true)[0]);
        foreach (var format in _formats)
        {
            if (format.Recognises(head))
            {
                return format;
            }
        }

        throw Unrecognised(head);
    }

    private static InvalidTraceException Unrecognised(TraceHead head)
    {
        if (head.IsCompressed)
        {
            return new InvalidTraceException(head.File, "is gzip-compressed, and not a trace SgdSim reads compressed; decompress it first.");
        }

        if (head.IsJson)
        {
            return new InvalidTraceException(head.File, "is JSON but not a trace: it has no traceEvents array.");
        }

        var bytes = head.Bytes.Span;
        return new InvalidTraceException(head.File,
            $"is not a trace format SgdSim reads (expected one of: {Described}); it starts with bytes {Convert.ToHexString(bytes[..Math.Min(8, bytes.Length)])}.");
    }

    private static TraceHead ReadHead(string file)
    {
        var head = new byte[HeadBytes];
        int n;
        long length;
        using (var stream = File.OpenRead(file))
        {
            n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            length = stream.Length;
        }

        if (n == 0)
        {
            throw new InvalidTraceException(file, "is empty.");
        }

        return n >= 2 && head[0] == 0x1f && head[1] == 0x8b
            ? new TraceHead(file, GunzipHead(file), length, compressed: true)
            : new TraceHead(file, head[..n], length, compressed: false);
    }

    private static byte[] GunzipHead(string file)
    {
        try
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            var buffer = new byte[CompressedHeadBytes];
            var n = gzip.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return buffer[..n];
        }
        catch (InvalidDataException e)
        {
            throw new InvalidTraceException(file, $"starts like gzip but does not decompress ({e.Message.TrimEnd('.')}).", e);
        }
    }
}
