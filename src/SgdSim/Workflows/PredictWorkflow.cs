using System.Globalization;
using System.Text.Json.Serialization;
using SgdSim.Calibration;
using SgdSim.IO;
using SgdSim.Reports;
using SgdSim.Simulation;

namespace SgdSim.Workflows;

/// <summary>The wording a report page shows beside the numbers, which the caller words in its own terms: the rates as
/// it understood them, and the notes under the table for a set of predictions.</summary>
/// <param name="RatesUnderstood">One line per rate given, as understood.</param>
/// <param name="Notes">The notes under a table of the given predictions, one line each.</param>
public sealed record ReportWording(IReadOnlyList<string> RatesUnderstood, Func<IReadOnlyList<Prediction>, IReadOnlyList<string>> Notes)
{
    /// <summary>How the page names the settings it mentions (the library's words unless the caller has its own).</summary>
    public Func<Setting, string> NameOf { get; init; } = Settings.Describe;

    /// <summary>No rates and no notes.</summary>
    public static readonly ReportWording None = new([], _ => []);
}

/// <summary>What to predict: a calibrated trace, the prediction's options, and what to write.</summary>
/// <param name="TracePath">The trace, as given.</param>
/// <param name="Model">The trace calibrated (with any nominal link rate applied).</param>
/// <param name="Options">Worker counts, horizon, seed and scenario.</param>
public sealed record PredictRequest(string TracePath, JobModel Model, PredictionOptions Options)
{
    /// <summary>Samples per worker step, when known.</summary>
    public int? Batch { get; init; }

    /// <summary>Whether the calibration is reported with how each value was derived.</summary>
    public bool Explain { get; init; }

    /// <summary>The nominal NIC rates given.</summary>
    public NominalRates Rates { get; init; } = NominalRates.None;

    /// <summary>The folder to write the report, table, plots and simulated traces to; null to write nothing.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>Workers in the simulated trace written to <see cref="OutputFolder"/> (default: the largest count, at most 4).</summary>
    public int? TraceWorkers { get; init; }

    /// <summary>The wording of the report page.</summary>
    public ReportWording Wording { get; init; } = ReportWording.None;
}

/// <summary>A prediction's outcome: what <c>--json</c> prints, and (not serialised) what a text rendering needs.</summary>
public sealed record PredictResult : RatedRunRecord
{
    /// <summary>The simulated setup.</summary>
    [JsonPropertyName("scenario")]
    [JsonPropertyOrder(30)]
    public required ScenarioRecord Scenario { get; init; }

    /// <summary>One point per worker count.</summary>
    [JsonPropertyName("predictions")]
    [JsonPropertyOrder(31)]
    public required IReadOnlyList<PredictedPoint> Predictions { get; init; }

    /// <summary>The calibrated values.</summary>
    [JsonPropertyName("calibration")]
    [JsonPropertyOrder(32)]
    public required CalibrationRecord Calibration { get; init; }

    /// <summary>The request this answers.</summary>
    [JsonIgnore]
    public PredictRequest Request { get; init; } = null!;

    /// <summary>The predictions as the simulator made them.</summary>
    [JsonIgnore]
    public IReadOnlyList<Prediction> Predicted { get; init; } = null!;
}

/// <summary>Predicts the throughput of every worker count asked for and, when asked, writes the report folder.</summary>
public static class PredictWorkflow
{
    /// <summary>Runs <paramref name="request"/>, reporting the simulation's progress to <paramref name="progress"/>.</summary>
    /// <exception cref="InvalidSettingException">The output folder cannot be made.</exception>
    public static PredictResult Run(PredictRequest request, IWorkProgress? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (model, options) = (request.Model, request.Options);
        var predictions = Simulate(model, options, progress ?? NoProgress.Instance, cancellation);
        var files = request.OutputFolder is { } folder ? WriteOutputs(folder, request, predictions, cancellation) : null;
        return new PredictResult
        {
            Trace = request.TracePath,
            Seed = options.Seed,
            Replicas = options.Until?.Replicas ?? options.Replicas,
            StoppingRule = options.Until is { } rule ? new StoppingRuleRecord(rule.Precision, rule.MaxSteps) : null,
            StepsPerWorker = options.Until is null ? options.Steps : null,
            RunSeconds = options.RunSeconds,
            BandwidthBitsPerS = request.Rates.BandwidthBitsPerS,
            WorkerBandwidthBitsPerS = request.Rates.WorkerBitsPerS,
            PsBandwidthBitsPerS = request.Rates.ServerBitsPerS,
            Scenario = ScenarioRecord.Of(model, options.Scenario ?? Scenario.Default),
            Predictions = [.. predictions.Select(p => PredictedPoint.Of(p, request.Batch))],
            Calibration = new CalibrationRecord(model.Explanation, request.Explain),
            Files = files,
            Request = request,
            Predicted = predictions,
        };
    }

