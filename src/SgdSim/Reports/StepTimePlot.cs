using ScottPlot;

namespace SgdSim.Reports;

/// <summary>
/// The distribution of step times of each worker, as a PNG or, for a path ending in <c>.svg</c>, an SVG: a box per
/// worker (quartiles, median, whiskers to the furthest step within 1.5 × the interquartile range) over a strip of
/// every step as a dot, so that a slow worker, a spread-out one or a few outlying steps show at a glance. Times are in
/// ms when every step is shorter than two seconds, else in s.
/// </summary>
public static class StepTimePlot
{
    /// <summary>Width of the image in pixels.</summary>
    public const int Width = PlotDesign.Width;

    /// <summary>Height of the image in pixels.</summary>
    public const int Height = PlotDesign.Height;

    /// <summary>Legend text of the boxes.</summary>
    public const string BoxLegend = "box: quartiles and median";

    /// <summary>Legend text of the whiskers.</summary>
    public const string WhiskerLegend = "whiskers: 1.5 × interquartile range";

    /// <summary>Legend text of the dots.</summary>
    public const string StepLegend = "dot: one step";

    private static readonly Color BoxColour = Color.FromHex("#0072B2");
    private static readonly Color DotColour = Color.FromHex("#555555");

    /// <summary>
    /// Saves the plot of <paramref name="stepTimesS"/>: the step times in seconds of worker 0, worker 1, … in that
    /// order; a worker without steps gets an empty column.
    /// </summary>
    /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
    public static void Save(string path, string title, IReadOnlyList<IReadOnlyList<double>> stepTimesS) =>
        PlotDesign.Save(Create(title, stepTimesS), path);

    /// <summary>The box of one worker's step times, in the unit given by <paramref name="factor"/> (from seconds).</summary>
    internal static Box BoxOf(int worker, IReadOnlyList<double> stepTimesS, double factor)
    {
        var values = stepTimesS.Select(t => t * factor).Order().ToArray();
        var q1 = Quantiles.Of(values, 0.25);
        var q3 = Quantiles.Of(values, 0.75);
        var reach = 1.5 * (q3 - q1);
        return new Box
        {
            Position = worker,
            BoxMin = q1,
            BoxMax = q3,
            BoxMiddle = Quantiles.Of(values, 0.5),
            WhiskerMin = values.First(v => v >= q1 - reach),
            WhiskerMax = values.Last(v => v <= q3 + reach),
            Width = 0.5,
        };
    }

    /// <summary>Builds the plot; internal so that tests can check what it shows.</summary>
    internal static Plot Create(string title, IReadOnlyList<IReadOnlyList<double>> stepTimesS)
    {
        ArgumentNullException.ThrowIfNull(stepTimesS);
        var longest = stepTimesS.SelectMany(w => w).DefaultIfEmpty(0).Max();
        var (factor, unit) = PlotDesign.TimeUnit(longest);
        var plot = PlotDesign.Create(title, "worker", $"step time ({unit})");

        // Every step as a dot, spread sideways by a fixed low-discrepancy sequence (not random: the same data draws the
        // same picture) so that steps of equal length do not hide one another.
        var xs = new List<double>();
        var ys = new List<double>();
        for (var w = 0; w < stepTimesS.Count; w++)
        {
            for (var i = 0; i < stepTimesS[w].Count; i++)
            {
                xs.Add(w + (((i * 0.6180339887) % 1) - 0.5) * 0.4);
                ys.Add(stepTimesS[w][i] * factor);
            }
        }

        // ScottPlot's box plot cannot name itself in the legend without a box: with no steps at all, none is added.
        var drawn = stepTimesS.Select((times, w) => (times, w)).Where(x => x.times.Count > 0).Select(x => BoxOf(x.w, x.times, factor)).ToList();
        if (drawn.Count > 0)
        {
            var boxes = plot.Add.Boxes(drawn);
            boxes.LegendText = BoxLegend;

            // Set on the plottable, which otherwise paints every box in its own opaque default over the box's colours.
            boxes.FillColor = BoxColour.WithAlpha(0.2);
            boxes.LineColor = BoxColour;
            boxes.LineWidth = 1.8f;
        }

        var dots = plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray(), DotColour.WithAlpha(0.55));
        dots.MarkerSize = 4;
        dots.MarkerShape = MarkerShape.FilledCircle;
        dots.LegendText = StepLegend;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = WhiskerLegend, LineColor = BoxColour, LineWidth = 1.8f, MarkerShape = MarkerShape.None });

        PlotDesign.CountTicks(plot, Enumerable.Range(0, stepTimesS.Count));
        if (ys.Count > 0)
        {
            var (low, high) = (ys.Min(), ys.Max());
            var pad = Math.Max((high - low) * 0.1, high * 0.02);
            plot.Axes.SetLimitsY(Math.Max(0, low - pad), high + pad);
        }

        PlotDesign.LegendOutside(plot);
        return plot;
    }
}
