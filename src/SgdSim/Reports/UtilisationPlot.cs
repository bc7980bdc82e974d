using ScottPlot;

namespace SgdSim.Reports;

/// <summary>A named utilisation time series: one direction of one NIC, say <c>PS 0 send</c>.</summary>
/// <param name="Label">Its name in the legend.</param>
/// <param name="TimesS">When each value holds, in seconds from the start of the run, ascending.</param>
/// <param name="Utilisation">The share of capacity in use at each time, 0–1.</param>
public sealed record UtilisationSeries(string Label, IReadOnlyList<double> TimesS, IReadOnlyList<double> Utilisation);

/// <summary>
/// Utilisation over time, as a PNG or, for a path ending in <c>.svg</c>, an SVG: one line per series, the y axis from
/// 0 to 100% so that plots of different runs compare by eye, time in ms for runs shorter than two seconds and in s
/// otherwise, the legend beside the data.
/// </summary>
public static class UtilisationPlot
{
    /// <summary>Width of the image in pixels.</summary>
    public const int Width = PlotDesign.Width;

    /// <summary>Height of the image in pixels.</summary>
    public const int Height = PlotDesign.Height;

    /// <summary>Saves the plot of <paramref name="series"/> (the PS NIC's send and receive directions, say).</summary>
    /// <exception cref="ArgumentException">A series has not as many times as values.</exception>
    /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
    public static void Save(string path, string title, IReadOnlyList<UtilisationSeries> series) =>
        PlotDesign.Save(Create(title, series), path);

    /// <summary>Builds the plot; internal so that tests can check what it shows.</summary>
    internal static Plot Create(string title, IReadOnlyList<UtilisationSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        foreach (var s in series)
        {
            if (s.TimesS.Count != s.Utilisation.Count)
            {
                throw new ArgumentException($"Series '{s.Label}' has {s.TimesS.Count} times but {s.Utilisation.Count} values.", nameof(series));
            }
        }

        var end = series.SelectMany(s => s.TimesS).DefaultIfEmpty(0).Max();
        var start = series.SelectMany(s => s.TimesS).DefaultIfEmpty(0).Min();
        var (factor, unit) = PlotDesign.TimeUnit(end);
        var plot = PlotDesign.Create(title, $"time ({unit})", "utilisation (%)");
        for (var i = 0; i < series.Count; i++)
        {
            var line = plot.Add.Scatter(
                series[i].TimesS.Select(t => t * factor).ToArray(),
                series[i].Utilisation.Select(u => u * 100).ToArray(),
                PlotDesign.Colour(i));
            line.LegendText = series[i].Label;
            line.LineWidth = 1.8f;
            line.MarkerSize = 0;

            // Send and receive of one NIC often lie on top of each other: every other line dashed keeps both visible.
            line.LinePattern = i % 2 == 0 ? LinePattern.Solid : LinePattern.Dashed;
        }

        plot.Axes.SetLimitsY(0, 105);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [0, 20, 40, 60, 80, 100], ["0", "20", "40", "60", "80", "100"]);
        if (end > start)
        {
            plot.Axes.SetLimitsX(start * factor, end * factor);
        }

        PlotDesign.LegendOutside(plot);
        return plot;
    }
}
