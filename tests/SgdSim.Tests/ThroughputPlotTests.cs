using System.Xml.Linq;
using ScottPlot;
using ScottPlot.Plottables;
using SgdSim.Analysis;
using SgdSim.Reports;
using SgdSim.Simulation;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>The throughput plot, checked on what it draws rather than on its pixels.</summary>
public sealed class ThroughputPlotTests
{
    private static readonly Prediction[] Predicted =
    [
        new(4, 4.0, 3.5, 4.5, [], 0.9, 0.9, 0.3, "ps-send", 0),
        new(1, 2.0, 1.9, 2.1, [], 0.4, 0.4, 0.9, "worker-compute", 0),
        new(2, 3.0, 2.8, 3.2, [], 0.7, 0.7, 0.6, "ps-send", 0),
    ];

    private static readonly MeasuredPoint[] Measured = [new(1, 2.1, 0.1), new(2, 3.3, null), new(3, 3.6, 0.2)];

    private static readonly ThroughputSeries Bound = new("bound", [new(1, 2.0), new(2, 4.0), new(4, 5.0)]);

    [Fact]
    public void The_plot_draws_the_mean_line_its_interval_band_the_measurements_with_error_bars_and_the_second_curve()
    {
        var plot = ThroughputPlot.Create("t", [ThroughputSeries.Of("predicted", Predicted), Bound], Measured);

        var band = Assert.Single(plot.GetPlottables<FillY>());
        var scatters = plot.GetPlottables<Scatter>().ToArray();
        var bars = Assert.Single(plot.GetPlottables<ErrorBar>());
        Assert.Equal(3, scatters.Length);
        Assert.Equal(["predicted: mean", "bound", "measured (± 1 sd)"], scatters.Select(s => s.LegendText));

        // Drawn in worker order whatever the input order.
        Assert.Equal([new Coordinates(1, 2), new Coordinates(2, 3), new Coordinates(4, 4)], scatters[0].Data.GetScatterPoints());
        Assert.Equal([new Coordinates(1, 2), new Coordinates(2, 4), new Coordinates(4, 5)], scatters[1].Data.GetScatterPoints());
        Assert.Equal([new Coordinates(1, 2.1), new Coordinates(2, 3.3), new Coordinates(3, 3.6)], scatters[2].Data.GetScatterPoints());
        Assert.Equal("predicted: 95% confidence interval", band.LegendText);
        var spanned = band.GetAxisLimits();
        Assert.Equal((1.0, 4.0, 1.9, 4.5), (spanned.Left, spanned.Right, spanned.Bottom, spanned.Top)); // lowest low to highest high
        Assert.Equal([0.1, 0, 0.2], bars.YErrorPositive);
    }

    [Fact]
    public void The_axes_are_labelled_with_units_start_at_zero_and_tick_only_at_drawn_worker_counts()
    {
        var plot = ThroughputPlot.Create("Title", [ThroughputSeries.Of("predicted", Predicted)], Measured);
        plot.RenderInMemory(ThroughputPlot.Width, ThroughputPlot.Height); // ticks are made when drawn
        var limits = plot.Axes.GetLimits();

        Assert.Equal("Title", plot.Axes.Title.Label.Text);
        Assert.Equal("workers", plot.Axes.Bottom.Label.Text);
        Assert.Equal("throughput (steps/s)", plot.Axes.Left.Label.Text);
        Assert.Equal(0, limits.Bottom);
        Assert.True(limits.Top >= 4.5, $"top {limits.Top} cuts the interval off");
        Assert.Equal([1.0, 2, 3, 4], plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Position));
        Assert.Single(plot.Axes.GetPanels().OfType<ScottPlot.Panels.LegendPanel>()); // the legend, under the axes
    }

    [Fact]
    public void Without_measurements_or_intervals_only_lines_are_drawn()
    {
        var plot = ThroughputPlot.Create("t", [Bound], null);

        Assert.Empty(plot.GetPlottables<FillY>());
        Assert.Empty(plot.GetPlottables<ErrorBar>());
        Assert.Equal("bound", Assert.Single(plot.GetPlottables<Scatter>()).LegendText);
    }

    [Fact]
    public void Measurements_without_a_spread_get_no_error_bars()
    {
        var plot = ThroughputPlot.Create("t", [ThroughputSeries.Of("predicted", Predicted)], [new(1, 2.0), new(2, 3.0, null)]);

        Assert.Empty(plot.GetPlottables<ErrorBar>());
        Assert.Equal("measured", plot.GetPlottables<Scatter>().Last().LegendText);
    }

    [Fact]
    public void A_png_path_gets_a_900_by_560_PNG_and_an_svg_path_an_SVG_of_that_size_and_nothing_else_is_left_behind()
    {
        using var dir = new TempDir();

        ThroughputPlot.Save(dir.File("t.png"), "t", Predicted, Measured, Bound);
        ThroughputPlot.Save(dir.File("t.svg"), "t", Predicted, Measured, Bound);

        PlotFiles.AssertPng(dir.File("t.png"), ThroughputPlot.Width, ThroughputPlot.Height);
        var svg = XDocument.Load(dir.File("t.svg")).Root!;
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Equal(ThroughputPlot.Width.ToString(), svg.Attribute("width")?.Value);
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value.Trim() == "throughput (steps/s)");
        Assert.All(["t", "workers", "predicted: mean", "predicted: 95% confidence interval", "bound", "measured (± 1 sd)"], text => Assert.Contains(text, PlotFiles.SvgTexts(dir.File("t.svg"))));
        Assert.Equal(["t.png", "t.svg"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order());
    }
}
