using SgdSim.Simulation;

namespace SgdSim.Reports;

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

/// <summary>Compares predicted with measured throughput, worker count by worker count.</summary>
public static class Validation
{
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
