using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SgdSim.Analysis;
using SgdSim.Calibration;
using SgdSim.Cli.Output;
using SgdSim.Reports;
using SgdSim.Simulation;
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
            var model = sim.Calibrate(parse, parse.GetValue(trace)!);
            var options = sim.Prediction(parse, parse.GetValue(workers)!, model);
            var predictions = Simulate(model, options, cancellation);
            var batchSize = parse.GetValue(batch);
            if (parse.GetValue(traceWorkers) is not null && parse.GetValue(output) is null)
            {
                throw new UsageException("--trace-workers says how many workers the trace written with --out shows; give --out too.");
            }

            IReadOnlyList<string>? files = null;
            if (parse.GetValue(output) is { } folder)
            {
                var tracePath = parse.GetValue(trace)!;
                var shown = parse.GetValue(traceWorkers) ?? Math.Min(4, options.Workers.Max());
                files = WriteOutputs(folder, tracePath, model, options, predictions, parse.GetValue(sim.Bandwidth), batchSize, shown, [.. sim.RatesUnderstood(parse)], cancellation);
            }

            if (parse.GetValue(json))
            {
                var root = new JsonObject { ["trace"] = parse.GetValue(trace) };
                AddHorizonJson(root, options);
                sim.AddRatesJson(root, parse);
                root["scenario"] = ScenarioJson(model, options.Scenario ?? Scenario.Default);
                root["predictions"] = ToJson(predictions, batchSize);
                root["calibration"] = CalibrationJson(model, parse.GetValue(explain));
                AddFilesJson(root, files);
                stdout.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                if (parse.GetValue(explain))
                {
                    WriteExplanation(model, stdout);
                    WriteNetworkExplanation(options.Scenario ?? Scenario.Default, stdout);
                }

                WriteTable(parse.GetValue(trace)!, model, options, predictions, batchSize, sim.RatesUnderstood(parse), stdout);
                if (options.Scenario is { Shards: > 1, Mode.HasServer: true } sharded)
                {
                    stdout.WriteLine();
                    ShardReport.Write(model, ShardPlan.Assign(model, sharded.Shards, sharded.Placement), sharded.Placement, stdout);
                }

                WriteFiles(files, stdout);
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    /// <summary>The files an --out option wrote, under the text output: one path a line.</summary>
    internal static void WriteFiles(IReadOnlyList<string>? files, TextWriter output)
    {
        if (files is null)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"Wrote {Counts.Of(files.Count, "file")}:");
        WriteIndented(files, output);
    }

    /// <summary>The files an --out option wrote, as <c>"files"</c> of a --json object (nothing without --out).</summary>
    internal static void AddFilesJson(JsonObject root, IReadOnlyList<string>? files)
    {
        if (files is not null)
        {
            root["files"] = new JsonArray([.. files.Select(f => JsonValue.Create(f))]);
        }
    }

    private static IReadOnlyList<string> WriteOutputs(string folder, string tracePath, JobModel model, PredictionOptions options, IReadOnlyList<Prediction> predictions,
        double? bandwidth, int? batch, int traceWorkers, IReadOnlyList<string> ratesUnderstood, CancellationToken cancellation)
    {
        // Every file goes into place together once all are written: a failure or Ctrl+C leaves none of them.
        using var staged = CommonOptions.StageOutputFolder(folder);
        var described = WriteTableAndPlotInto(staged.Path, "throughput.png", "Predicted throughput", tracePath, options, predictions, bandwidth, batch, null, cancellation);

        // The simulated job a person can open in Perfetto: a short run of traceWorkers workers, every span recorded.
        var simulation = new SimulationOptions(traceWorkers, Math.Min(options.Steps, 10), Math.Min(options.WarmupSteps, 2), options.Durations,
            Predictor.SeedOf(options.Seed, traceWorkers, 0), RecordWorkers: traceWorkers, FlowPerMessage: options.FlowPerMessage, Scenario: options.Scenario);
        var replay = new ClusterSimulation(model, simulation) { EventBudget = Predictor.EventBudget(model, options.Scenario, traceWorkers, simulation.Steps) };
        replay.Run();
        cancellation.ThrowIfCancellationRequested();
        ChromeTraceWriter.Write(Path.Combine(staged.Path, "trace.json"), model, replay.Recording!, simulation);

        // The same simulated job as Chakra execution traces (one .et per node) for ASTRA-sim and other Chakra tools:
        // one step after warm-up, as a Chakra graph is one iteration.
        var job = SyntheticJob.Build(model, replay.Recording!, traceWorkers, tracePath, options.Scenario);
        var step = job.Steps.Count > simulation.WarmupSteps ? simulation.WarmupSteps : job.Steps.Count - 1;
        ChakraWriter.Write(job, step, Path.Combine(staged.Path, "chakra"), "job", cancellation);
        cancellation.ThrowIfCancellationRequested();

        // How the busiest setup asked for (at most 16 workers, so a box per worker stays readable) uses the NICs over
        // time, and how its workers' step times spread.
        var busiest = options.Workers.Where(n => n <= 16).DefaultIfEmpty(options.Workers.Min()).Max();
        var timed = new SimulationOptions(busiest, options.Steps, options.WarmupSteps, options.Durations, Predictor.SeedOf(options.Seed, busiest, 0),
            RecordWorkers: 1, FlowPerMessage: options.FlowPerMessage, Scenario: options.Scenario);
        var run = new ClusterSimulation(model, timed) { EventBudget = Predictor.EventBudget(model, options.Scenario, busiest, timed.Steps) };
        var result = run.Run();
        var name = CommonOptions.ShortName(tracePath);
        UtilisationPlot.Save(Path.Combine(staged.Path, "nic-utilisation.png"),
            $"{name}, {Counts.Of(busiest, "worker")}: {(run.Shards > 0 ? "parameter-server" : "worker")} NIC utilisation", RunSeries.NicUtilisation(run, bins: 60));
        StepTimePlot.Save(Path.Combine(staged.Path, "step-times.png"), $"{name}, {Counts.Of(busiest, "worker")}: step time per worker",
            RunSeries.StepTimes(result, timed.WarmupSteps));
        cancellation.ThrowIfCancellationRequested();

        // Last, so that it links every file above.
        var scenario = options.Scenario ?? Scenario.Default;
        HtmlReport.Write(staged.Path, new PredictionReport(described, scenario.Describe(), HeaderLines(model, options, ratesUnderstood), predictions,
            options.RunSeconds, scenario.Mode.HasServer, NoteLines(output => WriteNotes(options, predictions, output)), model.Explanation, Explanations.Network(scenario)));
        return staged.Commit();
    }

    /// <summary>The lines a table's notes would print, for a page to show.</summary>
    internal static IReadOnlyList<string> NoteLines(Action<TextWriter> write)
    {
        using var notes = new StringWriter();
        write(notes);
        return [.. notes.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>The lines under the title of a prediction: the rates understood, the link, the horizon.</summary>
    internal static IReadOnlyList<string> HeaderLines(JobModel model, PredictionOptions options, IEnumerable<string> ratesUnderstood) =>
    [
        .. ratesUnderstood,
        string.Create(CultureInfo.InvariantCulture,
            $"link {Bandwidth.Format(model.DownBytesPerNs * 8e9)} down, {Bandwidth.Format(model.UpBytesPerNs * 8e9)} up (effective); one step moves {model.PullBytesPerStep / 1e6:0.0} MB each way"),
        HorizonText(options),
    ];

    /// <summary>Creates <paramref name="folder"/> and writes predictions.parquet and the throughput plot into it, both or neither.</summary>
    internal static IReadOnlyList<string> WriteTableAndPlot(string folder, string plotName, string title, string tracePath, PredictionOptions options,
        IReadOnlyList<Prediction> predictions, double? bandwidth, int? batch, IReadOnlyList<MeasuredPoint>? measured, CancellationToken cancellation)
    {
        using var staged = CommonOptions.StageOutputFolder(folder);
        WriteTableAndPlotInto(staged.Path, plotName, title, tracePath, options, predictions, bandwidth, batch, measured, cancellation);
        cancellation.ThrowIfCancellationRequested();
        return staged.Commit();
    }

    private static PredictionRun WriteTableAndPlotInto(string folder, string plotName, string title, string tracePath, PredictionOptions options,
        IReadOnlyList<Prediction> predictions, double? bandwidth, int? batch, IReadOnlyList<MeasuredPoint>? measured, CancellationToken cancellation)
    {
        var run = PredictionRun.Describe(tracePath, options, bandwidth, batch);
        PredictionTable.From(run, predictions, options.Scenario).Write(Path.Combine(folder, "predictions.parquet"), cancellation);
        ThroughputPlot.Save(Path.Combine(folder, plotName), $"{title} — {CommonOptions.ShortName(tracePath)}", predictions, measured);
        return run;
    }

    internal static JsonArray ToJson(IReadOnlyList<Prediction> predictions, int? batch)
    {
        var array = new JsonArray();
        foreach (var p in predictions)
        {
            var row = new JsonObject
            {
                ["workers"] = p.Workers,
                ["throughput_steps_per_s"] = p.ThroughputStepsPerS,
                ["ci95"] = RangeJson(p.Ci95Low, p.Ci95High),
                ["run_range95"] = RangeJson(p.RunRange95Low, p.RunRange95High),
                ["run_windows"] = p.RunWindows,
                ["run_windows_dropped"] = p.RunWindowsDropped,
            };
            if (p.SteadyState is { } steady)
            {
                row["precision_reached"] = steady.PrecisionReached;
                row["relative_half_width"] = steady.RelativeHalfWidth;
                row["steps_per_worker"] = steady.StepsPerWorker;
                row["batches"] = steady.Batches;
            }

            if (batch is { } b)
            {
                row["samples_per_s"] = p.ThroughputStepsPerS * b;
            }

            row["ps_send_utilisation"] = p.ServerEgressUtilisation;
            row["ps_receive_utilisation"] = p.ServerIngressUtilisation;
            row["worker_compute_share"] = p.WorkerComputeShare;
            row["worker_network_utilisation"] = p.WorkerNetworkUtilisation;
            if (p.ShardSendUtilisation.Length > 1)
            {
                row["shard_send_utilisation"] = new JsonArray([.. p.ShardSendUtilisation.Select(u => JsonValue.Create(u))]);
                row["shard_receive_utilisation"] = new JsonArray([.. p.ShardReceiveUtilisation.Select(u => JsonValue.Create(u))]);
            }

            row["bottleneck"] = p.Bottleneck;
            array.Add(row);
        }

        return array;
    }

    /// <summary>The seed and what decided how long to simulate: a fixed horizon, or the stopping rule.</summary>
    internal static void AddHorizonJson(JsonObject root, PredictionOptions options)
    {
        root["seed"] = options.Seed;
        if (options.Until is { } rule)
        {
            root["replicas"] = rule.Replicas;
            root["stopping_rule"] = new JsonObject { ["precision"] = rule.Precision, ["max_steps"] = rule.MaxSteps };
        }
        else
        {
            root["replicas"] = options.Replicas;
            root["steps_per_worker"] = options.Steps;
        }

        root["run_seconds"] = options.RunSeconds;
    }

    /// <summary>A range as <c>[low, high]</c>, or null when there is none (NaN).</summary>
    internal static JsonNode? RangeJson(double low, double high) =>
        double.IsNaN(low) || double.IsNaN(high) ? null : new JsonArray(low, high);

    /// <summary>How long the predictions were simulated, for the line above a table.</summary>
    internal static string HorizonText(PredictionOptions options) => options.Until is { } rule
        ? string.Create(CultureInfo.InvariantCulture,
            $"simulated until the 95% CI is within ±{rule.Precision * 100:0.###}% of the mean: {Counts.Of(rule.Replicas, "replica")}, at most {rule.MaxSteps:N0} steps per worker count; seed {options.Seed}")
        : $"fixed horizon: {Counts.Of(options.Replicas, "replica")} x {options.Steps} steps per worker, seed {options.Seed}";

    /// <summary>The heading of the run-range column: the run length it is for.</summary>
    internal static string RunRangeHeader(PredictionOptions options) =>
        string.Create(CultureInfo.InvariantCulture, $"{options.RunSeconds:0.###} s runs");

    /// <summary>A run range as a cell, aligned as <see cref="Interval"/>; a dash (where the interval's dash would be) when there is none.</summary>
    internal static string RunRange(double low, double high) => Interval(low, high);

    /// <summary>The note under a table whose intervals are missing because a fixed horizon had too few replicas to
    /// give one; null when they are there.</summary>
    internal static string? NoIntervalNote(int replicas, IEnumerable<(double Low, double High)> intervals) =>
        intervals.Any(i => double.IsNaN(i.Low) || double.IsNaN(i.High)) && replicas < Predictor.MinReplicasForInterval
            ? $"  95% CI: none from {Counts.Of(replicas, "replica")}: an interval over replicas needs {Predictor.MinReplicasForInterval} or more (--replicas {Predictor.MinReplicasForInterval})"
            : null;

    /// <summary>Notes under a table: worker counts whose run range left out many windows, and those that stopped at
    /// the cap before their interval was as narrow as asked.</summary>
    internal static void WriteNotes(PredictionOptions options, IReadOnlyList<Prediction> predictions, TextWriter output)
    {
        if (NoIntervalNote(options.Replicas, predictions.Select(p => (p.Ci95Low, p.Ci95High))) is { } note)
        {
            CliConsole.Current.WriteLine(output, note);
        }

        // The testbed drops a run in which a worker completes fewer than 3 steps; where that is common, the range is
        // of the runs that would have counted, and the real runs were probably longer.
        var c = CultureInfo.InvariantCulture;
        var dropped = predictions.Where(p => p.RunWindowsDropped > 0.05 * p.RunWindows).ToArray();
        if (dropped.Length > 0)
        {
            CliConsole.Current.WriteLine(output, string.Create(c,
                $"  run range of {RunRangeHeader(options)}: share of them left out because a worker completes fewer than 3 steps in them (the testbed drops such runs): {string.Join(", ", dropped.Select(p => string.Create(c, $"{p.RunWindowsDropped / (double)p.RunWindows:0%} at {p.Workers}")))} workers; --run-seconds sets the run length"));
        }

        var none = predictions.Where(p => double.IsNaN(p.RunRange95Low)).ToArray();
        if (none.Length > 0)
        {
            CliConsole.Current.WriteLine(output, string.Create(c,
                $"  run range of {RunRangeHeader(options)}: none at {string.Join(", ", none.Select(p => p.Workers))} workers: fewer than {SteadyState.MinRunWindowsKept} windows of that length counted"));
        }

        var unreached = predictions.Where(p => p.SteadyState is { PrecisionReached: false }).ToArray();
        if (options.Until is not { } rule || unreached.Length == 0)
        {
            return;
        }

        CliConsole.Current.WriteLine(output, string.Create(CultureInfo.InvariantCulture,
            $"  precision not reached at {string.Join(", ", unreached.Select(p => $"{p.Workers} ({p.SteadyState!.RelativeHalfWidth * 100:0.0#}%)"))} workers: the cap of {rule.MaxSteps:N0} steps stopped them; their intervals are as wide as shown"));
    }

    /// <summary>The simulated setup: mode, policy, shards (with what each holds) and heterogeneity.</summary>
    internal static JsonObject ScenarioJson(JobModel model, Scenario scenario)
    {
        var json = new JsonObject
        {
            ["mode"] = scenario.Mode.ToString(),
            ["policy"] = Scenario.NameOf(scenario.Policy),
            ["slice_bytes"] = scenario.Policy == TransmissionPolicy.P3 ? scenario.SliceBytes : null,
            ["ps_shards"] = scenario.Mode.HasServer ? scenario.Shards : 0,
            ["placement"] = Scenario.NameOf(scenario.Placement),
            ["worker_speeds"] = scenario.WorkerSpeeds is { } speeds ? new JsonArray([.. speeds.Select(v => JsonValue.Create(v))]) : null,
            ["stragglers"] = scenario.Stragglers is { } slow ? new JsonObject { ["count"] = slow.Count, ["factor"] = slow.Factor } : null,
        };
        json["network"] = new JsonObject
        {
            ["share_spread"] = new JsonObject { ["send"] = scenario.Sharing.Send, ["receive"] = scenario.Sharing.Receive },
            ["reverse_queueing"] = new JsonArray([.. scenario.Reverse.Shares.Select(v => JsonValue.Create(v))]),
        };
        if (scenario.Mode.HasServer)
        {
            json["shards"] = ShardReport.ToJson(model, ShardPlan.Assign(model, scenario.Shards, scenario.Placement));
        }

        return json;
    }

    internal static JsonObject CalibrationJson(JobModel model, bool withDerivations)
    {
        var calibration = new JsonObject();
        foreach (var value in model.Explanation)
        {
            calibration[value.Name] = withDerivations
                ? new JsonObject { ["value"] = value.Value, ["derivation"] = value.Derivation }
                : value.Value;
        }

        return calibration;
    }

    internal static void WriteExplanation(JobModel model, TextWriter output)
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
    internal static void WriteNetworkExplanation(Scenario scenario, TextWriter output)
    {
        output.WriteLine($"{Explanations.NetworkHeading}:");
        foreach (var setting in Explanations.Network(scenario))
        {
            output.WriteLine($"  {setting.Name} = {setting.Value} ({setting.Origin})");
            output.WriteLine($"      {setting.Meaning}");
        }

        output.WriteLine();
    }

    /// <summary>Runs every replica of the prediction, with a progress bar of the finished runs on a terminal.</summary>
    internal static IReadOnlyList<Prediction> Simulate(JobModel model, PredictionOptions options, CancellationToken cancellation) =>
        CliConsole.Current.Progress(
            $"Simulating {Counts.Of(options.Workers.Count, "worker count")}{(options.Until is null ? $" x {Counts.Of(options.Replicas, "replica")}" : "")}",
            UnitWeights(options),
            progress => Predictor.Predict(model, options, cancellation, progress));

    /// <summary>The expected cost of each unit <see cref="Predictor"/> reports progress in, in the order they finish:
    /// a run (or, under the stopping rule, a settled worker count) of N workers simulates N workers' steps, so it
    /// weighs N; the worker counts run in ascending order.</summary>
    internal static double[] UnitWeights(PredictionOptions options) =>
        [.. options.Workers.SelectMany(n => Enumerable.Repeat((double)n, Predictor.ProgressUnits(options) / options.Workers.Count))];

    /// <summary>The confidence interval as one cell, its bounds aligned on the dash down a column of
    /// <paramref name="width"/>-wide numbers; a dash where the interval's would be when there is none (NaN).</summary>
    internal static string Interval(double low, double high, int width = 7) => double.IsNaN(low) || double.IsNaN(high)
        ? "–".PadLeft(width + 1).PadRight((2 * width) + 1)
        : string.Create(CultureInfo.InvariantCulture, $"{low.ToString("0.000", CultureInfo.InvariantCulture).PadLeft(width)}–{high.ToString("0.000", CultureInfo.InvariantCulture).PadRight(width)}");

    private static void WriteTable(string tracePath, JobModel model, PredictionOptions options, IReadOnlyList<Prediction> predictions, int? batch,
        IEnumerable<string> ratesUnderstood, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        CliConsole.Current.WriteLine(output, $"Predicted throughput for {tracePath} ({(options.Scenario ?? Scenario.Default).Describe()})");
        WriteIndented(HeaderLines(model, options, ratesUnderstood), output);
        output.WriteLine();
        // Without a server (all-reduce) the NICs that matter are the workers'.
        var server = (options.Scenario ?? Scenario.Default).Mode.HasServer;
        TextColumn[] columns =
        [
            new("workers", MinWidth: 7), new("steps/s", MinWidth: 7), new("95% CI", Justify.Left), new(RunRangeHeader(options), Justify.Left),
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
                p.Workers.ToString(c), p.ThroughputStepsPerS.ToString("0.000", c), Interval(p.Ci95Low, p.Ci95High), RunRange(p.RunRange95Low, p.RunRange95High), .. samples,
                .. network, p.WorkerComputeShare.ToString("0%", c), p.Bottleneck,
            ]);
        }

        table.WriteTo(output);
        WriteNotes(options, predictions, output);
    }

    /// <summary>Header lines under a command's title, indented as the others.</summary>
    internal static void WriteIndented(IEnumerable<string> lines, TextWriter output)
    {
        foreach (var line in lines)
        {
            CliConsole.Current.WriteLine(output, $"  {line}");
        }
    }
}
