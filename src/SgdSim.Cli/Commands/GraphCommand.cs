using System.CommandLine;
using SgdSim.Graph;
using SgdSim.IO;
using SgdSim.Reports;

namespace SgdSim.Cli.Commands;

/// <summary><c>sgdsim graph TRACE --step K --format dot|graphml</c>: one step's dependency graph.</summary>
internal static class GraphCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var trace = CommonOptions.TraceArgument();
        var step = new Option<int?>("--step") { Description = "The step to draw, from 0 (default: 1, the first after warm-up, or 0 in a one-step trace)." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "dot" };
        OptionParsing.OneOf(format, "dot", "graphml");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var tensorBytes = CommonOptions.TensorBytes();
        var command = new Command("graph", """
            Write the dependency graph of one step (DOT for Graphviz, or GraphML), critical path highlighted.

            Examples:
              sgdsim graph traces/resnet50-synthetic --step 1 --out step1.dot && dot -Tsvg step1.dot -o step1.svg
              sgdsim graph run/ --step 3 --format graphml --out step3.graphml
            """)
        {
            trace, step, format, output, tensorBytes,
        };
        command.SetAction(parse => CommonOptions.Guard(parse, stderr, () =>
        {
            var loaded = CommonOptions.ReadTrace(parse.GetValue(trace)!, parse.GetValue(tensorBytes));
            var k = parse.GetValue(step) ?? Math.Min(1, loaded.Steps.Count - 1);
            if (k < 0 || k >= loaded.Steps.Count)
            {
                throw new UsageException($"--step {k} does not exist: the trace has steps 0 to {loaded.Steps.Count - 1}.");
            }

            var graph = StepGraph.Build(loaded, loaded.Steps[k]);
            Action<TextWriter> write = parse.GetValue(format) == "graphml"
                ? w => GraphWriters.WriteGraphMl(graph, w)
                : w => GraphWriters.WriteDot(graph, w);
            if (parse.GetValue(output) is { } path)
            {
                AtomicFile.WriteText(path, write);
            }
            else
            {
                write(stdout);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
