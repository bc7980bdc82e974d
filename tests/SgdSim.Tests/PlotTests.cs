using ScottPlot;
using ScottPlot.Plottables;
using SgdSim.Calibration;
using SgdSim.Reports;
using SgdSim.Simulation;
using SgdSim.Tests.Support;
using SgdSim.Traces;

namespace SgdSim.Tests;

/// <summary>The comparison, utilisation and step-time plots, checked on what they draw and on the files they write.</summary>
public sealed class PlotTests : IDisposable
{
    private static readonly ThroughputSeries Fifo = new("fifo", [new(1, 10, 9, 11), new(2, 18, 17, 19), new(4, 30, 28, 32)]);
    private static readonly ThroughputSeries Tic = new("tic", [new(4, 34, 33, 35), new(1, 10, 9.5, 10.5), new(2, 19, 18, 20)]);
    private static readonly ThroughputSeries Bound = new("bound", [new(1, 12), new(2, 24), new(4, 48)]);

    private static readonly UtilisationSeries[] Nic =
    [
        new("PS 0 send", [0.0, 0.1, 0.2, 0.3], [0.0, 0.5, 1.0, 0.25]),
        new("PS 0 receive", [0.0, 0.1, 0.2, 0.3], [0.1, 0.2, 0.3, 0.4]),
    ];

