namespace SgdSim.Traces;

/// <summary>
/// A trace format SgdSim reads: its name, how to tell its files from their first bytes, and how to read them.
/// Formats are listed in <see cref="TraceFormats"/>, whose order is the order they are tried in.
/// </summary>
public interface ITraceFormat
{
    /// <summary>The name traces of this format report as <see cref="Trace.Format"/> (<c>tensorflow-runmetadata</c>).</summary>
    string Name { get; }

    /// <summary>What a user calls the format (<c>TensorFlow RunMetadata protobuf</c>), as error messages list it.</summary>
    string Description { get; }

    /// <summary>Whether a file whose start is <paramref name="head"/> is of this format.</summary>
    /// <remarks>Only formats tried earlier have declined it; a format tried later may still claim what this one
    /// declines, so a format should claim only what it can read or explain.</remarks>
    bool Recognises(TraceHead head);

    /// <summary>Reads a file, or a folder of files, of this format into a trace.</summary>
    /// <exception cref="InvalidTraceException">The input is not a valid trace of this format.</exception>
    Trace Read(string path, TraceReadOptions options);
}
