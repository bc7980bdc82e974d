using SgdSim.Calibration;
using SgdSim.Reports;
using SgdSim.Simulation;

namespace SgdSim.Analysis;

/// <summary>A prediction next to the measurement for the same worker count.</summary>
/// <param name="Workers">Number of workers.</param>
/// <param name="MeasuredStepsPerS">Measured throughput.</param>
/// <param name="MeasuredSdStepsPerS">Its standard deviation over runs, when known.</param>
/// <param name="PredictedStepsPerS">Predicted mean throughput.</param>
/// <param name="Ci95LowStepsPerS">Lower end of the prediction's 95% confidence interval.</param>
/// <param name="Ci95HighStepsPerS">Upper end of that interval.</param>
/// <param name="ErrorPct">(predicted − measured) / measured × 100: positive when the prediction is too optimistic.</param>
public sealed record ValidationRow(
    int Workers,
    double MeasuredStepsPerS,
    double? MeasuredSdStepsPerS,
    double PredictedStepsPerS,
    double Ci95LowStepsPerS,
    double Ci95HighStepsPerS,
    double ErrorPct)
{
    /// <summary>Whether the measurement lies inside the prediction's 95% confidence interval.</summary>
    public bool MeasuredInCi95 => MeasuredStepsPerS >= Ci95LowStepsPerS && MeasuredStepsPerS <= Ci95HighStepsPerS;

    /// <summary>2.5% quantile of the throughput one real run would measure, as predicted; null when not predicted.</summary>
    public double? RunRange95LowStepsPerS { get; init; }

    /// <summary>97.5% quantile of that run throughput; null when not predicted.</summary>
    public double? RunRange95HighStepsPerS { get; init; }

    /// <summary>The slowest measured run, when the measurements say.</summary>
    public double? MeasuredMinStepsPerS { get; init; }

    /// <summary>The fastest measured run, when the measurements say.</summary>
    public double? MeasuredMaxStepsPerS { get; init; }

    /// <summary>Whether the slowest and the fastest measured runs both lie inside the predicted run range; null when
    /// either is unknown.</summary>
    public bool? MeasuredRunsInRunRange95 =>
        (RunRange95LowStepsPerS, RunRange95HighStepsPerS, MeasuredMinStepsPerS, MeasuredMaxStepsPerS) is ({ } low, { } high, { } min, { } max)
            ? min >= low && max <= high
            : null;
}

/// <summary>Predictions compared with measurements.</summary>
/// <param name="Rows">One row per worker count both predicted and measured, in the measurements' order.</param>
/// <param name="MapePct">Mean absolute percentage error over <paramref name="Rows"/>: the mean of |error_pct|.</param>
/// <param name="MaxAbsErrorPct">The largest |error_pct|.</param>
/// <param name="UnpredictedWorkers">Measured worker counts that have no prediction (left out of the errors).</param>
public sealed record ValidationReport(
    IReadOnlyList<ValidationRow> Rows,
    double MapePct,
    double MaxAbsErrorPct,
    IReadOnlyList<int> UnpredictedWorkers);

/// <summary>Everything a validation of a trace's predictions against measurements found.</summary>
/// <param name="Predictions">The stationary predictions, one per worker count measured.</param>
/// <param name="Report">Those predictions against the measurements.</param>
/// <param name="Launched">Per worker count: runs simulated as the measured ones were made (every worker launched at
/// once, stopped after <see cref="PredictionOptions.RunSeconds"/>, measured as the testbed measures).</param>
/// <param name="NaiveBound">Per worker count: the naive bound min(N / T1, B / bytes per step).</param>
/// <param name="LaunchedErrorPct">Per worker count: the launched runs' error, percent of the measurement; NaN where
/// every simulated run was dropped (a worker completed fewer than 3 steps in it, as the testbed would drop it).</param>
public sealed record ValidationOutcome(
    IReadOnlyList<Prediction> Predictions,
    ValidationReport Report,
    IReadOnlyDictionary<int, LaunchedRuns.Outcome> Launched,
    IReadOnlyDictionary<int, double> NaiveBound,
    IReadOnlyDictionary<int, double> LaunchedErrorPct)
{
    /// <summary>Mean absolute error of the launched runs over the worker counts that have any; NaN when none has.</summary>
    public double LaunchedMapePct
    {
        get
        {
            var errors = LaunchedErrorPct.Values.Where(e => !double.IsNaN(e)).ToArray();
            return errors.Length == 0 ? double.NaN : errors.Average(Math.Abs);
        }
    }

    /// <summary>Mean absolute error of the naive bound against the measurements, percent.</summary>
    public double NaiveBoundMapePct => Report.Rows.Average(r => Math.Abs(NaiveBound[r.Workers] - r.MeasuredStepsPerS) / r.MeasuredStepsPerS * 100);
}