    private static readonly IReadOnlyList<double>[] StepTimes =
    [
        [0.001, 0.002, 0.003, 0.004, 0.005, 0.006, 0.007, 0.008, 0.009],
        [0.001, 0.002, 0.003, 0.004, 0.005, 0.006, 0.007, 0.008, 0.009, 0.1],
    ];

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_comparison_draws_a_line_and_a_band_per_series_with_one_legend_entry_for_all_bands()
    {
        var plot = ComparisonPlot.Create("t", "workers", "throughput (steps/s)", [.. new[] { Fifo, Tic, Bound }.Select(LineSeries.Of)]);

        var lines = plot.GetPlottables<Scatter>().ToArray();
        Assert.Equal(["fifo", "tic", "bound"], lines.Select(l => l.LegendText));
        Assert.Equal([new Coordinates(1, 10), new Coordinates(2, 19), new Coordinates(4, 34)], lines[1].Data.GetScatterPoints()); // in x order
        Assert.Equal(3, lines.Select(l => l.Color).Distinct().Count());
        Assert.Equal(3, lines.Select(l => l.MarkerShape).Distinct().Count());
        Assert.Equal(2, plot.GetPlottables<FillY>().Count()); // the bound has no interval
        Assert.Equal(ComparisonPlot.BandLegend, Assert.Single(plot.Legend.ManualItems).LabelText);
        plot.RenderInMemory(ComparisonPlot.Width, ComparisonPlot.Height);
        Assert.Equal(0, plot.Axes.GetLimits().Bottom);
        Assert.True(plot.Axes.GetLimits().Top >= 48);
        Assert.Equal([1.0, 2, 4], plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Position));
    }

    [Fact]
    public void Bandwidths_get_a_short_label_at_each_value_on_a_logarithmic_axis_when_they_span_decades()
    {
        var series = new LineSeries("p", [new(1e8, 1), new(1e9, 5), new(1e10, 9), new(2.5e10, 9.5)]);

        var plot = ComparisonPlot.Create("t", "bandwidth (bits/s)", "throughput (steps/s)", [series]);
        plot.RenderInMemory(ComparisonPlot.Width, ComparisonPlot.Height);

        Assert.Equal([8.0, 9, 10, Math.Log10(2.5e10)], plot.GetPlottables<Scatter>().Single().Data.GetScatterPoints().Select(c => c.X));
        Assert.Equal(["100M", "1G", "10G", "25G"], plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label));

        var two = ComparisonPlot.Create("t", "bandwidth (bits/s)", "throughput (steps/s)", [new("p", [new(1e9, 1), new(1e10, 5)])]);
        two.RenderInMemory(ComparisonPlot.Width, ComparisonPlot.Height);
        Assert.Equal(["1G", "10G"], two.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label));
    }

    [Fact]
    public void Many_worker_counts_get_whole_number_ticks_that_do_not_crowd()
    {
        var series = new LineSeries("p", [.. Enumerable.Range(1, 64).Select(w => new SeriesPoint(w, w))]);

        var plot = ComparisonPlot.Create("t", "workers", "y", [series]);
        plot.RenderInMemory(ComparisonPlot.Width, ComparisonPlot.Height);

        var ticks = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor && t.Position is >= 1 and <= 64).ToArray();
        Assert.InRange(ticks.Length, 4, 16);
        Assert.All(ticks, t => Assert.Equal(Math.Round(t.Position), t.Position));
    }

    [Fact]
    public void Utilisation_is_drawn_in_percent_on_a_0_to_100_axis_against_ms_for_a_short_run()
    {
        var plot = UtilisationPlot.Create("NIC", Nic);

        var lines = plot.GetPlottables<Scatter>().ToArray();
        Assert.Equal(["PS 0 send", "PS 0 receive"], lines.Select(l => l.LegendText));
        Assert.Equal([0.0, 50, 100, 25], lines[0].Data.GetScatterPoints().Select(c => c.Y));
        Assert.Equal([0.0, 100, 200, 300], lines[0].Data.GetScatterPoints().Select(c => Math.Round(c.X, 9)));
        Assert.NotEqual(lines[0].LinePattern, lines[1].LinePattern);
        Assert.Equal("time (ms)", plot.Axes.Bottom.Label.Text);
        Assert.Equal("utilisation (%)", plot.Axes.Left.Label.Text);
        plot.RenderInMemory(UtilisationPlot.Width, UtilisationPlot.Height);
        var limits = plot.Axes.GetLimits();
        Assert.Equal((0.0, 105.0), (limits.Bottom, limits.Top));
        Assert.Equal([0.0, 20, 40, 60, 80, 100], plot.Axes.Left.TickGenerator.Ticks.Select(t => t.Position));
    }

    [Fact]
    public void A_long_run_is_drawn_in_seconds_and_a_series_with_fewer_values_than_times_is_refused()
    {
        var plot = UtilisationPlot.Create("NIC", [new("a", [0.0, 5.0], [0.5, 0.5])]);

        Assert.Equal("time (s)", plot.Axes.Bottom.Label.Text);
        Assert.Throws<ArgumentException>(() => UtilisationPlot.Create("NIC", [new("a", [0.0, 1.0], [0.5])]));
    }

    [Fact]
    public void A_workers_box_spans_its_quartiles_with_whiskers_to_the_furthest_step_within_one_and_a_half_IQR()
    {
        var plot = StepTimePlot.Create("steps", StepTimes);

        var boxes = Assert.Single(plot.GetPlottables<BoxPlot>()).Boxes;
        Assert.Equal([0.0, 1], boxes.Select(b => b.Position));
        Assert.Equal((3.0, 5.0, 7.0, 1.0, 9.0), (boxes[0].BoxMin, boxes[0].BoxMiddle!.Value, boxes[0].BoxMax, boxes[0].WhiskerMin!.Value, boxes[0].WhiskerMax!.Value), new ToleranceComparer());

        // Worker 1's 100 ms step lies beyond its whisker (Q3 7.75 + 1.5 × 5.5 = 16 ms) and shows as a dot only.
        Assert.Equal(9.0, boxes[1].WhiskerMax!.Value, 9);
        var dots = Assert.Single(plot.GetPlottables<Scatter>());
        Assert.Equal(19, dots.Data.GetScatterPoints().Count);
        Assert.Contains(dots.Data.GetScatterPoints(), c => c.Y == 100 && Math.Abs(c.X - 1) < 0.25);
        Assert.Equal("step time (ms)", plot.Axes.Left.Label.Text);
        Assert.Equal("worker", plot.Axes.Bottom.Label.Text);
    }

    [Fact]
    public void A_worker_without_steps_keeps_its_column_empty_and_nothing_at_all_still_draws()
    {
        var plot = StepTimePlot.Create("steps", [[], [0.5, 0.7, 0.6]]);
        plot.RenderInMemory(StepTimePlot.Width, StepTimePlot.Height);

        Assert.Equal([1.0], Assert.Single(plot.GetPlottables<BoxPlot>()).Boxes.Select(b => b.Position));
        Assert.Equal([0.0, 1], plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Position));
        StepTimePlot.Save(_dir.File("empty.png"), "no steps", []);
        UtilisationPlot.Save(_dir.File("empty-nic.png"), "no series", []);
        ComparisonPlot.Save(_dir.File("empty-lines.png"), "no lines", []);
        Assert.Equal(3, Directory.GetFiles(_dir.Path, "empty*.png").Length);
    }

    public static TheoryData<string> Kinds => ["comparison", "utilisation", "steps"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_plot_saves_a_PNG_of_its_size_and_an_SVG_showing_its_title_axis_labels_and_legend(string kind)
    {
        Action<string> save = kind switch
        {
            "comparison" => path => ComparisonPlot.Save(path, "Policies compared", [Fifo, Tic]),
            "utilisation" => path => UtilisationPlot.Save(path, "PS NIC over time", Nic),
            _ => path => StepTimePlot.Save(path, "Step times per worker", StepTimes),
        };
        string[] expected = kind switch
        {
            "comparison" => ["Policies compared", "workers", "throughput (steps/s)", "fifo", "tic", ComparisonPlot.BandLegend],
            "utilisation" => ["PS NIC over time", "time (ms)", "utilisation (%)", "PS 0 send", "PS 0 receive"],
            _ => ["Step times per worker", "worker", "step time (ms)", StepTimePlot.BoxLegend, StepTimePlot.WhiskerLegend, StepTimePlot.StepLegend],
        };

        save(_dir.File("p.png"));
        save(_dir.File("p.svg"));

        PlotFiles.AssertPng(_dir.File("p.png"), PlotDesign.Width, PlotDesign.Height);
        var texts = PlotFiles.SvgTexts(_dir.File("p.svg"));
        Assert.All(expected, e => Assert.Contains(e, texts));
        Assert.Equal(["p.png", "p.svg"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName).Order());
    }

    /// <summary>
    /// The sample images of the README and samples/images, from real runs of the bundled PyTorch trace: throughput
    /// at several link bandwidths, and a 4-worker run's PS NIC utilisation and step times. Written to the folder
    /// named by SGDSIM_SAMPLE_IMAGES when it is set, else to a temporary folder.
    /// </summary>
    [Fact]
    public void Sample_images_from_a_real_run_of_the_bundled_trace()
    {
        var folder = Environment.GetEnvironmentVariable("SGDSIM_SAMPLE_IMAGES") is { Length: > 0 } set ? set : _dir.Path;
        var trace = Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");
        var model = Calibrator.Calibrate(TraceReader.Read(trace), 1);

        var options = new PredictionOptions([1, 2, 3, 4, 5, 6, 7, 8], Replicas: 5, Steps: 30);
        var bandwidths = new (string Label, JobModel Model)[]
        {
            ("10 Gbit/s", Bandwidth.Apply(model, 10e9)),
            ("1 Gbit/s", Bandwidth.Apply(model, 1e9)),
            ("as profiled (loopback)", model),
            ("300 Mbit/s", Bandwidth.Apply(model, 300e6)),
        };
        var series = bandwidths.Select(b => ThroughputSeries.Of(b.Label, Predictor.Predict(b.Model, options))).ToArray();
        ComparisonPlot.Save(Path.Combine(folder, "compare-bandwidth.png"), "MLP (PyTorch RPC): throughput by link bandwidth", series);

        var simulation = new SimulationOptions(4, Steps: 40, WarmupSteps: 4, RecordWorkers: 4);
        var run = new ClusterSimulation(model, simulation);
        var result = run.Run();
        var steps = RunSeries.StepTimes(result, simulation.WarmupSteps);
        var nic = RunSeries.NicUtilisation(run, bins: 60);
        StepTimePlot.Save(Path.Combine(folder, "step-times.png"), "MLP (PyTorch RPC), 4 workers: step time per worker", steps);
        UtilisationPlot.Save(Path.Combine(folder, "ps-nic.png"), "MLP (PyTorch RPC), 4 workers: PS NIC utilisation", nic);

        // More bandwidth never lowers the predicted throughput, and a 4-worker run saturates the PS's receiving side.
        Assert.True(series[0].Points.Zip(series[3].Points).All(p => p.First.StepsPerS >= p.Second.StepsPerS));
        Assert.All(steps, w => Assert.Equal(simulation.Steps - simulation.WarmupSteps, w.Count));
        Assert.True(nic[1].Utilisation.Max() > 0.8, $"PS receive at most {nic[1].Utilisation.Max():P0}");
        foreach (var name in new[] { "compare-bandwidth.png", "step-times.png", "ps-nic.png" })
        {
            PlotFiles.AssertPng(Path.Combine(folder, name), PlotDesign.Width, PlotDesign.Height);
            Assert.InRange(new FileInfo(Path.Combine(folder, name)).Length, 1, 150_000);
        }
    }

    private sealed class ToleranceComparer : IEqualityComparer<(double, double, double, double, double)>
    {
        public bool Equals((double, double, double, double, double) a, (double, double, double, double, double) b) =>
            new[] { a.Item1 - b.Item1, a.Item2 - b.Item2, a.Item3 - b.Item3, a.Item4 - b.Item4, a.Item5 - b.Item5 }.All(d => Math.Abs(d) < 1e-9);

        public int GetHashCode((double, double, double, double, double) value) => 0;
    }
}
