namespace SgdSim.Traces.PyTorch;

/// <summary>
/// Reads PyTorch profiler traces: Kineto's Chrome trace JSON (<c>prof.export_chrome_trace</c>, the
/// <c>tensorboard_trace_handler</c> files), plain or gzip-compressed, and the autograd profiler's bare event array
/// that PyTorch builds without Kineto export. A path is one file (one process) or a folder of them, one per process
/// of one job (a worker and its parameter servers, or the ranks of a data-parallel job), read as one trace.
/// Steps are the <c>ProfilerStep#N</c> spans <c>prof.step()</c> records; a parameter-server job shows its
/// transfers and updates through the span convention of <see cref="PsSpan"/>.
/// </summary>
public static class KinetoReader
{
    /// <summary>The format name this reader reports.</summary>
    public const string FormatName = "pytorch-profiler";

    /// <summary>Reads a file or a folder of files (one per process) into one trace.</summary>
    /// <exception cref="InvalidTraceException">A file is not a PyTorch profiler trace, has no steps, or breaks the
    /// span convention or the model's rules.</exception>
    public static Trace Read(string path)
    {
        var files = TraceFiles.List(path, static f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json.gz", StringComparison.OrdinalIgnoreCase));
        var builder = new TraceBuilder(FormatName, path);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var parsed = new List<KinetoFile>(files.Count);
        foreach (var file in files)
        {
            parsed.Add(KinetoFileParser.Parse(file, names, builder.Intern));
        }

        return new KinetoAssembler(builder, path).Assemble(parsed);
    }
}
