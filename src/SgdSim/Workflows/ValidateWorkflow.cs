using System.Text.Json.Serialization;
using SgdSim.Analysis;
using SgdSim.Calibration;
using SgdSim.Simulation;

namespace SgdSim.Workflows;

/// <summary>A trace to validate against measurements of the same job.</summary>
/// <param name="TracePath">The trace, as given.</param>
/// <param name="MeasuredPath">The CSV of measured throughput (see <see cref="MeasuredThroughput"/>).</param>
/// <param name="Calibrate">Reads and calibrates the trace; called once the measurements are read.</param>
/// <param name="OptionsFor">The prediction's options for the worker counts to compare, on the calibrated model.</param>
public sealed record ValidateRequest(string TracePath, string MeasuredPath, Func<JobModel> Calibrate, Func<IReadOnlyList<int>, JobModel, PredictionOptions> OptionsFor)
{
    /// <summary>The worker counts of the measurements to compare; null for all of them.</summary>
    public IReadOnlyList<int>? Workers { get; init; }

    /// <summary>Samples per worker step, when known.</summary>
    public int? Batch { get; init; }

    /// <summary>The nominal NIC rates given.</summary>
    public NominalRates Rates { get; init; } = NominalRates.None;

    /// <summary>The folder to write the plot of both curves and the table to; null to write nothing.</summary>
    public string? OutputFolder { get; init; }
}

/// <summary>The runs simulated as the measured ones were made (every worker launched at once, stopped after the run length).</summary>
/// <param name="MeanStepsPerS">Their mean throughput; null when every run was dropped.</param>
/// <param name="Range95">The 2.5% and 97.5% quantiles, or null.</param>
/// <param name="ErrorPct">The mean's error, percent of the measurement; null when every run was dropped.</param>
/// <param name="RunsKept">Runs kept.</param>
/// <param name="RunsDropped">Runs dropped because a worker completed fewer than 3 steps.</param>
public sealed record LaunchedRecord(
    [property: JsonPropertyName("mean_steps_per_s")] double? MeanStepsPerS,
    [property: JsonPropertyName("range95")] double[]? Range95,
    [property: JsonPropertyName("error_pct")] double? ErrorPct,
    [property: JsonPropertyName("runs_kept")] int RunsKept,
    [property: JsonPropertyName("runs_dropped")] int RunsDropped);

/// <summary>One worker count of a validation as <c>--json</c> prints it: the measurement (with its spread, so that
/// a report can put the runs beside the prediction's interval), the prediction and the error.</summary>
public sealed record ValidationRecord
{
    /// <summary>Number of workers.</summary>
    [JsonPropertyName("workers")]
    public int Workers { get; init; }

    /// <summary>Measured throughput.</summary>
    [JsonPropertyName("measured_steps_per_s")]
    public double MeasuredStepsPerS { get; init; }

    /// <summary>Its standard deviation over runs, when known.</summary>
    [JsonPropertyName("measured_sd_steps_per_s")]
    public double? MeasuredSdStepsPerS { get; init; }

    /// <summary>The slowest measured run, when known.</summary>
    [JsonPropertyName("measured_min_steps_per_s")]
    public double? MeasuredMinStepsPerS { get; init; }

    /// <summary>The fastest measured run, when known.</summary>
    [JsonPropertyName("measured_max_steps_per_s")]
    public double? MeasuredMaxStepsPerS { get; init; }

    /// <summary>Measured runs, when known.</summary>
    [JsonPropertyName("measured_runs")]
    public int? MeasuredRuns { get; init; }

    /// <summary>Predicted mean throughput.</summary>
    [JsonPropertyName("predicted_steps_per_s")]
    public double PredictedStepsPerS { get; init; }

    /// <summary>Predicted samples per second, when the batch size is known.</summary>
    [JsonPropertyName("predicted_samples_per_s")]
    public double? PredictedSamplesPerS { get; init; }

