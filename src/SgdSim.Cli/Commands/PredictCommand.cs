using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SgdSim.Calibration;
using SgdSim.Reports;
using SgdSim.Simulation;

namespace SgdSim.Cli.Commands;

/// <summary><c>sgdsim predict TRACE --workers …</c>: the throughput of N workers, from the trace of one.</summary>
internal static class PredictCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var trace = CommonOptions.TraceArgument();
        var workers = new Option<IReadOnlyList<int>>("--workers", "-n")
        {
            Description = "Worker counts: a list (1,2,4,8), a range (1-16) or both (1-4,8,16).",
            Required = true,
            CustomParser = SimulationCliOptions.ParseWorkers,
        };
        var batch = CommonOptions.Batch();
        var explain = new Option<bool>("--explain") { Description = "Print every calibrated parameter and how it was derived." };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Folder for predictions.parquet, throughput.png, trace.json (a simulated multi-node trace for Perfetto) and chakra/ (the same job as Chakra ET).",
        };
        var traceWorkers = new Option<int?>("--trace-workers")
        {
            Description = "Workers in the simulated trace written with --out (default: the largest count, at most 4).",
        };
        traceWorkers.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1)
            {
                r.AddError("--trace-workers must be 1 or more.");
            }
        });
        var json = CommonOptions.Json();
        var sim = new SimulationCliOptions();
        var command = new Command("predict", """
            Predict asynchronous-SGD throughput for N workers and one parameter server from a one-worker trace.

            Examples:
              sgdsim predict traces/resnet50-synthetic --workers 1-8
              sgdsim predict run/ --workers 1,2,4,8,16 --bandwidth 10Gbps --batch 64
              sgdsim predict run/ --workers 4 --explain
              sgdsim predict run/ --workers 1-16 --replicas 20 --seed 7 --json > predictions.json
              sgdsim predict run/ --workers 1-16 --out results/ --trace-workers 3
            """)
        {
            trace, workers, batch, explain, output, traceWorkers, json,
        };
        sim.AddTo(command);
        command.SetAction((parse, cancellation) => Task.FromResult(CommonOptions.Guard(parse, stderr, () =>
        {
            var model = sim.Calibrate(parse, parse.GetValue(trace)!);
            var options = sim.Prediction(parse, parse.GetValue(workers)!, model);
            var predictions = Predictor.Predict(model, options, cancellation);
            var batchSize = parse.GetValue(batch);
            if (parse.GetValue(traceWorkers) is not null && parse.GetValue(output) is null)
            {
                throw new UsageException("--trace-workers says how many workers the trace written with --out shows; give --out too.");
            }

            if (parse.GetValue(output) is { } folder)
            {
                var tracePath = parse.GetValue(trace)!;
                var shown = parse.GetValue(traceWorkers) ?? Math.Min(4, options.Workers.Max());
                WriteOutputs(folder, tracePath, model, options, predictions, parse.GetValue(sim.Bandwidth), batchSize, shown, cancellation);
            }

            if (parse.GetValue(json))
            {
                var root = new JsonObject
                {
                    ["trace"] = parse.GetValue(trace),
                    ["seed"] = options.Seed,
                    ["replicas"] = options.Replicas,
                    ["steps_per_worker"] = options.Steps,
                    ["predictions"] = ToJson(predictions, batchSize),
                    ["calibration"] = CalibrationJson(model, parse.GetValue(explain)),
                };
                stdout.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                if (parse.GetValue(explain))
                {
                    WriteExplanation(model, stdout);
                }

                WriteTable(parse.GetValue(trace)!, model, options, predictions, batchSize, stdout);
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    private static void WriteOutputs(string folder, string tracePath, JobModel model, PredictionOptions options, IReadOnlyList<Prediction> predictions,
        double? bandwidth, int? batch, int traceWorkers, CancellationToken cancellation)
    {
        WriteTableAndPlot(folder, "throughput.png", "Predicted throughput", tracePath, options, predictions, bandwidth, batch, null, cancellation);

        // The simulated job a person can open in Perfetto: a short run of traceWorkers workers, every span recorded.
        var simulation = new SimulationOptions(traceWorkers, Math.Min(options.Steps, 10), Math.Min(options.WarmupSteps, 2), options.Durations,
            Predictor.SeedOf(options.Seed, traceWorkers, 0), RecordWorkers: traceWorkers, FlowPerMessage: options.FlowPerMessage);
        var replay = new ClusterSimulation(model, simulation);
        replay.Run();
        ChromeTraceWriter.Write(Path.Combine(folder, "trace.json"), model, replay.Recording!, simulation);

        // The same simulated job as Chakra execution traces (one .et per node) for ASTRA-sim and other Chakra tools:
        // one step after warm-up, as a Chakra graph is one iteration.
        var job = SyntheticJob.Build(model, replay.Recording!, traceWorkers, tracePath);
        var step = job.Steps.Count > simulation.WarmupSteps ? simulation.WarmupSteps : job.Steps.Count - 1;
        ChakraWriter.Write(job, step, Path.Combine(folder, "chakra"), "job", cancellation);
    }

    /// <summary>Creates <paramref name="folder"/> and writes predictions.parquet and the throughput plot into it.</summary>
    internal static void WriteTableAndPlot(string folder, string plotName, string title, string tracePath, PredictionOptions options,
        IReadOnlyList<Prediction> predictions, double? bandwidth, int? batch, IReadOnlyList<MeasuredPoint>? measured, CancellationToken cancellation)
    {
        CommonOptions.CreateOutputFolder(folder);
        var run = PredictionRun.Describe(tracePath, options, bandwidth, batch);
        PredictionTable.From(run, predictions).Write(Path.Combine(folder, "predictions.parquet"), cancellation);
        ThroughputPlot.Save(Path.Combine(folder, plotName), $"{title} — {CommonOptions.ShortName(tracePath)}", predictions, measured);
    }

    internal static JsonArray ToJson(IReadOnlyList<Prediction> predictions, int? batch)
    {
        var array = new JsonArray();
        foreach (var p in predictions)
        {
            var row = new JsonObject
            {
                ["workers"] = p.Workers,
                ["throughput_steps_per_s"] = Round(p.ThroughputStepsPerS),
                ["ci95"] = new JsonArray(Round(p.Ci95Low), Round(p.Ci95High)),
            };
            if (batch is { } b)
            {
                row["samples_per_s"] = Round(p.ThroughputStepsPerS * b);
            }

            row["ps_send_utilisation"] = Round(p.ServerEgressUtilisation);
            row["ps_receive_utilisation"] = Round(p.ServerIngressUtilisation);
            row["worker_compute_share"] = Round(p.WorkerComputeShare);
            row["bottleneck"] = p.Bottleneck;
            array.Add(row);
        }

        return array;
    }

    internal static JsonObject CalibrationJson(JobModel model, bool withDerivations)
    {
        var calibration = new JsonObject();
        foreach (var value in model.Explanation)
        {
            calibration[value.Name] = withDerivations
                ? new JsonObject { ["value"] = Round(value.Value), ["derivation"] = value.Derivation }
                : Round(value.Value);
        }

        return calibration;
    }

    internal static void WriteExplanation(JobModel model, TextWriter output)
    {
        output.WriteLine("Calibration (from the trace unless marked given):");
        foreach (var value in model.Explanation)
        {
            output.WriteLine($"  {value.Name} = {Format(value)}");
            output.WriteLine($"      {value.Derivation}");
        }

        output.WriteLine();
    }

    private static void WriteTable(string tracePath, JobModel model, PredictionOptions options, IReadOnlyList<Prediction> predictions, int? batch, TextWriter output)
    {
        output.WriteLine($"Predicted asynchronous-SGD throughput for {tracePath}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  link {Bandwidth.Format(model.DownBytesPerNs * 8e9)} down, {Bandwidth.Format(model.UpBytesPerNs * 8e9)} up (effective); one step moves {model.PullBytesPerStep / 1e6:0.0} MB each way; {options.Replicas} replicas x {options.Steps} steps per worker, seed {options.Seed}"));
        output.WriteLine();
        output.WriteLine($"  workers   steps/s   95% CI             {(batch is null ? "" : "samples/s   ")}PS send   PS recv   compute   bottleneck");
        foreach (var p in predictions)
        {
            var samples = batch is { } b ? string.Create(CultureInfo.InvariantCulture, $"{p.ThroughputStepsPerS * b,9:0.0}   ") : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {p.Workers,7}   {p.ThroughputStepsPerS,7:0.000}   {p.Ci95Low,7:0.000}–{p.Ci95High,-7:0.000}   {samples}{p.ServerEgressUtilisation,7:0%}   {p.ServerIngressUtilisation,7:0%}   {p.WorkerComputeShare,7:0%}   {p.Bottleneck}"));
        }
    }

    private static string Format(CalibratedValue value) => value.Name switch
    {
        var n when n.EndsWith("_bits_per_s", StringComparison.Ordinal) => Bandwidth.Format(value.Value),
        var n when n.EndsWith("_s", StringComparison.Ordinal) => string.Create(CultureInfo.InvariantCulture, $"{value.Value * 1e3:0.###} ms"),
        _ => value.Value.ToString("0.###", CultureInfo.InvariantCulture),
    };

    internal static double Round(double value) => Math.Round(value, 4);
}
