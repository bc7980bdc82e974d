using Parquet;
using Parquet.Schema;
using SgdSim.Reports;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary><c>sgdsim plot</c> on tables sgdsim wrote, and its refusals.</summary>
public sealed class PlotCommandTests : IDisposable
{
    private static readonly string[] Policies = ["fifo", "tic", "tac"];

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // A table laid out as a sweep: every policy at 1, 2 and 4 workers and at two bandwidths, with its intervals.
    private string Sweep(IReadOnlyDictionary<string, string>? metadata = null)
    {
        var rows = (from policy in Policies from bandwidth in new[] { 1e9, 1e10 } from workers in new[] { 1, 2, 4 } select (policy, bandwidth, workers)).ToArray();
        var throughput = rows.Select(r => r.workers * (1 + Array.IndexOf(Policies, r.policy)) * (r.bandwidth / 1e9)).ToArray();
        var fields = new DataField[]
        {
            new DataField<int>("workers"), new DataField<string>("policy"), new DataField<double>("bandwidth_bits_per_s"),
            new DataField<int>("ps_shards"), new DataField<double>("throughput_steps_per_s"), new DataField<double>("ci95_low_steps_per_s"),
            new DataField<double>("ci95_high_steps_per_s"), new DataField<double?>("ps_send_utilisation"),
        };
        var path = _dir.File("sweep.parquet");
        Write(path, fields, metadata ?? new Dictionary<string, string> { ["sgdsim.table"] = "sweep", ["sgdsim.trace"] = "traces/pytorch-rpc-mlp" }, async group =>
        {
            await group.WriteAsync(fields[0], Memory(rows.Select(r => r.workers).ToArray()));
            await group.WriteAsync(fields[1], rows.Select(r => (string?)r.policy).ToArray());
            await group.WriteAsync(fields[2], Memory(rows.Select(r => r.bandwidth).ToArray()));
            await group.WriteAsync(fields[3], Memory(rows.Select(_ => 1).ToArray()));
            await group.WriteAsync(fields[4], Memory(throughput));
            await group.WriteAsync(fields[5], Memory(throughput.Select(t => t * 0.9).ToArray()));
            await group.WriteAsync(fields[6], Memory(throughput.Select(t => t * 1.1).ToArray()));
            await group.WriteAsync(fields[7], Memory(rows.Select(r => r.workers == 4 ? null : (double?)(0.2 * r.workers)).ToArray()));
        });
        return path;
    }

    private static ReadOnlyMemory<T> Memory<T>(T[] values) => values;

    private static void Write(string path, DataField[] fields, IReadOnlyDictionary<string, string> metadata, Func<ParquetRowGroupWriter, Task> columns)
    {
        async Task WriteAsync()
        {
            await using var stream = File.Create(path);
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
            writer.CustomMetadata = new Dictionary<string, string>(metadata);
            using var group = writer.CreateRowGroup();
            await columns(group);
        }

        WriteAsync().GetAwaiter().GetResult();
    }

    [Fact]
    public void A_predictions_table_from_predict_out_is_plotted_next_to_it_by_default()
    {
        var results = _dir.File("results");
        var trace = Path.Combine(Paths.RepositoryRoot, "traces", "pytorch-rpc-mlp");
        Assert.Equal(0, CliRunner.Run("predict", trace, "--workers", "1-3", "--replicas", "3", "--steps", "8", "--out", results).ExitCode);

        var result = CliRunner.Run("plot", Path.Combine(results, "predictions.parquet"));
        var svg = CliRunner.Run("plot", Path.Combine(results, "predictions.parquet"), "--out", _dir.File("p.svg"), "--title", "Three workers");

        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.Equal(Path.Combine(results, "predictions.throughput-vs-workers.png"), result.Stdout.Trim());
        PlotFiles.AssertPng(Path.Combine(results, "predictions.throughput-vs-workers.png"), ComparisonPlot.Width, ComparisonPlot.Height);
        Assert.Equal(0, svg.ExitCode);
        var texts = PlotFiles.SvgTexts(_dir.File("p.svg"));
        Assert.Contains("Three workers", texts);
        Assert.Contains("workers", texts);
        Assert.Contains("throughput (steps/s)", texts);
        Assert.Contains(ComparisonPlot.BandLegend, texts);
        Assert.Contains("3", texts);
        Assert.DoesNotContain("2.5", texts); // a tick per worker count, none between
    }

    [Fact]
    public void Series_give_one_legend_entry_per_distinct_value_of_a_text_column()
    {
        var result = CliRunner.Run("plot", Sweep(), "--series", "policy", "--where", "bandwidth_bits_per_s=1e9", "--out", _dir.File("p.svg"));

        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        var texts = PlotFiles.SvgTexts(_dir.File("p.svg"));
        Assert.Equal(["policy = fifo", "policy = tac", "policy = tic"], texts.Where(t => t.StartsWith("policy = ", StringComparison.Ordinal)).Order());
        Assert.Contains("Throughput vs workers by policy (bandwidth = 1 Gbit/s) — traces/pytorch-rpc-mlp", texts);
        Assert.Contains(ComparisonPlot.BandLegend, texts);
    }