    /// <summary>The prediction's 95% confidence interval, or null.</summary>
    [JsonPropertyName("ci95")]
    public double[]? Ci95 { get; init; }

    /// <summary>The predicted range of one run, or null.</summary>
    [JsonPropertyName("run_range95")]
    public double[]? RunRange95 { get; init; }

    /// <summary>Whether the slowest and fastest measured runs fall inside that range; null when unknown.</summary>
    [JsonPropertyName("measured_runs_in_run_range95")]
    public bool? MeasuredRunsInRunRange95 { get; init; }

    /// <summary>(predicted − measured) / measured × 100.</summary>
    [JsonPropertyName("error_pct")]
    public double ErrorPct { get; init; }

    /// <summary>The naive bound min(N / T1, B / bytes per step).</summary>
    [JsonPropertyName("naive_bound_steps_per_s")]
    public double NaiveBoundStepsPerS { get; init; }

    /// <summary>Runs simulated as the measured ones were made.</summary>
    [JsonPropertyName("launched_together")]
    public required LaunchedRecord LaunchedTogether { get; init; }
}

/// <summary>A validation's outcome: what <c>--json</c> prints, and (not serialised) what a text rendering needs.</summary>
public sealed record ValidateResult : RatedRunRecord
{
    /// <summary>The measurements, as given.</summary>
    [JsonPropertyName("measured")]
    [JsonPropertyOrder(1)]
    public required string Measured { get; init; }

    /// <summary>One row per worker count compared.</summary>
    [JsonPropertyName("rows")]
    [JsonPropertyOrder(30)]
    public required IReadOnlyList<ValidationRecord> Rows { get; init; }

    /// <summary>Mean absolute percentage error.</summary>
    [JsonPropertyName("mape_pct")]
    [JsonPropertyOrder(31)]
    public double MapePct { get; init; }

    /// <summary>The largest absolute error, percent.</summary>
    [JsonPropertyName("max_abs_error_pct")]
    [JsonPropertyOrder(32)]
    public double MaxAbsErrorPct { get; init; }

    /// <summary>Mean absolute error of the naive bound, percent.</summary>
    [JsonPropertyName("naive_bound_mape_pct")]
    [JsonPropertyOrder(33)]
    public double NaiveBoundMapePct { get; init; }

    /// <summary>Mean absolute error of the launched runs, percent; null when no count has any.</summary>
    [JsonPropertyName("launched_together_mape_pct")]
    [JsonPropertyOrder(34)]
    public double? LaunchedTogetherMapePct { get; init; }

    /// <summary>The calibrated values.</summary>
    [JsonPropertyName("calibration")]
    [JsonPropertyOrder(35)]
    public required CalibrationRecord Calibration { get; init; }

    /// <summary>The options the predictions ran with.</summary>
    [JsonIgnore]
    public PredictionOptions Options { get; init; } = null!;

    /// <summary>Everything the validation found.</summary>
    [JsonIgnore]
    public ValidationOutcome Outcome { get; init; } = null!;
}