    /// <summary>Runs every replica of the prediction, telling <paramref name="progress"/> of each finished unit.</summary>
    public static IReadOnlyList<Prediction> Simulate(JobModel model, PredictionOptions options, IWorkProgress progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        return progress.Run(
            $"Simulating {Counts.Of(options.Workers.Count, "worker count")}{(options.Until is null ? $" x {Counts.Of(options.Replicas, "replica")}" : "")}",
            UnitWeights(options),
            p => Predictor.Predict(model, options, cancellation, p));
    }

    /// <summary>The expected cost of each unit <see cref="Predictor"/> reports progress in, in the order they finish:
    /// a run (or, under the stopping rule, a settled worker count) of N workers simulates N workers' steps, so it
    /// weighs N; the worker counts run in ascending order.</summary>
    public static double[] UnitWeights(PredictionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. options.Workers.SelectMany(n => Enumerable.Repeat((double)n, Predictor.ProgressUnits(options) / options.Workers.Count))];
    }

    /// <summary>The lines under the title of a prediction: the rates understood, the link, the horizon.</summary>
    public static IReadOnlyList<string> HeaderLines(JobModel model, PredictionOptions options, IEnumerable<string> ratesUnderstood)
    {
        ArgumentNullException.ThrowIfNull(model);
        return
        [
            .. ratesUnderstood,
            string.Create(CultureInfo.InvariantCulture,
                $"link {Bandwidth.Format(model.DownBytesPerNs * 8e9)} down, {Bandwidth.Format(model.UpBytesPerNs * 8e9)} up (effective); one step moves {model.PullBytesPerStep / 1e6:0.0} MB each way"),
            HorizonText(options),
        ];
    }

    /// <summary>How long the predictions were simulated, for the line above a table.</summary>
    public static string HorizonText(PredictionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Until is { } rule
            ? string.Create(CultureInfo.InvariantCulture,
                $"simulated until the 95% CI is within ±{rule.Precision * 100:0.###}% of the mean: {Counts.Of(rule.Replicas, "replica")}, at most {rule.MaxSteps:N0} steps per worker count; seed {options.Seed}")
            : $"fixed horizon: {Counts.Of(options.Replicas, "replica")} x {options.Steps} steps per worker, seed {options.Seed}";
    }

    /// <summary>Creates <paramref name="folder"/> and writes predictions.parquet and the throughput plot into it, both or neither.</summary>
    /// <exception cref="InvalidSettingException">The folder cannot be made.</exception>
    public static IReadOnlyList<string> WriteTableAndPlot(string folder, string plotName, string title, string tracePath, PredictionOptions options,
        IReadOnlyList<Prediction> predictions, double? bandwidth, int? batch, IReadOnlyList<Analysis.MeasuredPoint>? measured, CancellationToken cancellation)
    {
        using var staged = OutputFolder.Stage(folder);
        WriteTableAndPlotInto(staged.Path, plotName, title, tracePath, options, predictions, bandwidth, batch, measured, cancellation);
        cancellation.ThrowIfCancellationRequested();
        return staged.Commit();
    }

    private static PredictionRun WriteTableAndPlotInto(string folder, string plotName, string title, string tracePath, PredictionOptions options,
        IReadOnlyList<Prediction> predictions, double? bandwidth, int? batch, IReadOnlyList<Analysis.MeasuredPoint>? measured, CancellationToken cancellation)
    {
        var run = PredictionRun.Describe(tracePath, options, bandwidth, batch);
        PredictionTable.From(run, predictions, options.Scenario).Write(Path.Combine(folder, "predictions.parquet"), cancellation);
        ThroughputPlot.Save(Path.Combine(folder, plotName), $"{title} — {PathNames.Short(tracePath)}", predictions, measured);
        return run;
    }

    private static IReadOnlyList<string> WriteOutputs(string folder, PredictRequest request, IReadOnlyList<Prediction> predictions, CancellationToken cancellation)
    {
        var (tracePath, model, options) = (request.TracePath, request.Model, request.Options);
        // Every file goes into place together once all are written: a failure or Ctrl+C leaves none of them.
        using var staged = OutputFolder.Stage(folder);
        var described = WriteTableAndPlotInto(staged.Path, "throughput.png", "Predicted throughput", tracePath, options, predictions,
            request.Rates.BandwidthBitsPerS, request.Batch, null, cancellation);
        WriteSimulatedJob(staged.Path, request, request.TraceWorkers ?? Math.Min(4, options.Workers.Max()), cancellation);
        WriteRunPlots(staged.Path, request, cancellation);

        // Last, so that it links every file above.
        var scenario = options.Scenario ?? Scenario.Default;
        HtmlReport.Write(staged.Path, new PredictionReport(described, scenario.Describe(), HeaderLines(model, options, request.Wording.RatesUnderstood), predictions,
            options.RunSeconds, scenario.Mode.HasServer, request.Wording.Notes(predictions), model.Explanation, Explanations.Network(scenario))
        {
            NameOf = request.Wording.NameOf,
        });
        return staged.Commit();
    }

    // The simulated job a person can open in Perfetto (a short run of traceWorkers workers, every span recorded), and
    // the same job as Chakra execution traces (one .et per node) for ASTRA-sim and other Chakra tools: one step after
    // warm-up, as a Chakra graph is one iteration.
    private static void WriteSimulatedJob(string folder, PredictRequest request, int traceWorkers, CancellationToken cancellation)
    {
        var (model, options) = (request.Model, request.Options);
        var simulation = new SimulationOptions(traceWorkers, Math.Min(options.Steps, 10), Math.Min(options.WarmupSteps, 2), options.Durations,
            Predictor.SeedOf(options.Seed, traceWorkers, 0), RecordWorkers: traceWorkers, FlowPerMessage: options.FlowPerMessage, Scenario: options.Scenario);
        var replay = new ClusterSimulation(model, simulation) { EventBudget = Predictor.EventBudget(model, options.Scenario, traceWorkers, simulation.Steps) };
        replay.Run();
        cancellation.ThrowIfCancellationRequested();
        ChromeTraceWriter.Write(Path.Combine(folder, "trace.json"), model, replay.Recording!, simulation);

        var job = SyntheticJob.Build(model, replay.Recording!, traceWorkers, request.TracePath, options.Scenario);
        var step = job.Steps.Count > simulation.WarmupSteps ? simulation.WarmupSteps : job.Steps.Count - 1;
        ChakraWriter.Write(job, step, Path.Combine(folder, "chakra"), "job", cancellation);
        cancellation.ThrowIfCancellationRequested();
    }

    // How the busiest setup asked for (at most 16 workers, so a box per worker stays readable) uses the NICs over
    // time, and how its workers' step times spread.
    private static void WriteRunPlots(string folder, PredictRequest request, CancellationToken cancellation)
    {
        var (model, options) = (request.Model, request.Options);
        var busiest = options.Workers.Where(n => n <= 16).DefaultIfEmpty(options.Workers.Min()).Max();
        var timed = new SimulationOptions(busiest, options.Steps, options.WarmupSteps, options.Durations, Predictor.SeedOf(options.Seed, busiest, 0),
            RecordWorkers: 1, FlowPerMessage: options.FlowPerMessage, Scenario: options.Scenario);
        var run = new ClusterSimulation(model, timed) { EventBudget = Predictor.EventBudget(model, options.Scenario, busiest, timed.Steps) };
        var result = run.Run();
        var name = PathNames.Short(request.TracePath);
        UtilisationPlot.Save(Path.Combine(folder, "nic-utilisation.png"),
            $"{name}, {Counts.Of(busiest, "worker")}: {(run.Shards > 0 ? "parameter-server" : "worker")} NIC utilisation", RunSeries.NicUtilisation(run, bins: 60));
        StepTimePlot.Save(Path.Combine(folder, "step-times.png"), $"{name}, {Counts.Of(busiest, "worker")}: step time per worker",
            RunSeries.StepTimes(result, timed.WarmupSteps));
        cancellation.ThrowIfCancellationRequested();
    }
}
