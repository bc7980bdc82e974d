using SgdSim.Traces.TensorFlow;

namespace SgdSim.Traces;

/// <summary>How to read a trace.</summary>
/// <param name="TensorBytesPath">A <c>tensor,bytes</c> CSV giving transfer sizes for formats that drop them.</param>
public sealed record TraceReadOptions(string? TensorBytesPath = null)
{
    /// <summary>The table <see cref="TensorBytesPath"/> holds, once <see cref="TraceReader"/> has read it.</summary>
    internal IReadOnlyDictionary<string, long>? TensorBytes { get; init; }
}

/// <summary>Detects a trace's format from its content and reads it with that format (see <see cref="TraceFormats"/>).</summary>
public static class TraceReader
{
    /// <summary>Reads <paramref name="path"/> (a file or a folder of step files) whatever its supported format.</summary>
    /// <exception cref="InvalidTraceException">The path is missing, of an unsupported format, or not a valid trace.</exception>
    public static Trace Read(string path, TraceReadOptions? options = null)
    {
        options ??= new TraceReadOptions();
        // A bad SGDSIM_MAX_EVENTS is refused here, before readers that work in parallel would meet it.
        _ = TraceLimits.MaxEvents;
        var format = TraceFormats.Detect(path);
        // The sizes table is read whatever the format, so a bad one is refused even where the format has sizes.
        if (options.TensorBytesPath is { } csv && options.TensorBytes is null)
        {
            options = options with { TensorBytes = TimelineJsonReader.ReadTensorBytes(csv) };
        }

        return format.Read(path, options);
    }

    /// <summary>Names the format of a file or of a folder's first file, from its first bytes (not its extension).</summary>
    /// <exception cref="InvalidTraceException">The content matches no supported format; the message says what it looks like.</exception>
    public static string DetectFormat(string path) => TraceFormats.Detect(path).Name;
}
