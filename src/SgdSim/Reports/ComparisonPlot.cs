using System.Globalization;
using ScottPlot;
using ScottPlot.Plottables;

namespace SgdSim.Reports;

/// <summary>One point of a <see cref="LineSeries"/>.</summary>
/// <param name="X">Where it is on the x axis.</param>
/// <param name="Y">Its value.</param>
/// <param name="Low">Lower end of its 95% confidence interval, when it has one.</param>
/// <param name="High">Upper end of that interval.</param>
public sealed record SeriesPoint(double X, double Y, double? Low = null, double? High = null);

/// <summary>A named line of a <see cref="ComparisonPlot"/>: one policy, one placement, one bandwidth…</summary>
/// <param name="Label">Its name in the legend.</param>
/// <param name="Points">Its points, in any order (drawn by x).</param>
public sealed record LineSeries(string Label, IReadOnlyList<SeriesPoint> Points)
{
    /// <summary>The line of a throughput curve: workers on x, steps/s on y, with its confidence intervals.</summary>
    public static LineSeries Of(ThroughputSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return new(series.Label, [.. series.Points.Select(p => new SeriesPoint(p.Workers, p.StepsPerS, p.Ci95Low, p.Ci95High))]);
    }
}

/// <summary>
/// Several named series on one set of axes, as a PNG or, for a path ending in <c>.svg</c>, an SVG: each series a line
/// in its own colour and marker, its 95% confidence interval as a lighter band of that colour, the legend beside the
/// data so that it never hides a line.
/// </summary>
/// <remarks>
/// Lines rather than grouped bars: worker counts (and bandwidths, shard counts) are ordered quantities, and what a
/// reader wants at a glance is where each series stops scaling and where two series cross, which a line shows and a
/// row of bars does not; with more than a handful of worker counts, grouped bars also become too thin to read. Where
/// the bands of two series overlap, their difference is within the simulation's noise.
/// </remarks>
public static class ComparisonPlot
{
    /// <summary>Width of the image in pixels.</summary>
    public const int Width = PlotDesign.Width;

    /// <summary>Height of the image in pixels.</summary>
    public const int Height = PlotDesign.Height;

    /// <summary>Legend text of the shaded bands.</summary>
    public const string BandLegend = "shaded: 95% confidence interval";

    /// <summary>Saves throughput against workers for several named series (policies, say), each with its confidence band.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
    public static void Save(string path, string title, IReadOnlyList<ThroughputSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        Save(path, title, "workers", "throughput (steps/s)", [.. series.Select(LineSeries.Of)]);
    }

    /// <summary>
    /// Saves any named series against any x: the axis labels say what the values are and their units. Up to 16
    /// distinct x values get a tick each (worker or shard counts, a sweep's bandwidths), labelled short (<c>10G</c>);
    /// three or more positive x values spanning two decades or more get a logarithmic axis. The y axis starts at zero
    /// when no value is negative.
    /// </summary>
    /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
    public static void Save(string path, string title, string xLabel, string yLabel, IReadOnlyList<LineSeries> series) =>
        PlotDesign.Save(Create(title, xLabel, yLabel, series), path);

    /// <summary>Builds the plot; internal so that tests can check what it shows.</summary>
    internal static Plot Create(string title, string xLabel, string yLabel, IReadOnlyList<LineSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        series = MergeIdentical(series);
        var plot = PlotDesign.Create(title, xLabel, yLabel);
        var xs = series.SelectMany(s => s.Points.Select(p => p.X)).Where(double.IsFinite).Distinct().Order().ToArray();
        var logarithmic = xs.Length >= 3 && xs[0] > 0 && xs[^1] / xs[0] >= 100;
        double Position(double x) => logarithmic ? Math.Log10(x) : x;

        var bands = false;
        var (bottom, top) = (double.PositiveInfinity, double.NegativeInfinity);
        for (var i = 0; i < series.Count; i++)
        {
            var colour = PlotDesign.Colour(i);
            var points = series[i].Points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).OrderBy(p => p.X).ToArray();
            if (points.Length == 0)
            {
                continue;
            }

            var positions = points.Select(p => Position(p.X)).ToArray();
            if (points.Any(p => p.Low is not null && p.High is not null && p.High > p.Low))
            {
                var band = plot.Add.FillY(positions, [.. points.Select(p => p.Low ?? p.Y)], [.. points.Select(p => p.High ?? p.Y)]);
                band.FillColor = colour.WithAlpha(0.18);
                band.LineWidth = 0;
                bands = true;
            }

            var line = plot.Add.Scatter(positions, [.. points.Select(p => p.Y)], colour);
            line.LegendText = series[i].Label;
            line.LineWidth = 2;
            line.MarkerSize = 8;
            line.MarkerShape = PlotDesign.Markers[i % PlotDesign.Markers.Length];
            foreach (var p in points)
            {
                bottom = Math.Min(bottom, Math.Min(p.Y, p.Low ?? p.Y));
                top = Math.Max(top, Math.Max(p.Y, p.High ?? p.Y));
            }
        }

