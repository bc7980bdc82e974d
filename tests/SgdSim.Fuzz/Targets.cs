using SgdSim.Analysis;
using SgdSim.Calibration;
using SgdSim.Cli;
using SgdSim.Graph;
using SgdSim.Reports;
using SgdSim.Traces;
using SgdSim.Traces.Chakra;
using SgdSim.Traces.PyTorch;
using SgdSim.Traces.TensorFlow;

namespace SgdSim.Fuzz;

/// <summary>One thing to fuzz: how an input becomes a file, and what is done with it.</summary>
/// <param name="Name">The name fuzz.sh and the command line use.</param>
/// <param name="FileName">The name the input is written under (the readers choose files by extension).</param>
/// <param name="Consume">Reads the file; may throw <see cref="InvalidInputException"/> and nothing else.</param>
internal sealed record Target(string Name, string FileName, Action<string> Consume)
{
    /// <summary>Runs the target on one input, throwing <see cref="ContractViolation"/> (a crash to AFL++) where the
    /// refusal is not the one line naming the file that the project promises.</summary>
    public void Run(Stream input)
    {
        var path = Scratch.Write(FileName, input);
        try
        {
            Consume(path);
        }
        catch (InvalidInputException e)
        {
            Contract.CheckRefusal(e, path);
        }
    }
}

/// <summary>The fuzz targets: every importer (through its own reader, then what inspect and predict do with a
/// trace), format detection, the Parquet readers of plot and merge, and the command line.</summary>
internal static class Targets
{
    private static readonly Target[] All =
    [
        new("runmetadata", "step-0000.runmeta.pb", path => Use(RunMetadataReader.Read(path))),
        new("timeline", "timeline.json", path => Use(TimelineJsonReader.Read(path))),
        new("xspace", "host.xplane.pb", path => Use(XSpaceReader.Read(path))),
        new("kineto", "worker0.pt.trace.json", path => Use(KinetoReader.Read(path))),
        new("chakra", "trace.0.et", path => Use(ChakraReader.Read(path))),
        new("detect", "trace.pb", path => Use(TraceReader.Read(path))),
        new("parquet", "sweep.parquet", ReadTable),
        new("args", "args.txt", CommandLine.Run),
    ];

    /// <summary>The targets' names.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(t => t.Name)];

    /// <summary>The target named <paramref name="name"/>.</summary>
    public static Target Get(string name) =>
        All.FirstOrDefault(t => t.Name == name) ?? throw new ArgumentException($"no fuzz target '{name}' (the targets: {string.Join(", ", Names)})");

    // What inspect and predict do after reading: the summary, every step's graph (cycles, dangling edges) and, for a
    // parameter-server job, the calibrated model. Each may refuse the trace, never fail otherwise.
    private static void Use(Trace trace)
    {
        TraceSummary.Of(trace);
        foreach (var step in trace.Steps)
        {
            StepGraph.Build(trace, step);
        }

        if (TraceRequirements.ParameterServerJobProblem(trace) is null)
        {
            Calibrator.Calibrate(trace);
        }
    }

    // plot reads any SgdSim table, merge reads sweep tables and merges them.
    private static void ReadTable(string path)
    {
        var table = ResultTable.Read(path);
        foreach (var column in table.Columns)
        {
            _ = table.IsNumeric(column) ? table.Numbers(column).Count : table.Texts(column).Count;
        }

        var sweep = SweepTable.Read(path);
        SweepTable.Merge([(path, sweep), (path + " (again)", sweep with { Shard = null })]);
    }
}

/// <summary>Where inputs are written: a folder of this process's own, in memory where the system offers one.</summary>
internal static class Scratch
{
    private static readonly string Folder = Create();

    /// <summary>Writes <paramref name="input"/> as <paramref name="fileName"/> in an otherwise empty folder.</summary>
    public static string Write(string fileName, Stream input)
    {
        // Made again if gone: a cleanup from outside (another fuzz.sh finishing) must not read as a crash here.
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, fileName);
        using (var file = File.Create(path))
        {
            input.CopyTo(file);
        }

        return path;
    }

    private static string Create()
    {
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var folder = Path.Combine(root, $"sgdsim-fuzz-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        return folder;
    }
}

/// <summary>What every refusal must be: one line naming the file.</summary>
internal static class Contract
{
    /// <summary>Throws <see cref="ContractViolation"/> unless <paramref name="e"/>'s message, as sgdsim prints it
    /// (on one line: it may quote names from the input, line breaks and all), names <paramref name="path"/> (or the
    /// folder it is in) and says something besides.</summary>
    public static void CheckRefusal(InvalidInputException e, string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        var line = CommonOptions.OneLine(e.Message);
        if (!line.Contains(folder, StringComparison.Ordinal) || e.Problem.Trim().Length == 0)
        {
            throw new ContractViolation($"refusal not naming {path}: {line}", e);
        }
    }
}

/// <summary>The project's promise about bad input was broken: a crash to AFL++.</summary>
internal sealed class ContractViolation(string message, Exception? inner = null) : Exception(message, inner);
