using ScottPlot;
using SgdSim.Analysis;
using SgdSim.Simulation;

namespace SgdSim.Reports;

/// <summary>One point of a throughput curve.</summary>
/// <param name="Workers">Number of workers.</param>
/// <param name="StepsPerS">Throughput of all workers together.</param>
/// <param name="Ci95Low">Lower end of its 95% confidence interval, when it has one.</param>
/// <param name="Ci95High">Upper end of that interval.</param>
public sealed record ThroughputPoint(int Workers, double StepsPerS, double? Ci95Low = null, double? Ci95High = null)
{
    /// <summary>An interval's end as a plot takes it: null where there is none (NaN, as with too few replicas).</summary>
    public static double? Bound(double? value) => value is { } v && !double.IsNaN(v) ? v : null;
}

/// <summary>A named throughput curve: a prediction, or a bound drawn for comparison.</summary>
/// <param name="Label">Its name in the legend.</param>
/// <param name="Points">Its points, in any order (drawn by worker count).</param>
public sealed record ThroughputSeries(string Label, IReadOnlyList<ThroughputPoint> Points)
{
    /// <summary>The curve of <paramref name="predictions"/>, with their confidence intervals.</summary>
    public static ThroughputSeries Of(string label, IReadOnlyList<Prediction> predictions) =>
        new(label, [.. predictions.Select(p => new ThroughputPoint(p.Workers, p.ThroughputStepsPerS, ThroughputPoint.Bound(p.Ci95Low), ThroughputPoint.Bound(p.Ci95High)))]);

    /// <summary>The curve of rows read from a <see cref="PredictionTable"/>, with their confidence intervals.</summary>
    public static ThroughputSeries Of(string label, IReadOnlyList<PredictionRow> rows) =>
        new(label, [.. rows.Select(r => new ThroughputPoint(r.Workers, r.ThroughputStepsPerS, ThroughputPoint.Bound(r.Ci95LowStepsPerS), ThroughputPoint.Bound(r.Ci95HighStepsPerS)))]);
}

/// <summary>
/// Throughput against worker count as a PNG or, for a path ending in <c>.svg</c>, an SVG: each predicted curve as a
/// line with markers and its 95% confidence interval as a shaded band, the measurements as points with ± one
/// standard deviation where known.
/// </summary>
public static class ThroughputPlot
{
    /// <summary>Width of the image in pixels.</summary>
    public const int Width = PlotDesign.Width;

    /// <summary>Height of the image in pixels.</summary>
    public const int Height = PlotDesign.Height;

    private static readonly Color MeasuredColour = Color.FromHex("#000000");

    /// <summary>Saves the plot of <paramref name="predicted"/>, with <paramref name="measured"/> and a second curve (a bound, say) when given.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
    public static void Save(string path, string title, IReadOnlyList<Prediction> predicted, IReadOnlyList<MeasuredPoint>? measured = null, ThroughputSeries? other = null)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        var series = new List<ThroughputSeries> { ThroughputSeries.Of("predicted", predicted) };
        if (other is not null)
        {
            series.Add(other);
        }

        Save(path, title, series, measured);
    }

    /// <summary>Saves the plot of several predicted curves, with <paramref name="measured"/> when given, atomically.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
    public static void Save(string path, string title, IReadOnlyList<ThroughputSeries> predicted, IReadOnlyList<MeasuredPoint>? measured = null)
    {
        PlotDesign.Save(Create(title, predicted, measured), path);
    }

    /// <summary>Builds the plot; internal so that tests can check what it shows.</summary>
    internal static Plot Create(string title, IReadOnlyList<ThroughputSeries> predicted, IReadOnlyList<MeasuredPoint>? measured)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        measured ??= [];
        var plot = PlotDesign.Create(title, "workers", "throughput (steps/s)");

        var top = 0.0;
        for (var i = 0; i < predicted.Count; i++)
        {
            var series = predicted[i];
            var colour = PlotDesign.Colour(i);
            var points = series.Points.OrderBy(p => p.Workers).ToArray();
            var xs = points.Select(p => (double)p.Workers).ToArray();
            var hasInterval = points.Any(p => p.Ci95Low is not null && p.Ci95High is not null && p.Ci95High > p.Ci95Low);
            if (hasInterval)
            {
                var band = plot.Add.FillY(xs, [.. points.Select(p => p.Ci95Low ?? p.StepsPerS)], [.. points.Select(p => p.Ci95High ?? p.StepsPerS)]);
                band.FillColor = colour.WithAlpha(0.22);
                band.LineWidth = 0;
                band.LegendText = $"{series.Label}: 95% confidence interval";
                top = Math.Max(top, points.Max(p => p.Ci95High ?? p.StepsPerS));
            }

            var line = plot.Add.Scatter(xs, [.. points.Select(p => p.StepsPerS)], colour);
            line.LegendText = hasInterval ? $"{series.Label}: mean" : series.Label;
            line.LineWidth = 2;
            line.MarkerSize = 8;
            line.MarkerShape = i == 0 ? MarkerShape.FilledCircle : MarkerShape.OpenCircle;
            line.LinePattern = i == 0 ? LinePattern.Solid : LinePattern.Dashed;
            top = Math.Max(top, points.Select(p => p.StepsPerS).DefaultIfEmpty(0).Max());
        }

        if (measured.Count > 0)
        {
            var points = measured.OrderBy(p => p.Workers).ToArray();
            var xs = points.Select(p => (double)p.Workers).ToArray();
            var ys = points.Select(p => p.ThroughputStepsPerS).ToArray();
            var withSd = points.Any(p => p.SdStepsPerS > 0);
            if (withSd)
            {
                var bars = plot.Add.ErrorBar(xs, ys, [.. points.Select(p => p.SdStepsPerS ?? 0)]);
                bars.Color = MeasuredColour;
                bars.LineWidth = 1.5f;
                top = Math.Max(top, points.Max(p => p.ThroughputStepsPerS + (p.SdStepsPerS ?? 0)));
            }

            var dots = plot.Add.ScatterPoints(xs, ys, MeasuredColour);
            dots.MarkerShape = MarkerShape.FilledSquare;
            dots.MarkerSize = 9;
            dots.LegendText = withSd ? "measured (± 1 sd)" : "measured";
            top = Math.Max(top, ys.Max());
        }

        // Whole worker counts on the x axis; the y axis from zero so that ratios read true.
        PlotDesign.CountTicks(plot, predicted.SelectMany(s => s.Points.Select(p => p.Workers)).Concat(measured.Select(p => p.Workers)));
        plot.Axes.SetLimitsY(0, top > 0 ? top * 1.12 : 1);
        PlotDesign.LegendOutside(plot);
        return plot;
    }
}
