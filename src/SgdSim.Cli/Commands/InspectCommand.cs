using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SgdSim.Analysis;
using SgdSim.Calibration;
using SgdSim.Cli.Output;
using SgdSim.Reports;
using SgdSim.Simulation;
using SgdSim.Traces;
using Spectre.Console;

namespace SgdSim.Cli.Commands;

/// <summary><c>sgdsim inspect TRACE</c>: what a trace contains.</summary>
internal static class InspectCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var trace = CommonOptions.TraceArgument();
        var json = CommonOptions.Json();
        var tensorBytes = CommonOptions.TensorBytes();
        var warmup = new Option<int>("--warmup")
        {
            Description = "Steps to leave out of the timing figures, from the first (a trace of one step keeps it).",
            DefaultValueFactory = _ => 1,
        };
        OptionParsing.AtLeast(warmup, 0);
        var shards = SimulationCliOptions.ShardsOption();
        shards.DefaultValueFactory = null;
        shards.Description = "Also show which parameters K parameter-server shards would hold and the bytes each moves per step.";
        var placement = SimulationCliOptions.PlacementOption();
        var command = new Command("inspect", """
            Show what a trace contains: steps, nodes, parameters, bytes moved, step time, critical path.

            Examples:
              sgdsim inspect traces/resnet50-synthetic
              sgdsim inspect run/ --json > summary.json
              sgdsim inspect run/ --warmup 3
              sgdsim inspect timeline.json --tensor-bytes sizes.csv
              sgdsim inspect run/ --ps 4 --placement greedy-bytes
            """)
        {
            trace, json, tensorBytes, warmup, shards, placement,
        };
        command.SetAction(parse => CommonOptions.Guard(parse, stderr, () =>
        {
            var loaded = CommonOptions.ReadTrace(parse.GetValue(trace)!, parse.GetValue(tensorBytes), requireParameterServerJob: false);
            var skip = parse.GetValue(warmup);
            if (skip > 0 && skip >= loaded.Steps.Count && loaded.Steps.Count > 1)
            {
                throw new UsageException($"--warmup {skip} leaves no step to time: the trace has {Counts.Of(loaded.Steps.Count, "step")}.");
            }

            var summary = TraceSummary.Of(loaded, skip);
            if (TraceRequirements.ParameterServerJobProblem(loaded) is { } problem)
            {
                // Shown rather than refused: what a trace holds is worth seeing even where it cannot be scaled out.
                summary = summary with { Notes = [.. summary.Notes, $"Not a parameter-server job: it {problem}"] };
            }
            (JobModel Model, ShardPlan Plan)? plan = parse.GetResult(shards) is null ? null : PlanShards(loaded, skip, parse.GetValue(shards), parse.GetValue(placement));
            if (parse.GetValue(json))
            {
                var root = summary.ToJson();
                if (plan is { } p)
                {
                    root["shards"] = ShardReport.ToJson(p.Model, p.Plan);
                }

                stdout.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                WriteText(summary, stdout);
                if (plan is { } p)
                {
                    ShardReport.Write(p.Model, p.Plan, parse.GetValue(placement), stdout);
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static (JobModel Model, ShardPlan Plan) PlanShards(Trace trace, int warmup, int shards, ShardPlacement placement)
    {
        var model = Calibrator.Calibrate(trace, warmup);
        if (new Scenario { Shards = shards }.Problem(1, model.ParameterNames.Length) is { } problem)
        {
            throw new UsageException($"--ps: {problem}.");
        }

        return (model, ShardPlan.Assign(model, shards, placement));
    }

    private static void WriteText(TraceSummary s, TextWriter o)
    {
        var c = CultureInfo.InvariantCulture;
        // Lines break at spaces to fit the terminal, their rest under the values (after the 11-column labels).
        void Line(string text) => CliConsole.Current.WriteLine(o, text, hang: 11);
        Line($"Trace      {s.Source}");
        Line($"Format     {s.Format}");
        Line($"Steps      {s.Steps} ({s.WarmupSteps} warm-up step{(s.WarmupSteps == 1 ? "" : "s")} left out of timings)");
        Line("Nodes");
        foreach (var n in s.Nodes)
        {
            Line($"  {TraceSummary.RoleName(n.Role),-7} {n.Name}");
            foreach (var d in n.Devices)
            {
                Line($"          device {d}");
            }
        }

        Line($"Ops/step   {s.OpsPerStep}, of which {s.TransfersPerStep} transfers");
        var parameterBytes = s.ParameterBytes is { } pb ? $"{pb.ToString("N0", c)} bytes ({GraphWriters.FormatBytes(pb)})" : "size unknown";
        Line($"Parameters {Counts.Of(s.ParameterCount, "tensor")}, {parameterBytes}");
        const int shown = 10;
        var tensors = new TextTable(
            new TextColumn("size", MinWidth: 10),
            new TextColumn("tensor", Justify.Left) { Pad = false },
            new TextColumn("applied by", Justify.Left) { Plain = op => $"(applied by {op})" })
        {
            Gap = 2,
            PlainHeader = false,
        };
        foreach (var p in s.ParameterTensors.OrderByDescending(p => p.Bytes ?? -1).ThenBy(p => p.Name, StringComparer.Ordinal).Take(shown))
        {
            tensors.AddRow(p.Bytes is { } b ? GraphWriters.FormatBytes(b) : "?", p.Name, p.UpdateOp ?? "");
        }

        tensors.WriteTo(o);

        if (s.ParameterCount > shown)
        {
            Line($"  … and {s.ParameterCount - shown} smaller ones (all of them with --json)");
        }

        Line($"Bytes/step to workers {s.BytesToWorkersPerStep.ToString("N0", c)}, to PS {s.BytesToPsPerStep.ToString("N0", c)}");
        if (s.UnsizedTransfers > 0)
        {
            Line($"           {s.UnsizedTransfers} transfers have no recorded size (give --tensor-bytes FILE); prediction needs sizes.");
        }

        if (s.PullPhaseS is { } pull && s.PullRateBitsPerS is { } rate)
        {
            Line($"Pulls      first request to last arrival: median {Durations.Format(pull.Median)}, p95 {Durations.Format(pull.P95)}; {(rate / 1e6).ToString("0.0", c)} Mbit/s");
        }

        Line($"Step time  median {Durations.Format(s.StepTimeS.Median)}, p95 {Durations.Format(s.StepTimeS.P95)}");
        Line($"Critical   median {Durations.Format(s.CriticalPathS.Median)}, p95 {Durations.Format(s.CriticalPathS.P95)}; median step's path ({Counts.Of(s.MedianCriticalPathOps.Count, "op")}):");
        Line($"           {Abbreviate(s.MedianCriticalPathOps)}");
        Line($"Edges/step {s.DataEdgesPerStep} from the trace, {s.InferredEdgesPerStep} inferred from lane order");
        foreach (var note in s.Notes)
        {
            Line($"Note       {note}");
        }
    }

    // A long path reads best as its start and its end; --json gives every op.
    private static string Abbreviate(IReadOnlyList<string> ops, int head = 3, int tail = 8) => ops.Count <= head + tail + 1
        ? string.Join(" → ", ops)
        : $"{string.Join(" → ", ops.Take(head))} → … {ops.Count - head - tail} more … → {string.Join(" → ", ops.Skip(ops.Count - tail))}";
}