/// <summary>Compares predicted with measured throughput, worker count by worker count.</summary>
public static class Validation
{
    /// <summary>Predicts every worker count of <paramref name="options"/> from <paramref name="model"/>, compares the
    /// predictions with <paramref name="measured"/>, and simulates runs made as the measured ones were.</summary>
    /// <exception cref="ArgumentException">No worker count is both predicted and measured.</exception>
    public static ValidationOutcome Run(JobModel model, PredictionOptions options, IReadOnlyList<MeasuredPoint> measured,
        Func<IReadOnlyList<Prediction>>? predict = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var predictions = predict is null ? Predictor.Predict(model, options, cancellation) : predict();
        var report = Compare(predictions, measured);

        // The measured runs were launched together and stopped after RunSeconds: the same, simulated.
        var template = new SimulationOptions(1, Seed: options.Seed, Durations: options.Durations, FlowPerMessage: options.FlowPerMessage, Scenario: options.Scenario);
        var launched = report.Rows.ToDictionary(r => r.Workers, r => LaunchedRuns.Simulate(model, template, r.Workers, options.RunSeconds, cancellation: cancellation));
        var bound = report.Rows.ToDictionary(r => r.Workers, r => Predictor.NaiveBound(model, r.Workers));
        var errors = report.Rows.ToDictionary(r => r.Workers, r => (launched[r.Workers].MeanStepsPerS - r.MeasuredStepsPerS) / r.MeasuredStepsPerS * 100);
        return new ValidationOutcome(predictions, report, launched, bound, errors);
    }

    /// <summary>Pairs each measurement with the prediction for its worker count and sums up the errors.</summary>
    /// <exception cref="ArgumentException">No worker count is both predicted and measured.</exception>
    public static ValidationReport Compare(IReadOnlyList<Prediction> predictions, IReadOnlyList<MeasuredPoint> measured)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        return Compare([.. predictions.Select(p => PredictionRow.From(p, null))], measured);
    }

    /// <summary>As <see cref="Compare(IReadOnlyList{Prediction}, IReadOnlyList{MeasuredPoint})"/>, for rows read from a <see cref="PredictionTable"/>.</summary>
    /// <exception cref="ArgumentException">No worker count is both predicted and measured.</exception>
    public static ValidationReport Compare(IReadOnlyList<PredictionRow> predictions, IReadOnlyList<MeasuredPoint> measured)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(measured);
        var byWorkers = new Dictionary<int, PredictionRow>();
        foreach (var p in predictions)
        {
            byWorkers.TryAdd(p.Workers, p);
        }

        var rows = new List<ValidationRow>();
        var unpredicted = new List<int>();
        foreach (var m in measured)
        {
            if (!byWorkers.TryGetValue(m.Workers, out var p))
            {
                unpredicted.Add(m.Workers);
                continue;
            }

            var error = (p.ThroughputStepsPerS - m.ThroughputStepsPerS) / m.ThroughputStepsPerS * 100;
            rows.Add(new ValidationRow(m.Workers, m.ThroughputStepsPerS, m.SdStepsPerS, p.ThroughputStepsPerS, p.Ci95LowStepsPerS, p.Ci95HighStepsPerS, error)
            {
                RunRange95LowStepsPerS = p.RunRange95LowStepsPerS,
                RunRange95HighStepsPerS = p.RunRange95HighStepsPerS,
                MeasuredMinStepsPerS = m.MinStepsPerS,
                MeasuredMaxStepsPerS = m.MaxStepsPerS,
            });
        }

        if (rows.Count == 0)
        {
            throw new ArgumentException(
                $"No worker count is both predicted ({string.Join(", ", byWorkers.Keys)}) and measured ({string.Join(", ", unpredicted)}).", nameof(measured));
        }

        return new ValidationReport(rows, rows.Average(r => Math.Abs(r.ErrorPct)), rows.Max(r => Math.Abs(r.ErrorPct)), unpredicted);
    }
}
