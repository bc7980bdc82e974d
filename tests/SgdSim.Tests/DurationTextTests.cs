using System.Text.Json;
using SgdSim.Reports;
using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>Numbers as printed: durations in the unit that keeps them readable, and --json at full precision.</summary>
public sealed class DurationTextTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(49e-6, "49.0 µs")]
    [InlineData(4.9e-6, "4.90 µs")]
    [InlineData(350e-9, "350 ns")]
    [InlineData(1.234e-3, "1.23 ms")]
    [InlineData(0.6056, "605.6 ms")]
    [InlineData(12.34, "12.3 s")]
    [InlineData(0, "0 s")]
    [InlineData(double.NaN, "–")]
    public void A_duration_reads_in_the_unit_that_keeps_it_between_1_and_1000(double seconds, string expected) =>
        Assert.Equal(expected, Durations.Format(seconds));

    [Theory]
    [InlineData(490e-6, 1e6, "µs")]
    [InlineData(0.5, 1e3, "ms")]
    [InlineData(3, 1, "s")]
    public void Plots_of_times_take_the_unit_that_keeps_their_numbers_small(double largest, double factor, string unit) =>
        Assert.Equal((factor, unit), PlotDesign.TimeUnit(largest));

    [Fact]
    public void A_number_format_can_be_given() =>
        Assert.Equal("765.125 µs", Durations.Format(765.125e-6, "0.###"));

    [Fact]
    public void Inspect_prints_a_step_of_microseconds_in_microseconds()
    {
        var folder = RunMetadataBuilder.WriteSteps(_dir.File("trace"), RunMetadataBuilder.SimpleStep(1_000, computeMicros: 1));

        var text = CliRunner.Run("inspect", folder).Stdout;

        Assert.Contains("Step time  median 132.0 µs", text, StringComparison.Ordinal); // from the pull at 1,000 µs to the apply ending at 1,132
        Assert.DoesNotContain(" 0.1 ms", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_json_gives_the_numbers_of_its_table_file_unrounded()
    {
        var folder = _dir.File("run");
        var run = CliRunner.Run("predict", Paths.BundledMlp, "--workers", "1-3", "--replicas", "3", "--steps", "8", "--batch", "7", "--out", folder, "--json");

        using var json = JsonDocument.Parse(run.Stdout);
        var table = ResultTable.Read(Path.Combine(folder, "predictions.parquet"));
        var rows = json.RootElement.GetProperty("predictions").EnumerateArray().ToArray();
        foreach (var column in new[] { "throughput_steps_per_s", "samples_per_s", "ps_receive_utilisation", "worker_compute_share" })
        {
            Assert.Equal(table.Numbers(column).Select(v => v!.Value), rows.Select(r => r.GetProperty(column).GetDouble()));
        }

        // Rounded to 4 decimals they would all be multiples of 1e-4.
        Assert.Contains(rows, r => r.GetProperty("throughput_steps_per_s").GetDouble() != Math.Round(r.GetProperty("throughput_steps_per_s").GetDouble(), 4));
    }
}