/// <summary>Predicts every worker count a measurement file lists and compares: error per count, MAPE, worst error,
/// the naive bound's error, and runs simulated as the measured ones were made.</summary>
public static class ValidateWorkflow
{
    /// <summary>Runs <paramref name="request"/>, reporting the simulation's progress to <paramref name="progress"/>.</summary>
    /// <exception cref="InvalidInputException">The measurements cannot be read.</exception>
    /// <exception cref="InvalidSettingException">A worker count asked for has no measurement, or the output folder cannot be made.</exception>
    public static ValidateResult Run(ValidateRequest request, IWorkProgress? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var points = Measurements(request);
        var model = request.Calibrate();
        var options = request.OptionsFor([.. points.Select(p => p.Workers).Distinct().Order()], model);
        var outcome = Validation.Run(model, options, points, () => PredictWorkflow.Simulate(model, options, progress ?? NoProgress.Instance, cancellation), cancellation);
        var files = request.OutputFolder is { } folder
            ? PredictWorkflow.WriteTableAndPlot(folder, "validation.png", "Predicted vs measured", request.TracePath, options, outcome.Predictions,
                request.Rates.BandwidthBitsPerS, request.Batch, points, cancellation)
            : null;
        var runsByWorkers = points.ToDictionary(p => p.Workers, p => p.Runs);
        return new ValidateResult
        {
            Trace = request.TracePath,
            Measured = request.MeasuredPath,
            Seed = options.Seed,
            Replicas = options.Until?.Replicas ?? options.Replicas,
            StoppingRule = options.Until is { } rule ? new StoppingRuleRecord(rule.Precision, rule.MaxSteps) : null,
            StepsPerWorker = options.Until is null ? options.Steps : null,
            RunSeconds = options.RunSeconds,
            BandwidthBitsPerS = request.Rates.BandwidthBitsPerS,
            WorkerBandwidthBitsPerS = request.Rates.WorkerBitsPerS,
            PsBandwidthBitsPerS = request.Rates.ServerBitsPerS,
            Rows = [.. outcome.Report.Rows.Select(r => Row(r, outcome, runsByWorkers[r.Workers], request.Batch))],
            MapePct = outcome.Report.MapePct,
            MaxAbsErrorPct = outcome.Report.MaxAbsErrorPct,
            NaiveBoundMapePct = outcome.NaiveBoundMapePct,
            LaunchedTogetherMapePct = NullIfNaN(outcome.LaunchedMapePct),
            Calibration = new CalibrationRecord(model.Explanation, WithDerivations: false),
            Files = files,
            Options = options,
            Outcome = outcome,
        };
    }

    private static IReadOnlyList<MeasuredPoint> Measurements(ValidateRequest request)
    {
        var points = MeasuredThroughput.Read(request.MeasuredPath);
        if (request.Workers is not { } wanted)
        {
            return points;
        }

        var missing = wanted.Except(points.Select(p => p.Workers)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidSettingException(Setting.WorkerCounts, null,
                $"{request.MeasuredPath} has no measurement at {string.Join(", ", missing)} worker{(missing is [1] ? "" : "s")}.");
        }

        return [.. points.Where(p => wanted.Contains(p.Workers))];
    }

    private static ValidationRecord Row(ValidationRow r, ValidationOutcome outcome, int? runs, int? batch)
    {
        var launched = outcome.Launched[r.Workers];
        return new ValidationRecord
        {
            Workers = r.Workers,
            MeasuredStepsPerS = r.MeasuredStepsPerS,
            MeasuredSdStepsPerS = r.MeasuredSdStepsPerS,
            MeasuredMinStepsPerS = r.MeasuredMinStepsPerS,
            MeasuredMaxStepsPerS = r.MeasuredMaxStepsPerS,
            MeasuredRuns = runs,
            PredictedStepsPerS = r.PredictedStepsPerS,
            PredictedSamplesPerS = batch is { } b ? r.PredictedStepsPerS * b : null,
            Ci95 = PredictedPoint.Range(r.Ci95LowStepsPerS, r.Ci95HighStepsPerS),
            RunRange95 = PredictedPoint.Range(r.RunRange95LowStepsPerS ?? double.NaN, r.RunRange95HighStepsPerS ?? double.NaN),
            MeasuredRunsInRunRange95 = r.MeasuredRunsInRunRange95,
            ErrorPct = r.ErrorPct,
            NaiveBoundStepsPerS = outcome.NaiveBound[r.Workers],
            LaunchedTogether = new LaunchedRecord(NullIfNaN(launched.MeanStepsPerS), PredictedPoint.Range(launched.Low, launched.High),
                NullIfNaN(outcome.LaunchedErrorPct[r.Workers]), launched.Kept, launched.Dropped),
        };
    }

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;
}
