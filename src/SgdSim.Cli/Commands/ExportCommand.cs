using System.CommandLine;
using SgdSim.Analysis;
using SgdSim.IO;
using SgdSim.Reports;

namespace SgdSim.Cli.Commands;

/// <summary><c>sgdsim export chakra TRACE --out DIR</c>: a trace in another tool's format.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var export = new Command("export", """
            Write a trace in another tool's format.

            Examples:
              sgdsim export chakra traces/resnet50-synthetic --out resnet50-et
            """);
        export.Subcommands.Add(Chakra(stdout, stderr));
        return export;
    }

    private static Command Chakra(TextWriter stdout, TextWriter stderr)
    {
        var trace = CommonOptions.TraceArgument();
        var output = new Option<string>("--out", "-o") { Description = "The folder to write the .et files into (created if missing).", Required = true };
        var step = new Option<int?>("--step") { Description = "The step to export, from 0 (default: 1, the first after warm-up, or 0 in a one-step trace)." };
        var name = new Option<string>("--name") { Description = "File name stem: files are NAME.<rank>.et.", DefaultValueFactory = _ => "trace" };
        var tensorBytes = CommonOptions.TensorBytes();
        var command = new Command("chakra", """
            Write one step as an MLCommons Chakra execution trace: one NAME.<rank>.et file per node (rank = the node's
            index, as inspect lists them), transfers as COMM_SEND/COMM_RECV pairs, dependencies as data_deps and the
            order of sequential lanes as ctrl_deps, times in microseconds. The files read back as the same step.

            Examples:
              sgdsim export chakra traces/resnet50-synthetic --out resnet50-et
              sgdsim export chakra run/ --step 3 --out et/ --name mlp && sgdsim inspect et/
            """)
        {
            trace, output, step, name, tensorBytes,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(CommonOptions.Guard(parse, stderr, () =>
        {
            var loaded = CommonOptions.ReadTrace(parse.GetValue(trace)!, parse.GetValue(tensorBytes), requireParameterServerJob: false);
            var k = parse.GetValue(step) ?? Math.Min(1, loaded.Steps.Count - 1);
            if (k < 0 || k >= loaded.Steps.Count)
            {
                throw new UsageException($"--step {k} does not exist: the trace has steps 0 to {loaded.Steps.Count - 1}.");
            }

            var stem = parse.GetValue(name)!;
            if (stem.Length == 0 || stem.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            {
                throw new UsageException($"--name '{stem}' is not a file name.");
            }

            // The files of all nodes appear together or not at all (a failure or Ctrl+C leaves none).
            var directory = parse.GetValue(output)!;
            using var staged = OutputFolder.Stage(directory);
            var files = ChakraWriter.Write(loaded, k, staged.Path, stem, cancellation)
                .Select(f => f with { Path = Path.Combine(directory, Path.GetRelativePath(staged.Path, f.Path)) }).ToList();
            cancellation.ThrowIfCancellationRequested();
            staged.Commit();
            stdout.WriteLine($"Step {k} of {loaded.Source} as a Chakra execution trace, one file per node:");
            var width = files.Max(f => f.Path.Length);
            foreach (var f in files)
            {
                var node = loaded.Nodes[f.Node];
                stdout.WriteLine($"  {f.Path.PadRight(width)}  {TraceSummary.RoleName(node.Role),-6}  {node.Name}  ({f.GraphNodes} graph nodes)");
            }

            return ExitCodes.Ok;
        })));
        return command;
    }
}