    [Fact]
    public void The_title_names_the_filters_and_the_series_by_its_quantity()
    {
        var table = ResultTable.Read(Sweep());

        var (_, _, _, filtered) = TablePlot.Lines(table, "workers", "throughput_steps_per_s", "policy", [new("bandwidth_bits_per_s", "125MB/s"), new("ps_shards", "1")]);
        var (_, _, _, byRate) = TablePlot.Lines(table, "workers", "throughput_steps_per_s", "bandwidth_bits_per_s", [new("policy", "tic")]);

        Assert.Equal("Throughput vs workers by policy (bandwidth = 1 Gbit/s, ps_shards = 1) — traces/pytorch-rpc-mlp", filtered);
        Assert.Equal("Throughput vs workers by bandwidth (policy = tic) — traces/pytorch-rpc-mlp", byRate);
    }

    [Fact]
    public void Plots_of_one_table_without_out_get_names_of_their_own_instead_of_replacing_each_other()
    {
        var sweep = Sweep();

        var first = CliRunner.Run("plot", sweep, "--series", "policy", "--where", "bandwidth_bits_per_s=1Gbps");
        var second = CliRunner.Run("plot", sweep, "--series", "policy", "--where", "bandwidth_bits_per_s=10Gbps");
        var third = CliRunner.Run("plot", sweep, "--y", "ps_send_utilisation", "--where", "policy=fifo", "--where", "bandwidth_bits_per_s=1e9");

        string[] images = [first.Stdout.Trim(), second.Stdout.Trim(), third.Stdout.Trim()];
        Assert.Equal(_dir.File("sweep.throughput-vs-workers-by-policy-bandwidth_bits_per_s=1Gbps.png"), images[0]);
        Assert.Equal(3, images.Distinct().Count());
        Assert.All(images, image => Assert.True(File.Exists(image), image));
    }

    [Fact]
    public void Lines_with_the_same_points_are_drawn_once_and_the_legend_names_them_all()
    {
        SeriesPoint[] same = [new(1, 2), new(2, 4)];

        var merged = ComparisonPlot.MergeIdentical([new("policy = fifo", [new(1, 1), new(2, 3)]), new("policy = tic", same), new("policy = tac", same)]);
        var bare = ComparisonPlot.MergeIdentical([new("tic", same), new("tac", same)]);

        var close = ComparisonPlot.MergeIdentical([new("a", same), new("b", [new(1, 2.003), new(2, 4)]), new("c", [new(1, 2.01), new(2, 4)])]);

        Assert.Equal(["policy = fifo", "policy = tic, tac (same line)"], merged.Select(l => l.Label));
        Assert.Equal("tic, tac (same line)", Assert.Single(bare).Label);
        Assert.Equal(["a, b (lines within 0.1%)", "c"], close.Select(l => l.Label)); // 0.003 of 4 is under 0.1%, 0.01 is not
    }

    [Fact]
    public void Series_of_a_numeric_column_are_in_numeric_order_and_bandwidth_on_x_is_logarithmic_in_short_units()
    {
        var table = ResultTable.Read(Sweep());

        var (lines, xLabel, yLabel, _) = TablePlot.Lines(table, "bandwidth_bits_per_s", "throughput_steps_per_s", "workers", [new("policy", "tic")]);

        Assert.Equal(["workers = 1", "workers = 2", "workers = 4"], lines.Select(l => l.Label));
        Assert.Equal(("bandwidth (bits/s)", "throughput (steps/s)"), (xLabel, yLabel));
        Assert.Equal([(1e9, 8.0, 7.2, 8.8), (1e10, 80.0, 72.0, 88.0)], lines[2].Points.Select(p => (p.X, p.Y, Math.Round(p.Low!.Value, 9), Math.Round(p.High!.Value, 9))));
    }

    [Theory]
    [InlineData("1e9", 1e9)]
    [InlineData("1Gbps", 1e9)]
    [InlineData("125MB/s", 1e9)]
    [InlineData("1.25GB/s", 1e10)]
    [InlineData("10Gbit/s", 1e10)]
    public void A_filter_on_a_rate_column_reads_the_rate_with_its_unit(string value, double bits)
    {
        var table = ResultTable.Read(Sweep());

        var (lines, _, _, _) = TablePlot.Lines(table, "workers", "throughput_steps_per_s", "policy", [new("bandwidth_bits_per_s", value)]);

        // Throughput in the table is workers × (policy's index + 1) × (rate / 1 Gbit/s): the rows at that rate only.
        Assert.Equal(3, lines.Count);
        Assert.Equal(bits / 1e9, lines.Single(l => l.Label == "policy = fifo").Points[0].Y, 9);
    }