        if (bands)
        {
            plot.Legend.ManualItems.Add(PlotDesign.BandLegend(BandLegend));
        }

        XTicks(plot, xs, logarithmic);
        if (double.IsFinite(top))
        {
            var low = bottom >= 0 ? 0 : bottom;
            var span = top > low ? top - low : Math.Max(Math.Abs(top), 1);
            plot.Axes.SetLimitsY(low, top + (span * 0.08));
        }

        PlotDesign.LegendOutside(plot);
        return plot;
    }

    /// <summary>
    /// Lines that would be drawn over each other drawn once, the legend naming them all with a note: <c>tic, tac (same
    /// line)</c> when their points are equal, <c>(lines within 0.1%)</c> when every y differs by less than 0.1% of the
    /// largest y drawn (less than a pixel); <c>policy = tic, tac (same line)</c> when the labels share a
    /// <c>COLUMN = </c> start. Otherwise the last one drawn hides the others and the legend lists lines no one can see.
    /// </summary>
    internal static IReadOnlyList<LineSeries> MergeIdentical(IReadOnlyList<LineSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var tolerance = 1e-3 * series.SelectMany(l => l.Points).Select(p => Math.Abs(p.Y)).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        bool Close(LineSeries a, LineSeries b) => a.Points.Count > 0 && a.Points.Count == b.Points.Count
            && a.Points.Zip(b.Points).All(p => p.First.X == p.Second.X && Math.Abs(p.First.Y - p.Second.Y) <= tolerance);
        var merged = new List<(LineSeries First, List<LineSeries> Lines)>();
        foreach (var line in series)
        {
            var same = merged.FindIndex(m => Close(m.First, line));
            if (same < 0)
            {
                merged.Add((line, [line]));
            }
            else
            {
                merged[same].Lines.Add(line);
            }
        }

        return [.. merged.Select(m => m.Lines.Count == 1 ? m.First : m.First with
        {
            Label = JoinLabels([.. m.Lines.Select(l => l.Label)]) + (m.Lines.All(l => l.Points.SequenceEqual(m.First.Points)) ? " (same line)" : " (lines within 0.1%)"),
        })];
    }

    private static string JoinLabels(List<string> labels)
    {
        var prefix = labels[0].IndexOf(" = ", StringComparison.Ordinal) is var i and > 0 ? labels[0][..(i + 3)] : "";
        return prefix.Length > 0 && labels.All(l => l.StartsWith(prefix, StringComparison.Ordinal))
            ? prefix + string.Join(", ", labels.Select(l => l[prefix.Length..]))
            : string.Join(", ", labels);
    }

    private static void XTicks(Plot plot, double[] xs, bool logarithmic)
    {
        if (xs.Length == 0)
        {
            return;
        }

        if (!logarithmic && xs.All(x => x == Math.Round(x) && Math.Abs(x) < 1e6))
        {
            PlotDesign.CountTicks(plot, xs.Select(x => (int)x));
            return;
        }

        // A tick at each value drawn when they are few (a sweep's bandwidths), else round ones; short labels either way.
        var positions = xs.Select(x => logarithmic ? Math.Log10(x) : x).ToArray();
        var shown = xs.Length <= PlotDesign.MostLabelledTicks ? xs : logarithmic ? Decades(xs) : null;
        plot.Axes.Bottom.TickGenerator = shown is null
            ? new ScottPlot.TickGenerators.NumericAutomatic { TickDensity = 0.5, LabelFormatter = Compact }
            : new ScottPlot.TickGenerators.NumericManual([.. shown.Select(x => logarithmic ? Math.Log10(x) : x)], [.. shown.Select(Compact)]);
        var pad = positions[^1] > positions[0] ? (positions[^1] - positions[0]) * 0.04 : Math.Max(Math.Abs(positions[0]) * 0.1, 1);
        plot.Axes.SetLimitsX(positions[0] - pad, positions[^1] + pad);
    }

    // Powers of ten across the range, for a logarithmic axis with too many values to label each.
    private static double[] Decades(double[] xs) =>
        [.. Enumerable.Range((int)Math.Ceiling(Math.Log10(xs[0])), (int)Math.Floor(Math.Log10(xs[^1])) - (int)Math.Ceiling(Math.Log10(xs[0])) + 1).Select(e => Math.Pow(10, e))];

    /// <summary>A number as a short tick label: 1.5G, 300M, 10k, 0.5.</summary>
    internal static string Compact(double value)
    {
        var magnitude = Math.Abs(value);
        var (scale, suffix) = magnitude switch
        {
            >= 1e12 => (1e12, "T"),
            >= 1e9 => (1e9, "G"),
            >= 1e6 => (1e6, "M"),
            >= 1e3 => (1e3, "k"),
            _ => (1.0, ""),
        };
        return (value / scale).ToString("0.###", CultureInfo.InvariantCulture) + suffix;
    }
}
