using System.CommandLine;
using System.Globalization;
using SgdSim.Calibration;
using SgdSim.Cli.Output;
using SgdSim.Cli.Rendering;
using SgdSim.Reports;
using SgdSim.Simulation;
using SgdSim.Workflows;
using Spectre.Console;

namespace SgdSim.Cli.Commands;

/// <summary><c>sgdsim predict TRACE --workers …</c>: the throughput of N workers, from the trace of one.</summary>
internal static class PredictCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var trace = CommonOptions.TraceArgument();
        var workers = SimulationCliOptions.WorkersOption();
        var batch = CommonOptions.Batch();
        var explain = new Option<bool>("--explain") { Description = "Print every calibrated parameter and how it was derived." };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Folder for report.html (one page: plots, table, calibration), predictions.parquet, throughput.png, trace.json (a simulated multi-node trace for Perfetto), chakra/ (the same job as Chakra ET), nic-utilisation.png and step-times.png.",
        };
        var traceWorkers = new Option<int?>("--trace-workers")
        {
            Description = "Workers in the simulated trace written with --out (default: the largest count, at most 4).",
        };
        OptionParsing.Bounded(traceWorkers, n => n is >= 1 and <= SimulationCliOptions.MaxWorkers, $"1 to {SimulationCliOptions.MaxWorkers}");
        var json = CommonOptions.Json();
        var sim = new SimulationCliOptions();
        var command = new Command("predict", """
            Predict the throughput of N workers from the trace of one worker and one parameter server: asynchronous
            SGD on one PS by default; --mode, --ps, --policy and the worker options change the cluster simulated.

            Examples:
              sgdsim predict traces/resnet50-synthetic --workers 1-8
              sgdsim predict run/ --workers 1,2,4,8,16 --bandwidth 10Gbps --batch 64
              sgdsim predict run/ --workers 4 --explain
              sgdsim predict run/ --workers 1-16 --replicas 20 --seed 7 --json > predictions.json
              sgdsim predict run/ --workers 1-16 --out results/ --trace-workers 3
              sgdsim predict run/ --workers 1-16 --ps 2 --placement greedy-bytes --policy tic
              sgdsim predict run/ --workers 8 --mode sync --stragglers 1:1.5
              sgdsim predict run/ --workers 2-16 --mode allreduce --worker-bandwidth 10Gbps
            """)
        {
            trace, workers, batch, explain, output, traceWorkers, json,
        };
        sim.AddTo(command);
        sim.AddStoppingRuleTo(command);
        command.SetAction((parse, cancellation) => Task.FromResult(CommonOptions.Guard(parse, stderr, () =>
        {
            var tracePath = parse.GetValue(trace)!;
            var model = sim.Calibrate(parse, tracePath);
            var options = sim.Prediction(parse, parse.GetValue(workers)!, model);
            if (parse.GetValue(traceWorkers) is not null && parse.GetValue(output) is null)
            {
                throw new UsageException("--trace-workers says how many workers the trace written with --out shows; give --out too.");
            }

            var result = PredictWorkflow.Run(new PredictRequest(tracePath, model, options)
            {
                Batch = parse.GetValue(batch),
                Explain = parse.GetValue(explain),
                Rates = sim.Rates(parse),
                OutputFolder = parse.GetValue(output),
                TraceWorkers = parse.GetValue(traceWorkers),
                Wording = new ReportWording([.. sim.RatesUnderstood(parse)], p => PredictionText.NoteLines(o => PredictionText.WriteNotes(options, p, o)))
                {
                    NameOf = CommonOptions.FlagOf,
                },
            }, CliProgress.Instance, cancellation);
            if (parse.GetValue(json))
            {
                CliJson.Write(stdout, result);
            }
            else
            {
                WriteText(result, sim.RatesUnderstood(parse), stdout);
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    private static void WriteText(PredictResult result, IEnumerable<string> ratesUnderstood, TextWriter stdout)
    {
        var (model, options) = (result.Request.Model, result.Request.Options);
        if (result.Request.Explain)
        {
            WriteExplanation(model, stdout);
            WriteNetworkExplanation(options.Scenario ?? Scenario.Default, stdout);
        }

        WriteTable(result.Trace, model, options, result.Predicted, result.Request.Batch, ratesUnderstood, stdout);
        if (options.Scenario is { Shards: > 1, Mode.HasServer: true } sharded)
        {
            stdout.WriteLine();
            ShardReport.Write(model, ShardPlan.Assign(model, sharded.Shards, sharded.Placement), sharded.Placement, stdout);
        }

        PredictionText.WriteFiles(result.Files, stdout);
    }

    private static void WriteExplanation(JobModel model, TextWriter output)
    {
        output.WriteLine($"{Explanations.CalibrationHeading}:");
        foreach (var value in model.Explanation)
        {
            output.WriteLine($"  {value.Name} = {Explanations.FormatValue(value)}");
            output.WriteLine($"      {value.Derivation}");
        }

        output.WriteLine();
    }

    /// <summary>The network's behaviour the simulation assumes, marked as the measured default or as given.</summary>
    private static void WriteNetworkExplanation(Scenario scenario, TextWriter output)
    {
        output.WriteLine($"{Explanations.NetworkHeading(CommonOptions.FlagOf)}:");
        foreach (var setting in Explanations.Network(scenario))
        {
            output.WriteLine($"  {setting.Name} = {setting.Value} ({setting.Origin})");
            output.WriteLine($"      {setting.Meaning}");
        }

        output.WriteLine();
    }

    private static void WriteTable(string tracePath, JobModel model, PredictionOptions options, IReadOnlyList<Prediction> predictions, int? batch,
        IEnumerable<string> ratesUnderstood, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        CliConsole.Current.WriteLine(output, $"Predicted throughput for {tracePath} ({(options.Scenario ?? Scenario.Default).Describe()})");
        PredictionText.WriteIndented(PredictWorkflow.HeaderLines(model, options, ratesUnderstood), output);
        output.WriteLine();
        // Without a server (all-reduce) the NICs that matter are the workers'.
        var server = (options.Scenario ?? Scenario.Default).Mode.HasServer;
        TextColumn[] columns =
        [
            new("workers", MinWidth: 7), new("steps/s", MinWidth: 7), new("95% CI", Justify.Left), new(PredictionText.RunRangeHeader(options), Justify.Left),
            .. batch is null ? Array.Empty<TextColumn>() : [new("samples/s", MinWidth: 9)],
            .. server ? (TextColumn[])[new("PS send", MinWidth: 7), new("PS recv", MinWidth: 7)] : [new("worker NIC", MinWidth: 7)],
            new("compute", MinWidth: 7), new("bottleneck", Justify.Left),
        ];
        var table = new TextTable(columns);
        foreach (var p in predictions)
        {
            string[] samples = batch is { } b ? [(p.ThroughputStepsPerS * b).ToString("0.0", c)] : [];
            string[] network = server
                ? [p.ServerEgressUtilisation.ToString("0%", c), p.ServerIngressUtilisation.ToString("0%", c)]
                : [p.WorkerNetworkUtilisation.ToString("0%", c)];
            table.AddRow(
            [
                p.Workers.ToString(c), p.ThroughputStepsPerS.ToString("0.000", c), PredictionText.Interval(p.Ci95Low, p.Ci95High), PredictionText.RunRange(p.RunRange95Low, p.RunRange95High), .. samples,
                .. network, p.WorkerComputeShare.ToString("0%", c), p.Bottleneck,
            ]);
        }

        table.WriteTo(output);
        PredictionText.WriteNotes(options, predictions, output);
    }
}