    [Theory]
    [InlineData("1G")]
    [InlineData("1gbps")]
    public void A_filter_on_a_rate_column_with_an_ambiguous_rate_is_refused(string value) =>
        Refusal.AssertOneLine(CliRunner.Run("plot", Sweep(), "--series", "policy", "--where", $"bandwidth_bits_per_s={value}", "--out", _dir.File("p.png")),
            $"--where bandwidth_bits_per_s={value}", "b = bits, B = bytes");

    [Fact]
    public void A_utilisation_column_is_shown_in_percent_and_rows_without_a_value_are_left_out()
    {
        var table = ResultTable.Read(Sweep());

        var (lines, _, yLabel, _) = TablePlot.Lines(table, "workers", "ps_send_utilisation", null, [new("policy", "fifo"), new("bandwidth_bits_per_s", "1e9")]);

        Assert.Equal("PS send utilisation (%)", yLabel);
        Assert.Equal([(1.0, 20.0), (2.0, 40.0)], Assert.Single(lines).Points.Select(p => (p.X, Math.Round(p.Y, 9))));
        Assert.All(lines[0].Points, p => Assert.Null(p.Low));
    }

    [Theory]
    [InlineData("throughput_steps_per_s", "throughput (steps/s)", 1)]
    [InlineData("samples_per_s", "samples/s", 1)]
    [InlineData("bandwidth_bits_per_s", "bandwidth (bits/s)", 1)]
    [InlineData("ps_send_utilisation", "PS send utilisation (%)", 100)]
    [InlineData("worker_compute_share", "worker compute share (%)", 100)]
    [InlineData("step_time_s", "step time (s)", 1)]
    [InlineData("ps_shards", "PS shards", 1)]
    [InlineData("workers", "workers", 1)]
    public void A_column_name_becomes_an_axis_label_with_its_unit(string column, string label, double scale)
    {
        var (name, factor) = TablePlot.Describe(column);

        Assert.Equal((label, scale), (name.Label, factor));
    }

    [Fact]
    public void A_file_that_is_not_Parquet_is_refused()
    {
        File.WriteAllText(_dir.File("t.parquet"), "workers,throughput\n1,2\n");

        Refusal.AssertOneLine(CliRunner.Run("plot", _dir.File("t.parquet")), "t.parquet", "cannot be read as Parquet");
    }

    [Fact]
    public void A_Parquet_file_not_written_by_sgdsim_is_refused()
    {
        var path = Sweep(new Dictionary<string, string> { ["writer"] = "someone else" });

        Refusal.AssertOneLine(CliRunner.Run("plot", path), "sweep.parquet", "not a table written by SgdSim", "sgdsim.table");
        Assert.False(File.Exists(_dir.File("sweep.png")));
    }

    [Fact]
    public void An_unknown_column_is_refused_with_the_columns_the_table_has()
    {
        Refusal.AssertOneLine(CliRunner.Run("plot", Sweep(), "--series", "polcy"), "no column 'polcy'", "workers, policy, bandwidth_bits_per_s, ps_shards, throughput_steps_per_s");
        Refusal.AssertOneLine(CliRunner.Run("plot", Sweep(), "--y", "policy"), "'policy' of text");
    }

    [Fact]
    public void Rows_that_repeat_an_x_value_in_one_line_are_refused_with_what_to_do()
    {
        Refusal.AssertOneLine(CliRunner.Run("plot", Sweep(), "--series", "policy"), "2 rows of policy=fifo at workers=1", "--where");
        Refusal.AssertOneLine(CliRunner.Run("plot", Sweep(), "--where", "policy=none"), "no row with values of 'workers' and 'throughput_steps_per_s' where policy=none");
        Refusal.AssertOneLine(CliRunner.Run("plot", Sweep(), "--where", "policy"), "--where policy: expected COLUMN=VALUE");
    }

    [Fact]
    public void An_unwritable_or_unknown_kind_of_output_is_refused_and_nothing_is_left_behind()
    {
        var sweep = Sweep();

        Refusal.AssertOneLine(CliRunner.Run("plot", sweep, "--where", "policy=fifo", "--series", "bandwidth_bits_per_s", "--out", _dir.File("missing/p.png")), "missing/p.png", "does not exist");
        Refusal.AssertOneLine(CliRunner.Run("plot", sweep, "--where", "policy=fifo", "--series", "bandwidth_bits_per_s", "--out", _dir.File("p.jpg")), "must end in .png or .svg");
        Assert.Equal(["sweep.parquet"], Directory.GetFileSystemEntries(_dir.Path).Select(Path.GetFileName));
    }
}
